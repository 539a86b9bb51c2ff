/**
 * A cheap language guess for a rendition or a clause: the script first, then, for Latin script, which
 * language's most frequent function words occur most. Good enough to decide whether two texts can be
 * compared word by word; it is not a general language identifier. Defaults to "en".
 */

const STOPWORDS: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "will", "be", "is", "that", "with", "for", "in", "its", "which", "shall", "would", "are"],
  de: ["der", "die", "das", "und", "nicht", "mit", "ist", "wird", "werden", "von", "den", "zu", "sich", "auf", "dem", "eine"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "sera", "seront", "pas", "sur", "qui"],
  es: ["el", "los", "las", "y", "que", "del", "por", "con", "será", "una", "para", "se", "su", "al", "como"],
  it: ["il", "di", "che", "è", "per", "non", "una", "della", "sono", "sarà", "gli", "delle", "nel", "dei", "alla"],
  pt: ["os", "que", "do", "da", "em", "não", "uma", "será", "dos", "das", "com", "ao", "pelo", "pela"],
  nl: ["het", "een", "en", "van", "niet", "dat", "op", "zal", "worden", "wordt", "voor", "zijn", "met"],
  pl: ["i", "w", "na", "się", "nie", "z", "do", "że", "jest", "będzie", "oraz", "przez", "dla"],
  cs: ["a", "se", "na", "je", "že", "v", "do", "bude", "které", "nebo", "jako", "by", "ze", "pro"],
  lv: ["un", "ir", "ar", "uz", "par", "kas", "no", "tiks", "būs", "lai", "tiek", "kā", "arī"],
  hr: ["i", "je", "da", "u", "na", "se", "će", "za", "od", "su", "biti", "kao"],
  sv: ["och", "att", "det", "som", "en", "på", "är", "för", "med", "inte", "ska", "kommer"],
  da: ["og", "at", "det", "som", "en", "på", "er", "for", "med", "ikke", "vil", "skal", "af"],
};
const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

export function detectLanguage(text: string, fallback = "en"): string {
  const sample = text.slice(0, 20_000);
  const kana = count(sample, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  const han = count(sample, /\p{Script=Han}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  const greek = count(sample, /\p{Script=Greek}/gu);
  const arabic = count(sample, /\p{Script=Arabic}/gu);
  const hebrew = count(sample, /\p{Script=Hebrew}/gu);
  const hangul = count(sample, /\p{Script=Hangul}/gu);
  const top = Math.max(kana + han, cyrillic, latin, greek, arabic, hebrew, hangul);
  if (top === 0) return fallback;
  if (top === kana + han) return kana > 0 ? "ja" : "zh";
  if (top === hangul) return "ko";
  if (top === greek) return "el";
  if (top === arabic) return "ar";
  if (top === hebrew) return "he";
  if (top === cyrillic) {
    // Letters only one of the two alphabets has.
    const uk = count(sample, /[іїєґІЇЄҐ]/gu);
    const ru = count(sample, /[ыэёъЫЭЁЪ]/gu);
    return uk > ru ? "uk" : "ru";
  }
  const scores = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LOOKUP.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let best = fallback;
  let bestScore = 1; // one stray "the" is not evidence
  for (const [lang, score] of scores) {
    if (score > bestScore || (score === bestScore && lang === fallback)) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
