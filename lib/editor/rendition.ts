/**
 * Adding a rendition (another outlet's text) to a version that already has clauses: which of the
 * version's clauses each of its points is a witness of, and what that does to the clause. Pure; the
 * preview and the mutation both call `planRendition`, so what the editor is shown is what is saved.
 *
 * The matching follows the collation (lib/collate/collate.ts) for one more source:
 * - by number when the rendition numbers its points as the version does — judged by wording, as the
 *   collation does: when most of its items match the point with the same number, or when there is
 *   too little to compare (one point, another language), its numbers are the version's;
 * - else by wording (the aligner, one-to-one links only): a thematic regrouping or a summary in its
 *   own order still lands on the right points;
 * - a collection of press reports (quotes between ⟦ ⟧) attaches each item to the points it names.
 * Sub-points are matched by their order under the point; where the version's point has none, the
 * rendition's sub-points stay inside its reading.
 *
 * What a match does: an `unknown` clause is filled (the rendition's text becomes the clause's, and
 * the clause's evidence grade goes up to the rendition's); a clause whose text is less solid than the
 * rendition's (reported → verbatim) is upgraded (the old text stays as a reading of its source);
 * otherwise the rendition's text is kept as another reading beside the clause.
 */
import { align } from "@/lib/align";
import type { AlignClause, EvidenceGrade } from "@/lib/align/types";
import { referencedPoints } from "@/lib/collate/collate";
import { gradeOf, type SourceKind } from "@/lib/collate/describe";
import type { ParsedClause, ParseResult } from "@/lib/parse/types";

export interface VersionClauseRef {
  key: string;
  parentKey: string | null;
  role: "point" | "report";
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
}

export interface RenditionSourceInfo {
  kind: SourceKind;
  /** BCP 47 language of the rendition's text. */
  language: string;
  /** Quotes between ⟦ ⟧: press reports about the version, not its text. */
  isReportCollection: boolean;
}

export type MatchAction = "fill" | "upgrade" | "reading";

export interface RenditionMatch {
  /** The version's clause this text is a witness of. */
  clauseKey: string;
  /** The label as the rendition prints it. */
  label: string;
  text: string;
  truncated: boolean;
  evidence: EvidenceGrade;
  action: MatchAction;
  via: "number" | "wording" | "report";
  /** The rendition's own keys that went into this match (several when items are combined). */
  items: string[];
}

export interface RenditionPlan {
  numbering: "version" | "own" | "reports";
  matches: RenditionMatch[];
  /** The rendition's items that match no clause of the version: they stay in the source text. */
  unmatched: Array<{ key: string; label: string; text: string }>;
}

const GRADE_RANK: Record<EvidenceGrade, number> = { verbatim: 0, paraphrase: 1, reported: 2, unknown: 3 };

export function actionFor(current: EvidenceGrade, incoming: EvidenceGrade): MatchAction {
  if (current === "unknown") return "fill";
  return GRADE_RANK[incoming] < GRADE_RANK[current] ? "upgrade" : "reading";
}

const topOf = (key: string) => key.split(".")[0]!;

function leaves(parse: ParseResult): ParsedClause[] {
  const parents = new Set(parse.clauses.map((c) => c.parent).filter((p): p is string => p !== null));
  return parse.clauses.filter((c) => !parents.has(c.key) && c.text.trim() !== "" && !c.deleted);
}

function descendants(all: readonly ParsedClause[], key: string): ParsedClause[] {
  return all.filter((c) => c.parent === key).flatMap((c) => [c, ...descendants(all, c.key)]);
}

/** The version's points as the aligner compares them: own text with sub-points' text, same language only. */
function comparablePoints(clauses: readonly VersionClauseRef[], language: string): AlignClause[] {
  return clauses
    .filter((c) => c.role === "point" && c.parentKey === null && c.evidence !== "unknown" && c.text.trim() && c.language === language)
    .map((c) => ({
      key: c.key,
      text: [c.text, ...clauses.filter((s) => s.parentKey === c.key && s.language === language).map((s) => s.text)].join(" ").trim(),
      grade: c.evidence,
      language,
    }));
}

/** Does the rendition number its points as the version does? (collate.ts `numbersAreTheVersions`, for one source.) */
export function numbersAreTheVersions(clauses: readonly VersionClauseRef[], parse: ParseResult, source: RenditionSourceInfo): boolean {
  const base = comparablePoints(clauses, source.language);
  const grade = gradeOf(source.kind);
  const own = leaves(parse).map((c) => ({ key: c.key, text: c.text, grade, language: source.language }));
  if (base.length < 2 || own.length < 2) return true;
  const matched = align(own, base).links.filter((l) => l.from.length === 1 && l.to.length === 1 && l.kind !== "unknown");
  if (matched.length < 2) return true;
  const agreeing = matched.filter((l) => topOf(l.from[0]!) === l.to[0]).length;
  return agreeing / matched.length >= 0.5;
}

export function planRendition(clauses: readonly VersionClauseRef[], parse: ParseResult, source: RenditionSourceInfo): RenditionPlan {
  const grade = gradeOf(source.kind);
  const byKey = new Map(clauses.map((c) => [c.key, c]));
  const points = clauses.filter((c) => c.role === "point");
  const childrenOf = (key: string) => points.filter((c) => c.parentKey === key);
  const found = new Map<string, RenditionMatch>();
  const unmatched: RenditionPlan["unmatched"] = [];

  const add = (target: VersionClauseRef, item: { key: string; label: string; text: string; truncated: boolean }, via: RenditionMatch["via"], evidence: EvidenceGrade) => {
    const existing = found.get(target.key);
    if (existing) {
      // One reading per source per clause: a second item for the same clause is appended to the first.
      existing.text = `${existing.text}\n\n${item.text}`;
      existing.items.push(item.key);
      existing.truncated ||= item.truncated;
      return;
    }
    found.set(target.key, {
      clauseKey: target.key,
      label: item.label,
      text: item.text,
      truncated: item.truncated,
      evidence,
      action: actionFor(target.evidence, evidence),
      via,
      items: [item.key],
    });
  };
  const top = parse.clauses.filter((c) => c.parent === null);

  if (source.isReportCollection || source.kind === "report") {
    for (const item of top) {
      const body = [item.text, ...descendants(parse.clauses, item.key).map((c) => c.text)].join("\n");
      const targets = referencedPoints(item.text).points.map((p) => byKey.get(p)).filter((c): c is VersionClauseRef => c?.role === "point");
      if (targets.length === 0) unmatched.push({ key: item.key, label: item.label, text: body });
      for (const target of targets) add(target, { key: item.key, label: "", text: body, truncated: item.truncated }, "report", "reported");
    }
    return { numbering: "reports", matches: order(found, clauses), unmatched };
  }

  if (numbersAreTheVersions(clauses, parse, source)) {
    for (const item of top) {
      const target = byKey.get(item.key);
      const own = parse.clauses.filter((c) => c.parent === item.key);
      if (!target || target.role !== "point" || target.parentKey !== null) {
        unmatched.push({ key: item.key, label: item.label, text: [item.text, ...own.map((c) => `${c.label} ${c.text}`.trim())].join("\n") });
        continue;
      }
      const subs = childrenOf(target.key);
      // Where the version's point has no sub-points, the rendition's stay inside its reading.
      const text = subs.length === 0 && own.length > 0 ? [item.text, ...own.map((c) => `${c.label} ${c.text}`.trim())].join("\n") : item.text;
      if (text.trim()) add(target, { key: item.key, label: item.label, text, truncated: item.truncated }, "number", grade);
      if (subs.length === 0) continue;
      own.forEach((child, i) => {
        const sub = subs[i];
        if (sub && child.text.trim()) add(sub, { key: child.key, label: child.label, text: child.text, truncated: child.truncated }, "number", grade);
        else if (!sub) unmatched.push({ key: child.key, label: child.label, text: child.text });
      });
    }
    return { numbering: "version", matches: order(found, clauses), unmatched };
  }

  const items = leaves(parse);
  const base = comparablePoints(clauses, source.language);
  const links = align(items.map((c) => ({ key: c.key, text: c.text, grade, language: source.language })), base).links;
  const attached = new Set<string>();
  for (const link of links) {
    if (link.from.length !== 1 || link.to.length !== 1 || ["unknown", "added", "removed"].includes(link.kind)) continue;
    const item = items.find((c) => c.key === link.from[0])!;
    const target = byKey.get(link.to[0]!)!;
    add(target, { key: item.key, label: item.label, text: item.text, truncated: item.truncated }, "wording", grade);
    attached.add(item.key);
  }
  for (const item of items) if (!attached.has(item.key)) unmatched.push({ key: item.key, label: item.label, text: item.text });
  return { numbering: "own", matches: order(found, clauses), unmatched };
}

/** Matches in the version's reading order. */
function order(found: Map<string, RenditionMatch>, clauses: readonly VersionClauseRef[]): RenditionMatch[] {
  const position = new Map(clauses.map((c, i) => [c.key, i]));
  return [...found.values()].sort((a, b) => (position.get(a.clauseKey) ?? 0) - (position.get(b.clauseKey) ?? 0));
}
