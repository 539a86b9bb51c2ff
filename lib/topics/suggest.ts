/**
 * Topic suggestion: which topics of the tree a clause is about, from the multilingual cues of
 * topics.yaml. Pure and deterministic, so the import can re-run it and write only what changed.
 * The result is a proposal for editors, never a decision: see lib/server/topics.ts.
 */
import { findPattern, prepareText, type PreparedText, type TermPattern } from "@/lib/terms";
import { topicCatalog, type CompiledTopic, type TopicCatalog } from "./catalog";

export interface TopicSuggestion {
  slug: string;
  /** 1 − 0.5^(strong cues + weak cues / 2), rounded to 3 decimals: 0.5 for one strong cue. */
  score: number;
  /** The cue words as printed in the text, in the order of the catalog. */
  cues: string[];
}

const STRONG = 1;
const WEAK = 0.5;
/** A topic is proposed when its cues add up to at least one strong cue. */
const THRESHOLD = 1;

/** BCP 47 "de-AT" → "de"; null and "" stay unknown. */
function primaryLanguage(language: string | null | undefined): string | null {
  const primary = (language ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

/** The cue lists that apply to a text in `language`: `any` plus its own, or all lists when it has none. */
function listsFor(lists: ReadonlyMap<string, readonly TermPattern[]>, language: string | null, catalog: TopicCatalog): TermPattern[] {
  if (language === null || !catalog.languages.has(language)) return [...lists.values()].flat();
  return [...(lists.get("any") ?? []), ...(lists.get(language) ?? [])];
}

function scoreTopic(topic: CompiledTopic, text: PreparedText, language: string | null, catalog: TopicCatalog): TopicSuggestion | null {
  let sum = 0;
  const cues: string[] = [];
  // One pattern counts once however often it occurs; two patterns that found the same words (e.g.
  // "zaporiz*" and "Zaporizhzhia") count once too.
  const found = new Set<string>();
  for (const [weight, lists] of [[STRONG, topic.cues], [WEAK, topic.weak]] as const) {
    for (const pattern of listsFor(lists, language, catalog)) {
      const hit = findPattern(pattern, text);
      if (hit === null || found.has(hit.toLowerCase())) continue;
      found.add(hit.toLowerCase());
      sum += weight;
      cues.push(hit);
    }
  }
  if (sum < THRESHOLD) return null;
  return { slug: topic.slug, score: Math.round((1 - 0.5 ** sum) * 1000) / 1000, cues };
}

/** The topics one text is about, best first. */
export function suggestTopics(text: string, language: string | null, catalog: TopicCatalog = topicCatalog()): TopicSuggestion[] {
  if (!text.trim()) return [];
  const prepared = prepareText(text);
  const lang = primaryLanguage(language);
  return catalog.topics
    .map((topic) => scoreTopic(topic, prepared, lang, catalog))
    .filter((s): s is TopicSuggestion => s !== null)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/**
 * The topics of a clause known through several witnesses (its preferred text and its readings, in
 * different languages): per topic, the best-scoring witness. Witnesses are translations of one
 * another, so their cues are not added up — "army" and "Streitkräfte" are one piece of evidence.
 */
export function suggestTopicsForTexts(
  texts: ReadonlyArray<{ text: string; language: string | null }>,
  catalog: TopicCatalog = topicCatalog(),
): TopicSuggestion[] {
  const best = new Map<string, TopicSuggestion>();
  for (const { text, language } of texts) {
    for (const s of suggestTopics(text, language, catalog)) {
      const have = best.get(s.slug);
      if (!have || s.score > have.score) best.set(s.slug, s);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}
