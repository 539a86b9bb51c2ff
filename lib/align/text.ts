/**
 * What the aligner and the change flags read from a clause: normalised text, canonical tokens
 * (folded, lightly stemmed), numbers as values, actors as ids, names, negations.
 *
 * Language-agnostic on purpose: the stemmer only strips common Latin-script suffixes, and the actor
 * table knows a few spellings per language, because renditions arrive as translations,
 * machine translations and back-translations of one another.
 */
import { tokenize, type Token } from "@/lib/diff/tokenize";

const PUNCT_FORMS: Record<string, string> = {};
for (const c of "\u2018\u2019\u201A\u201B\u2032\u0060\u00B4") PUNCT_FORMS[c] = "'";
for (const c of "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2039\u203A") PUNCT_FORMS[c] = '"';
for (const c of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D") PUNCT_FORMS[c] = "-";
const PUNCT_VARIANTS = new RegExp(`[${Object.keys(PUNCT_FORMS).join("")}]`, "g");

/** NFC, straight quotes, one kind of dash, single spaces. */
export function normalizeText(text: string): string {
  // Plain ASCII (most English renditions) has nothing to compose or straighten.
  const t = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFC").replace(PUNCT_VARIANTS, (c) => PUNCT_FORMS[c]!);
  return t.replace(/\s+/g, " ").trim();
}

/**
 * An editor's gloss inside a rendition: a parenthesis the outlet added, signed with its mark at the
 * end — "(… was 600,000. – Ed.)", "(… oblasts – pozn.)", "(… – N.d.R.)", "(troops — ed.)",
 * "(… – Anm. d. Red.)", "(… — прим. ред.)". It is the outlet's text, not the plan's.
 */
const EDITORIAL_GLOSS = /\s*[(\[](?:[^()[\]]|\([^()]*\))*?\s[-–—]\s?(?:eds?|red|n\.\s?d\.\s?r|pozn|anm\.\s?d\.\s?red|прим\.\s?ред|ред)\.?\s*[)\]]/giu;

/**
 * An outlet's note closing a point: a parenthesis of whole sentences (a capital, six words or more,
 * a full stop inside) at the end of the text — "(The US plan stipulated a 600,000-person limit
 * regardless of war or peace.)". A plan's own brackets are phrases: "(run by the U.S.)".
 */
const CLOSING_NOTE = /\s*\((?=\p{Lu})(?=(?:[^()\s]+\s+){5})[^()]*[.!?]\)\s*$/u;

/**
 * A text split into the plan's words and the outlet's notes in it (each note as printed, brackets
 * included), so that comparisons read the plan and pages can show the notes apart.
 */
export function splitGlosses(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const take = (match: string) => (notes.push(match.trim()), "");
  const plan = text.replace(EDITORIAL_GLOSS, take).replace(CLOSING_NOTE, take);
  return { text: plan, notes };
}

/** The text without editors' glosses, for comparing wording (the page still shows the text as printed). */
export function withoutGlosses(text: string): string {
  return splitGlosses(text).text;
}

/** Lower case without diacritics: "Rußland" → "russland", "Zaporižžja" → "zaporizzja". */
export function fold(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

const LATIN = /^[a-z]+$/;
/** Longest first; each rule strips a suffix when at least 3 letters stay. */
const SUFFIXES: Array<[string, string]> = [
  ["izations", ""], ["ization", ""], ["ations", ""], ["ation", ""],
  ["nesses", ""], ["ness", ""], ["ities", ""], ["ity", ""], ["ingly", ""], ["ings", ""], ["ing", ""],
  ["edly", ""], ["ies", "y"], ["ied", "y"], ["ed", ""], ["ly", ""], ["es", ""], ["en", ""], ["s", ""],
];

/**
 * A light stemmer: enough to make "confirmed", "confirmation" and "confirms" one token, and British and
 * American spellings one token ("neighbouring", "neighboring"). Not a linguistic stemmer: over-merging
 * two rare words costs little, since similarity also rests on numbers, actors and the other words.
 */
export function stem(folded: string): string {
  if (folded.length < 5 || !LATIN.test(folded)) return folded;
  let cached = STEMS.get(folded);
  if (cached === undefined) {
    // Words repeat across clauses; a bounded memo makes profiling long documents cheap.
    if (STEMS.size > 200_000) STEMS.clear();
    cached = stemUncached(folded);
    STEMS.set(folded, cached);
  }
  return cached;
}
const STEMS = new Map<string, string>();

function stemUncached(folded: string): string {
  let w = folded;
  if (w.length >= 6) w = w.replace(/(?<=.)our/, "or").replace(/is(e|ed|es|ing|ation|ations)$/, "iz$1").replace(/yse$/, "yze").replace(/tre$/, "ter");
  for (const [suffix, repl] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      // "confirmation" → "confirm", but "creation" → "creat" (as "create" → "creat").
      const rest = w.slice(0, w.length - suffix.length);
      w = suffix.startsWith("ation") && rest.length < 5 ? `${rest}at` : rest + repl;
      break;
    }
  }
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w.replace(/(.)\1+/g, "$1");
}

/** Function words of the languages the renditions come in; never content, never evidence. */
const STOPWORDS = new Set(
  (
    // English
    "a an the and or but nor of to in on at by for with from into onto over under as than then that this these those " +
    "it its it's is are was were be been being am will shall would should may might must can could do does did done " +
    "has have had having not no never any all each every some such other both either neither also only very so too " +
    "which who whom whose what when where while if because about after before between during until upon within without " +
    "there their they them he she his her we our us you your i me my its' s there's per via etc including include includes " +
    "says said among currently also however thus therefore such further order " +
    // German
    "der die das den dem des ein eine einer einem einen eines und oder aber nicht kein keine zu im in am an auf aus bei " +
    "mit nach von vor zum zur für über unter wird werden wurde ist sind sein soll sollen muss müssen kann können sich " +
    "dass daß als auch wie alle jede jeder jedes dieser diese dieses es sie er wir " +
    // French, Spanish, Italian, Portuguese
    "le la les un une des du de et ou mais ne pas est sont sera seront être que qui dans sur pour par avec sans ce cette " +
    "el los las y o pero no es son será serán ser que en por con sin del al su sus una unos unas este esta " +
    "il lo gli i e è sono sarà saranno essere che di da per con senza del della dei delle al alla nel nella non una uno " +
    "o os as um uma é são será ser que em por com sem do da dos das ao não"
  )
    .split(/\s+/)
    .map(fold),
);

/**
 * Words that translations and paraphrases of one clause use interchangeably ("pact" for "agreement",
 * "deploy" for "station", "Zaporozhye" for "Zaporizhzhia"). They count as one word for similarity and
 * for "content added/removed", never for "unchanged" (the canonical text keeps the printed word).
 * Keyed by stem, so every inflection maps.
 */
const SYNONYM_GROUPS: string[][] = [
  ["agreement", "pact", "accord", "deal", "treaty", "memorandum"],
  ["confirm", "reaffirm", "reconfirm", "affirm"],
  ["guarantee", "warranty", "assurance", "guaranty"],
  ["station", "deploy", "locate", "base"],
  ["troop", "soldier", "personnel", "serviceman", "servicemen", "servicemember", "men"],
  ["army", "military", "force", "armed"],
  ["limit", "cap", "restrict", "maximum"],
  ["aircraft", "jet", "fighter", "warplane", "plane"],
  ["attack", "invade", "invasion"],
  ["charter", "statute", "bylaw"],
  ["admit", "accept"],
  ["join", "accession", "entry", "membership"],
  ["rebuild", "reconstruction", "reconstruct", "recovery", "restoration"],
  ["proliferation", "npt"],
  ["settle", "resolve", "resolved", "settled"],
  ["zaporizhzhia", "zaporizhia", "zaporozhye", "zaporizhzhya", "zaporijia", "zaporozhe", "saporischschja"],
  ["donetsk", "donezk", "donbas", "donbass"],
  ["luhansk", "lugansk"],
  ["kherson", "cherson", "herson"],
  ["crimea", "krim", "crimee"],
  ["dnipro", "dnieper", "dnepr"],
  ["kharkiv", "kharkov", "charkiw"],
];
const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) SYNONYMS.set(stem(fold(w)), stem(fold(group[0]!)));

const NEGATIONS = new Set(
  (
    "not no never without nor neither none cannot nothing nicht kein keine keinen keiner keines nie niemals ohne " +
    "pas jamais sans aucun aucune nunca sin ningún ninguna mai senza nessun nessuna não sem nenhum nenhuma ne не ні ни без"
  )
    .split(" ")
    .map(fold),
);

export function isNegation(folded: string): boolean {
  return NEGATIONS.has(folded) || folded.endsWith("n't");
}

/** Multipliers written after a number ("600 thousand", "$100bn"). Single letters only when attached ("100B"). */
const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, tausend: 1e3, mille: 1e3, mila: 1e3, mil: 1e3, "тысяч": 1e3, "тыс": 1e3, "тисяч": 1e3, tys: 1e3, "tūkst": 1e3, "tūkstoši": 1e3, tisic: 1e3, "tisíc": 1e3,
  million: 1e6, millions: 1e6, mln: 1e6, mio: 1e6, millionen: 1e6, milioni: 1e6, millones: 1e6, millon: 1e6, "millón": 1e6, "миллион": 1e6, "млн": 1e6, miljoni: 1e6, milionu: 1e6,
  billion: 1e9, billions: 1e9, milliard: 1e9, milliards: 1e9, bn: 1e9, bln: 1e9, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, miliardi: 1e9, "миллиард": 1e9, "млрд": 1e9, miljardi: 1e9, miliard: 1e9,
  trillion: 1e12, trillions: 1e12, tn: 1e12,
};
const ATTACHED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** The value of a printed number: "600,000", "600 000", "600.000" → 600000; "1,5" and "1.5" → 1.5. */
export function numberValue(printed: string): number {
  const compact = printed.replace(/[\s\u00a0\u202f\u2009'’]/g, "");
  // Grouped thousands: every separator is followed by exactly three digits.
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(compact)) return Number(compact.replace(/[,.]/g, ""));
  const grouped = /^(\d{1,3}(?:[,.]\d{3})+)[,.](\d+)$/.exec(compact);
  if (grouped) return Number(`${grouped[1]!.replace(/[,.]/g, "")}.${grouped[2]}`);
  return Number(compact.replace(",", "."));
}

function canonNumber(value: number, percent: boolean): string {
  const v = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
  return `#${v}${percent ? "%" : ""}`;
}

/**
 * Actors: states and organisations that act in the plans, several spellings each (aliases,
 * adjectives, a few languages), so "the U.S.", "the United States" and "American" are one actor.
 * Matched on folded words; "*" ends a prefix ("russ*" covers Russia, Russian, Russland). Phrases
 * are tried before single words, so "European Union" is the EU, not Europe.
 */
const ACTOR_PHRASES: Array<[string, string]> = [
  ["us", "united states of america"], ["us", "united states"], ["us", "americ*"], ["us", "washington"],
  ["us", "vereinigt* staaten"], ["us", "stati uniti"], ["us", "estados unidos"], ["us", "etats unis"],
  ["us", "spojen* stat*"], ["us", "amerikas savienot* valst*"], ["us", "соединенн* штат*"], ["us", "сполучен* штат*"],
  ["eu", "european union"], ["eu", "europaisch* union"], ["eu", "unione europea"], ["eu", "union europea"],
  ["eu", "union europeenne"], ["eu", "evropsk* uni*"], ["eu", "eiropas savienib*"], ["eu", "евросоюз*"],
  ["eu", "європейськ* союз*"], ["eu", "европейск* союз*"],
  ["nato", "north atlantic treaty organization"], ["nato", "north atlantic treaty organisation"], ["nato", "north atlantic alliance"],
  ["nato", "alliance"], ["nato", "allianz"], ["nato", "alleanza"], ["nato", "alianza"], ["nato", "aliance"], ["nato", "alianse"],
  ["russia", "russian federation"], ["russia", "russ*"], ["russia", "rusi*"], ["russia", "rusk*"], ["russia", "krievij*"],
  ["russia", "kremlin"], ["russia", "росси*"], ["russia", "росій*"], ["russia", "рф"],
  ["ukraine", "ukrai*"], ["ukraine", "ukrajin*"], ["ukraine", "ucrain*"], ["ukraine", "ucrani*"], ["ukraine", "kyiv"],
  ["ukraine", "kiev"], ["ukraine", "kyjev"], ["ukraine", "украин*"], ["ukraine", "україн*"],
  ["europe", "europ*"], ["europe", "eirop*"], ["europe", "evrop*"], ["europe", "европ*"], ["europe", "європ*"],
  ["uk", "united kingdom"], ["uk", "great britain"], ["uk", "britain"], ["uk", "british"],
  ["france", "france"], ["france", "french"], ["france", "frankreich"], ["france", "francia"], ["france", "франци*"],
  ["germany", "germany"], ["germany", "deutschland"], ["germany", "germania"], ["germany", "alemania"], ["germany", "германи*"], ["germany", "німеччин*"],
  ["poland", "poland"], ["poland", "polen"], ["poland", "polonia"], ["poland", "pologne"], ["poland", "polsk*"], ["poland", "польш*"], ["poland", "польщ*"],
  ["china", "china"], ["china", "chinese"], ["china", "cina"], ["china", "китай*"],
  ["iaea", "international atomic energy agency"],
  ["un", "united nations"],
  ["world-bank", "world bank"], ["world-bank", "weltbank"], ["world-bank", "banca mondiale"], ["world-bank", "banco mundial"],
  ["coalition-of-the-willing", "coalition of the willing"],
];
/** Acronyms, case-sensitive ("US" is an actor, "us" is not). */
const ACTOR_ACRONYMS = new Map<string, string>([
  ["US", "us"], ["USA", "us"], ["США", "us"], ["EU", "eu"], ["UE", "eu"], ["ЕС", "eu"], ["ЄС", "eu"],
  ["NATO", "nato"], ["Nato", "nato"], ["OTAN", "nato"], ["НАТО", "nato"], ["Нато", "nato"],
  ["UK", "uk"], ["UN", "un"], ["ООН", "un"], ["IAEA", "iaea"], ["MAAE", "iaea"], ["IAEO", "iaea"], ["МАГАТЭ", "iaea"], ["МАГАТЕ", "iaea"],
  ["G8", "g8"], ["G7", "g7"], ["E3", "e3"],
]);
/** Scripts without spaces between words: the alias is found inside a run of text. */
const ACTOR_INFIXES: Array<[string, string]> = [
  ["ロシア", "russia"], ["ウクライナ", "ukraine"], ["アメリカ", "us"], ["米国", "us"], ["欧州連合", "eu"], ["北大西洋条約機構", "nato"], ["ヨーロッパ", "europe"], ["欧州", "europe"],
];

type PhraseWord = { word: string; prefix: boolean };
const PHRASES: Array<{ id: string; words: PhraseWord[] }> = ACTOR_PHRASES.map(([id, phrase]) => ({
  id,
  words: phrase.split(" ").map((w) => ({ word: w.replace(/\*$/, ""), prefix: w.endsWith("*") })),
})).sort((a, b) => b.words.length - a.words.length);

/** Phrases by the first letter of their first word, so each word is tried against a handful. */
const PHRASES_BY_LETTER = new Map<string, typeof PHRASES>();
for (const p of PHRASES) {
  const letter = p.words[0]!.word[0]!;
  PHRASES_BY_LETTER.set(letter, [...(PHRASES_BY_LETTER.get(letter) ?? []), p]);
}

const wordMatches = (w: PhraseWord, folded: string) => (w.prefix ? folded.startsWith(w.word) : folded === w.word);

/** The actor a run of words starts with, and how many words it takes; undefined when none. */
function actorAt(units: ReadonlyArray<{ kind: string; text?: string; folded?: string }>, i: number): { id: string; length: number } | undefined {
  const first = units[i]!;
  const acronym = ACTOR_ACRONYMS.get(first.text ?? "");
  for (const p of PHRASES_BY_LETTER.get(first.folded?.[0] ?? "") ?? []) {
    if (p.words.length === 1 && acronym) break;
    if (i + p.words.length > units.length) continue;
    let k = 0;
    for (; k < p.words.length; k++) {
      const u = units[i + k]!;
      if (u.kind !== "word" || !wordMatches(p.words[k]!, u.folded!)) break;
    }
    if (k === p.words.length) return { id: p.id, length: p.words.length };
  }
  if (acronym) return { id: acronym, length: 1 };
  // Only text in a script without spaces can hide an alias inside a word.
  if (first.text !== undefined && first.text.charCodeAt(0) >= 0x3000) {
    for (const [infix, id] of ACTOR_INFIXES) if (first.text.includes(infix)) return { id, length: 1 };
  }
  return undefined;
}

export interface TextProfile {
  /** The text as given. */
  raw: string;
  /** The normalised text (NFC, quotes, dashes, spaces). */
  text: string;
  /** Every word, number and actor as a canonical token: "#600000", "@nato", stemmed words. */
  canon: string[];
  /** `canon` without function words: what similarity and "content added/removed" count. */
  content: string[];
  /** Numbers as printed and as canonical tokens, in order. */
  numbers: Array<{ printed: string; canon: string }>;
  actors: Set<string>;
  /** Actors plus capitalised words inside a sentence (places, people, treaties), folded. */
  names: Set<string>;
  negations: number;
}

export function profile(raw: string): TextProfile {
  const text = normalizeText(withoutGlosses(raw));
  // "U.S." and "E.U." as one word each, so the acronym table sees them.
  const tokens = tokenize(text.replace(/\bU\.\s?S\.(?:\s?A\.)?/g, "US").replace(/\bE\.U\./g, "EU"));
  const canon: string[] = [];
  const content: string[] = [];
  const numbers: TextProfile["numbers"] = [];
  const actors = new Set<string>();
  const names = new Set<string>();
  let negations = 0;

  // Words split at hyphens and possessives ("non-aggression" → non, aggression; "Ukraine's" → Ukraine).
  type Unit =
    | { kind: "word"; text: string; folded: string; capitalised: boolean }
    | { kind: "number"; printed: string; value: number }
    | { kind: "break" };
  const units: Unit[] = [];
  let sentenceStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t: Token = tokens[i]!;
    if (t.kind === "punct") {
      if (/[.!?:;]/.test(t.text)) {
        sentenceStart = true;
        units.push({ kind: "break" });
      }
      const last = units[units.length - 1];
      if (t.text === "%" && t.lead === "" && last?.kind === "number") last.printed += "%";
      continue;
    }
    if (t.kind === "number") {
      let value = numberValue(t.text);
      let printed = t.text;
      const next = tokens[i + 1];
      if (next && next.kind === "word") {
        const w = fold(next.text);
        const scale = SCALES[w] ?? (next.lead === "" ? ATTACHED_SCALES[w] : undefined);
        if (scale !== undefined) {
          value *= scale;
          printed += next.lead + next.text;
          i++;
        }
      }
      units.push({ kind: "number", printed, value });
      sentenceStart = false;
      continue;
    }
    const c = t.text.charCodeAt(0);
    const upper = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
    const capitalised = upper && !sentenceStart && !t.lead.includes("\n");
    sentenceStart = false;
    const parts = /['\-‐]/.test(t.text) ? t.text.split(/'(?:s$)?|[-‐]/u) : [t.text];
    for (const part of parts) if (part) units.push({ kind: "word", text: part, folded: fold(part), capitalised });
  }

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "break") continue;
    if (u.kind === "number") {
      const tok = canonNumber(u.value, u.printed.endsWith("%"));
      canon.push(tok);
      content.push(tok);
      numbers.push({ printed: u.printed.replace(/%$/, ""), canon: tok });
      continue;
    }
    // One token per actor mention, however many words it spans ("the United States").
    const actor = actorAt(units, i);
    if (actor) {
      const tok = `@${actor.id}`;
      canon.push(tok);
      content.push(tok);
      actors.add(actor.id);
      names.add(actor.id);
      i += actor.length - 1;
      continue;
    }
    if (isNegation(u.folded)) negations++;
    const s = stem(u.folded);
    canon.push(s);
    if (!STOPWORDS.has(u.folded) && u.folded.length > 1) {
      content.push(SYNONYMS.get(s) ?? s);
      if (u.capitalised && u.folded.length > 2) names.add(u.folded);
    }
  }
  return { raw, text, canon, content, numbers, actors, names, negations };
}
