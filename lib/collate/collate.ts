/**
 * Collation: one version's clauses from all its witnesses (design §1, "A version is not one text").
 * For each point the best available reading becomes the clause text and every other witness's text is
 * kept as a reading. Points no witness recovered stay as `unknown` clauses, so the version keeps its
 * true length; press reports attach to the point they name, or stand as reported elements.
 */
import { align } from "@/lib/align";
import { detectLanguage } from "@/lib/align/language";
import type { AlignClause, EvidenceGrade } from "@/lib/align/types";
import type { ParsedClause } from "@/lib/parse/types";
import { gradeOf, type SourceDescription, type SourceKind } from "./describe";

export interface VersionSpec {
  slug: string;
  status: "leaked" | "published" | "reported";
  /** Total number of points when known, so unrecovered points are present as `unknown`. */
  pointCount?: number;
  /** The version keeps another version's numbering (the E3 mark-up keeps the US numbers). */
  keepsNumberingOf?: string;
}

export interface CollatedReading {
  sourceSlug: string;
  label: string;
  text: string;
  language: string;
  evidence: EvidenceGrade;
  truncated: boolean;
}

export interface CollatedClause {
  key: string;
  label: string;
  parentKey: string | null;
  role: "point" | "report";
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
  sourceSlug: string | null;
  truncated: boolean;
  deleted: boolean;
  /** The other witnesses (the preferred one is the clause itself). */
  readings: CollatedReading[];
}

export interface CollatedVersion {
  /** In reading order: points by number, each followed by its sub-points, then reported elements. */
  clauses: CollatedClause[];
  /** What the collation decided that an editor may want to check. */
  notes: string[];
}

interface Witness {
  source: SourceDescription;
  label: string;
  text: string;
  truncated: boolean;
  deleted: boolean;
  children: ParsedClause[];
}

const KIND_RANK: Record<SourceKind, number> = {
  verbatim: 0,
  translation: 1,
  machine_translation: 2,
  summary: 3,
  report: 4,
};
const GRADE_RANK: Record<EvidenceGrade, number> = { verbatim: 0, paraphrase: 1, reported: 2, unknown: 3 };

/** How many points a witness gives: a fuller witness keeps one voice across consecutive points. */
const coverage = (s: SourceDescription) => s.parse.clauses.filter((c) => c.parent === null).length;

/**
 * Preferred reading first: word-for-word before paraphrase before report; within a grade, complete
 * before truncated, then the more direct kind of witness, English first (the app's reading language),
 * the witness that gives more points, and finally the slug, so the choice is stable.
 */
function byPreference(a: { source: SourceDescription; truncated: boolean }, b: { source: SourceDescription; truncated: boolean }): number {
  return (
    GRADE_RANK[gradeOf(a.source.kind)] - GRADE_RANK[gradeOf(b.source.kind)] ||
    Number(a.truncated) - Number(b.truncated) ||
    KIND_RANK[a.source.kind] - KIND_RANK[b.source.kind] ||
    Number(a.source.language !== "en") - Number(b.source.language !== "en") ||
    coverage(b.source) - coverage(a.source) ||
    a.source.slug.localeCompare(b.source.slug)
  );
}

const byKey = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });

function childrenOf(parse: SourceDescription["parse"], key: string): ParsedClause[] {
  return parse.clauses.filter((c) => c.parent === key);
}

/** Leaves: clauses with no sub-points of their own (what a thematic regrouping rearranges). */
function leaves(source: SourceDescription): ParsedClause[] {
  const parents = new Set(source.parse.clauses.map((c) => c.parent).filter((p): p is string => p !== null));
  return source.parse.clauses.filter((c) => !parents.has(c.key) && c.text.trim() !== "" && !c.deleted);
}

const topOf = (key: string) => key.split(".")[0]!;

function asAlignClause(key: string, w: Witness): AlignClause {
  const text = [w.text, ...w.children.map((c) => c.text)].join(" ").trim();
  return { key, text, grade: gradeOf(w.source.kind), language: w.source.language, deleted: w.deleted };
}

/**
 * Does this source number its points as the version does? A thematic regrouping or a summary with
 * its own order does not. Judged by wording against what is collated so far (same language only):
 * when most of its leaves match the point with the same number, its numbers are the version's.
 */
function numbersAreTheVersions(source: SourceDescription, collated: Map<string, Witness[]>): boolean {
  const base: AlignClause[] = [];
  for (const [key, ws] of collated) {
    const same = ws.filter((w) => w.source.language === source.language).sort(byPreference)[0];
    if (same) base.push(asAlignClause(key, same));
  }
  const own = leaves(source).map((c) => ({ key: c.key, text: c.text, grade: gradeOf(source.kind), language: source.language }));
  if (base.length < 2 || own.length < 2) return true;
  const matched = align(own, base).links.filter((l) => l.from.length === 1 && l.to.length === 1 && l.kind !== "unknown");
  if (matched.length < 2) return true;
  const agreeing = matched.filter((l) => topOf(l.from[0]!) === l.to[0]).length;
  return agreeing / matched.length >= 0.5;
}

const POINT_REFERENCE = /\b(US\s+)?points?\s+(\d+[a-z]?(?:\s*(?:,|-|–|and|&)\s*\d+[a-z]?)*)/i;

/** The point numbers a report item's heading names: "US points 8-9", "Points 2, 14, 18, 19", "Point 5". */
export function referencedPoints(heading: string): { points: string[]; usNumbering: boolean } {
  const match = POINT_REFERENCE.exec(heading);
  if (!match) return { points: [], usNumbering: false };
  const points = new Set<string>();
  for (const part of match[2]!.split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d+)[a-z]?\s*[-–]\s*(\d+)[a-z]?$/.exec(part.trim());
    if (range) {
      const [lo, hi] = [Number(range[1]), Number(range[2])];
      for (let n = lo; n <= hi && hi - lo < 50; n++) points.add(String(n));
    } else {
      const single = /^(\d+)/.exec(part.trim());
      if (single) points.add(String(Number(single[1])));
    }
  }
  return { points: [...points], usNumbering: Boolean(match[1]) };
}

export function collateVersion(spec: VersionSpec, sources: SourceDescription[]): CollatedVersion {
  const notes: string[] = [];
  const reportOnly = spec.status === "reported";
  const textSources = sources.filter((s) => !s.isReportCollection && !reportOnly).sort((a, b) => byPreference({ source: a, truncated: false }, { source: b, truncated: false }));
  const reportSources = sources.filter((s) => s.isReportCollection || reportOnly);

  // 1. Witnesses per point, from sources that number points as the version does.
  const witnesses = new Map<string, Witness[]>();
  const thematic: SourceDescription[] = [];
  for (const source of textSources) {
    if (!numbersAreTheVersions(source, witnesses)) {
      thematic.push(source);
      notes.push(`${source.slug}: its order is not the version's; its items were matched to points by wording`);
      continue;
    }
    for (const c of source.parse.clauses.filter((c) => c.parent === null)) {
      const list = witnesses.get(c.key) ?? [];
      list.push({ source, label: c.label, text: c.text, truncated: c.truncated, deleted: c.deleted, children: childrenOf(source.parse, c.key) });
      witnesses.set(c.key, list);
    }
  }

  // 2. Build the points: preferred reading, other readings, sub-points by their order under the point.
  const clauses = new Map<string, CollatedClause>();
  const subClauses = new Map<string, CollatedClause[]>();
  for (const [key, list] of witnesses) {
    list.sort(byPreference);
    const [best, ...others] = list as [Witness, ...Witness[]];
    clauses.set(key, {
      key,
      label: best.label,
      parentKey: null,
      role: "point",
      text: best.text,
      evidence: gradeOf(best.source.kind),
      language: best.source.language,
      sourceSlug: best.source.slug,
      truncated: best.truncated,
      deleted: list.some((w) => w.deleted),
      readings: others.map((w) => ({
        sourceSlug: w.source.slug,
        label: w.label,
        text: w.text,
        language: w.source.language,
        evidence: gradeOf(w.source.kind),
        truncated: w.truncated,
      })),
    });
    // Sub-points are matched by their order under the point, but only between witnesses that share the
    // point's structure: a condensed summary with its own list keeps its items inside its reading.
    const direct = list.filter((w) => w.source.kind !== "summary" && w.children.length > 0);
    const canonical = [...(direct.length ? direct : list)].sort((a, b) => b.children.length - a.children.length || byPreference(a, b))[0]!;
    const structured = list.filter((w) => w === canonical || (w.children.length <= canonical.children.length && (w.source.kind !== "summary" || w.children.length === canonical.children.length)));
    const clause = clauses.get(key)!;
    for (const w of list.filter((w) => !structured.includes(w) && w.children.length > 0)) {
      const folded = [w.text, ...w.children.map((c) => `${c.label} ${c.text}`.trim())].join("\n");
      if (w === best) clause.text = folded;
      else clause.readings.find((r) => r.sourceSlug === w.source.slug)!.text = folded;
    }
    const subs: CollatedClause[] = [];
    for (let i = 0; i < canonical.children.length; i++) {
      const subWitnesses = structured
        .filter((w) => w.children[i])
        .map((w) => ({ source: w.source, child: w.children[i]!, truncated: w.children[i]!.truncated }))
        .sort(byPreference);
      const [subBest, ...subOthers] = subWitnesses as [(typeof subWitnesses)[number], ...typeof subWitnesses];
      subs.push({
        key: canonical.children[i]!.key,
        label: subBest.child.label,
        parentKey: key,
        role: "point",
        text: subBest.child.text,
        evidence: gradeOf(subBest.source.kind),
        language: subBest.source.language,
        sourceSlug: subBest.source.slug,
        truncated: subBest.child.truncated,
        deleted: subBest.child.deleted,
        readings: subOthers.map((w) => ({
          sourceSlug: w.source.slug,
          label: w.child.label,
          text: w.child.text,
          language: w.source.language,
          evidence: gradeOf(w.source.kind),
          truncated: w.child.truncated,
        })),
      });
    }
    subClauses.set(key, subs);
  }

  // 3. Thematic sources: each item becomes a reading of the point its wording matches.
  for (const source of thematic) {
    const base = [...clauses.values()]
      .filter((c) => c.text && c.language === source.language)
      .map((c) => ({ key: c.key, text: [c.text, ...(subClauses.get(c.key) ?? []).map((s) => s.text)].join(" "), grade: c.evidence, language: c.language ?? "en" }));
    const items = leaves(source);
    const links = align(items.map((c) => ({ key: c.key, text: c.text, grade: gradeOf(source.kind), language: source.language })), base).links;
    let attached = 0;
    for (const link of links) {
      if (link.from.length !== 1 || link.to.length !== 1 || link.kind === "unknown" || link.kind === "added" || link.kind === "removed") continue;
      const item = items.find((c) => c.key === link.from[0])!;
      const clause = clauses.get(link.to[0]!)!;
      addReading(clause, { sourceSlug: source.slug, label: item.label, text: item.text, language: source.language, evidence: gradeOf(source.kind), truncated: item.truncated });
      attached++;
    }
    if (attached < items.length) notes.push(`${source.slug}: ${items.length - attached} of ${items.length} items matched no point; they remain in the source text`);
  }

  // 4. Points nobody recovered stay visible as unknown, so the version keeps its true length.
  if (clauses.size > 0 && spec.pointCount) {
    for (let n = 1; n <= spec.pointCount; n++) {
      const key = String(n);
      if (!clauses.has(key)) clauses.set(key, unknownPoint(key));
    }
  }

  // 5. Reports: attached to the point they name when the version has points, else reported elements.
  const reportElements: CollatedClause[] = [];
  for (const source of reportSources) {
    for (const item of source.parse.clauses.filter((c) => c.parent === null)) {
      const body = [item.text, ...collectDescendants(source.parse.clauses, item.key).map((c) => c.text)].join("\n");
      const ref = referencedPoints(item.text);
      const sameNumbering = !ref.usNumbering || spec.slug === "us-28-draft" || spec.keepsNumberingOf === "us-28-draft";
      const targets = clauses.size > 0 && sameNumbering ? ref.points.filter((p) => clauses.has(p)) : [];
      // Outlet names and URLs say nothing about the language of the quote.
      const language = detectLanguage(body.replace(/https?:\/\/\S+|\b[\w-]+\.(?:com|net|org|ua|ru|gr|it|ca)\b/g, " "));
      const reading: CollatedReading = { sourceSlug: source.slug, label: item.label, text: body, language, evidence: "reported", truncated: item.truncated };
      if (targets.length === 0) {
        reportElements.push({ ...reading, key: `r${reportElements.length + 1}`, parentKey: null, role: "report", deleted: false, readings: [] });
        continue;
      }
      for (const target of targets) {
        const clause = clauses.get(target)!;
        if (clause.evidence === "unknown") {
          Object.assign(clause, { text: body, evidence: "reported", language: reading.language, sourceSlug: source.slug, label: "", truncated: item.truncated });
        } else if (clause.sourceSlug === source.slug) {
          clause.text = `${clause.text}\n\n${body}`;
        } else {
          addReading(clause, reading);
        }
      }
    }
  }

  const ordered: CollatedClause[] = [];
  for (const key of [...clauses.keys()].sort(byKey)) {
    ordered.push(clauses.get(key)!, ...(subClauses.get(key) ?? []));
  }
  return { clauses: [...ordered, ...reportElements], notes };
}

function unknownPoint(key: string): CollatedClause {
  return { key, label: "", parentKey: null, role: "point", text: "", evidence: "unknown", language: null, sourceSlug: null, truncated: false, deleted: false, readings: [] };
}

function collectDescendants(all: ParsedClause[], key: string): ParsedClause[] {
  const direct = all.filter((c) => c.parent === key);
  return direct.flatMap((c) => [c, ...collectDescendants(all, c.key)]);
}

/** One reading per source per clause: a second item from the same source is appended to the first. */
function addReading(clause: CollatedClause, reading: CollatedReading): void {
  const existing = clause.readings.find((r) => r.sourceSlug === reading.sourceSlug);
  if (existing) existing.text = `${existing.text}\n\n${reading.text}`;
  else clause.readings.push(reading);
}
