/**
 * Two published versions side by side: their points lined up by the stored links (the aligner's proposals
 * and the editors' decisions; rejected links are not links), or, for a pair with no stored links, by the
 * aligner run now. Readers see only published versions, each at its latest revision.
 */
import { align } from "@/lib/align";
import { splitGlosses } from "@/lib/align/text";
import type { ChangeFlag } from "@/lib/align/types";
import { CHANGE_FLAGS } from "@/lib/align/types";
import { buildRows, type RowLink } from "@/lib/compare/rows";
import type { CompareRowData, SidePoint, SideSub, VersionRef } from "@/lib/compare/types";
import { parseLinkEvidence } from "@/lib/schemas/link";
import type { DbOrTx } from "../db";
import { alignClausesOf, comparedText } from "../links";
import { listVersions, PUBLISHED } from "./versions";

export interface CompareVersion extends VersionRef {
  kind: "draft" | "related";
  /** Points on record (top-level). 0: the version is known only from reports. */
  points: number;
  reports: number;
}

export interface CompareView {
  from: CompareVersion;
  to: CompareVersion;
  /**
   * stored: the links kept for this pair (reversed: kept for the opposite direction and read backwards);
   * computed: no stored links, the aligner ran for this page and nobody has reviewed its result.
   */
  mode: "stored" | "computed";
  reversed: boolean;
  rows: CompareRowData[];
  confirmed: number;
}

export interface VersionOption {
  slug: string;
  title: string;
  date: Date;
  kind: "draft" | "related";
  respondsTo: string | null;
  /** Top-level points on record: 0 for a version known only from reports. */
  points: number;
}

/** The versions a reader can pick, in date order (the timeline's list). */
export async function listCompareOptions(db: DbOrTx): Promise<VersionOption[]> {
  const versions = await listVersions(db);
  return versions.map((v) => ({ slug: v.slug, title: v.title, date: v.date, kind: v.kind, respondsTo: v.respondsTo?.slug ?? null, points: v.completeness.points.length }));
}

/**
 * The pair a version page offers first: what the version answers, else a draft that answers it, else the
 * next draft — preferring versions with points, since one known only from reports has nothing to line up.
 */
export function defaultPair(slug: string, options: readonly VersionOption[]): { from: string; to: string } {
  const self = options.find((o) => o.slug === slug);
  const withText = options.filter((o) => o.points > 0 && o.slug !== slug);
  if (self?.respondsTo && withText.some((o) => o.slug === self.respondsTo)) return { from: self.respondsTo, to: slug };
  const response = withText.find((o) => o.respondsTo === slug && o.kind === "draft") ?? withText.find((o) => o.respondsTo === slug);
  if (response) return { from: slug, to: response.slug };
  const index = options.findIndex((o) => o.slug === slug);
  const next = withText.find((o) => o.kind === "draft" && options.indexOf(o) > index) ?? withText[0];
  return { from: slug, to: next?.slug ?? slug };
}

async function publishedVersion(db: DbOrTx, slug: string): Promise<CompareVersion | null> {
  const v = await db.version.findFirst({
    where: { slug, ...PUBLISHED },
    orderBy: { revision: "desc" },
    select: { id: true, slug: true, title: true, date: true, kind: true, clauses: { where: { parentId: null }, select: { role: true } } },
  });
  if (!v) return null;
  const points = v.clauses.filter((c) => c.role === "point").length;
  return { id: v.id, slug: v.slug, title: v.title, date: v.date, kind: v.kind, points, reports: v.clauses.length - points };
}

/**
 * A version's points as the compare page shows them, each in the text the aligner compared
 * (`comparedText`: the English witness of a point preferred in another language); a sub-point is
 * compared with its point only in the same language.
 */
export async function sidePoints(db: DbOrTx, versionId: number): Promise<SidePoint[]> {
  const rows = await db.clause.findMany({
    where: { versionId, role: "point" },
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      label: true,
      parentId: true,
      text: true,
      evidence: true,
      language: true,
      truncated: true,
      deleted: true,
      lineageId: true,
      readings: { select: { text: true, language: true, evidence: true, truncated: true, source: { select: { outlet: true } } } },
    },
  });
  type Row = (typeof rows)[number];
  const english = (r: Row) => {
    const compared = comparedText(r);
    return { ...compared, witness: compared.reading ? { outlet: compared.reading.source.outlet, language: r.language ?? "" } : null };
  };
  const children = new Map<number, Row[]>();
  for (const r of rows) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  return rows
    .filter((r) => r.parentId === null)
    .map((r): SidePoint => {
      const own = english(r);
      // The outlet's notes inside a text are shown apart and never diffed (not for reports: they are all outlet).
      const notes: string[] = [];
      const plan = (text: string, evidence: string) => {
        if (evidence === "reported") return text;
        const split = splitGlosses(text);
        notes.push(...split.notes);
        return split.text;
      };
      const text = plan(own.text, own.evidence);
      const subs = (children.get(r.id) ?? []).map((c): SideSub => {
        const sub = english(c);
        const subText = plan(sub.text, sub.evidence);
        return { key: c.key, label: c.label, text: subText, evidence: sub.reading?.evidence ?? c.evidence, truncated: sub.truncated, compared: sub.language === own.language && subText.trim() !== "" };
      });
      return {
        id: r.id,
        key: r.key,
        label: r.label,
        // The grade of the text shown: an English witness has its own (a paraphrase stays a paraphrase).
        evidence: own.reading?.evidence ?? r.evidence,
        language: own.language,
        truncated: own.truncated,
        deleted: r.deleted,
        lineageId: r.lineageId,
        text,
        witness: own.witness,
        notes,
        subs,
      };
    });
}

const FLAGS: ReadonlySet<string> = new Set(CHANGE_FLAGS);
const asFlags = (flags: string[]): ChangeFlag[] => flags.filter((f): f is ChangeFlag => FLAGS.has(f));

/** Read backwards, a merge is a split and a removal an addition. */
const REVERSED_KIND = { merged: "split", split: "merged", removed: "added", added: "removed" } as const;

/**
 * The links between two versions that readers see: stored ones (not rejected) in either direction, read
 * in the asked direction. null when the pair has no stored links at all.
 */
export async function storedLinks(db: DbOrTx, fromId: number, toId: number): Promise<{ links: RowLink[]; reversed: boolean } | null> {
  const select = {
    id: true,
    fromVersionId: true,
    kind: true,
    score: true,
    flags: true,
    origin: true,
    status: true,
    evidence: true,
    note: true,
    lockVersion: true,
    ends: { select: { side: true, clause: { select: { key: true, position: true } } } },
  } as const;
  const stored = await db.link.findMany({
    where: { OR: [{ fromVersionId: fromId, toVersionId: toId }, { fromVersionId: toId, toVersionId: fromId }] },
    orderBy: { id: "asc" },
    select,
  });
  // The asked direction wins when both exist; a pair aligned only the other way is read backwards.
  const forward = stored.filter((l) => l.fromVersionId === fromId);
  const reversed = forward.length === 0;
  const chosen = reversed ? stored : forward;
  if (chosen.length === 0) return null;

  // Editors' decisions first, so a clause they linked is shown in their link, not in an older proposal.
  const rank = (l: (typeof chosen)[number]) => (l.status === "confirmed" ? 0 : l.origin === "editor" ? 1 : 2);
  const links = chosen
    .filter((l) => l.status !== "rejected")
    .sort((a, b) => rank(a) - rank(b))
    .map((l): RowLink => {
      const keys = (side: "from" | "to") => l.ends.filter((e) => e.side === side).sort((a, b) => a.clause.position - b.clause.position).map((e) => e.clause.key);
      const evidence = parseLinkEvidence(l.evidence);
      const status = l.status === "confirmed" ? "confirmed" : "proposed";
      const source = { kind: "stored" as const, linkId: l.id, lockVersion: l.lockVersion, origin: l.origin, status, reversed } as const;
      if (!reversed) return { from: keys("from"), to: keys("to"), kind: l.kind, score: l.score, flags: asFlags(l.flags), evidence, note: l.note, source };
      const kind = l.kind in REVERSED_KIND ? REVERSED_KIND[l.kind as keyof typeof REVERSED_KIND] : l.kind;
      return {
        from: keys("to"),
        to: keys("from"),
        kind,
        score: l.score,
        flags: asFlags(l.flags),
        evidence: { ...evidence, changedNumbers: { from: evidence.changedNumbers.to, to: evidence.changedNumbers.from } },
        note: l.note,
        source,
      };
    });
  return { links, reversed };
}

/** The aligner, run now on the two versions (pure and fast: no stored links are written). */
export async function computedLinks(db: DbOrTx, fromId: number, toId: number): Promise<RowLink[]> {
  const [a, b] = await Promise.all([alignClausesOf(db, fromId), alignClausesOf(db, toId)]);
  if (a.clauses.length === 0 || b.clauses.length === 0) return [];
  return align(a.clauses, b.clauses).links.map((l) => ({ ...l, note: "", source: { kind: "computed" } }));
}

export async function getCompare(db: DbOrTx, fromSlug: string, toSlug: string): Promise<CompareView | null> {
  const [from, to] = await Promise.all([publishedVersion(db, fromSlug), publishedVersion(db, toSlug)]);
  if (!from || !to) return null;
  const [fromPoints, toPoints, stored] = await Promise.all([sidePoints(db, from.id), sidePoints(db, to.id), storedLinks(db, from.id, to.id)]);
  const links = stored?.links ?? (await computedLinks(db, from.id, to.id));
  return {
    from,
    to,
    mode: stored ? "stored" : "computed",
    reversed: stored?.reversed ?? false,
    rows: buildRows(fromPoints, toPoints, links),
    confirmed: links.filter((l) => l.source.kind === "stored" && l.source.status === "confirmed").length,
  };
}

/** Pairs of published versions that have stored links, in date order: the comparisons the import prepared. */
export async function listStoredPairs(db: DbOrTx): Promise<Array<{ from: VersionOption; to: VersionOption }>> {
  const [options, pairs] = await Promise.all([
    listCompareOptions(db),
    db.link.groupBy({ by: ["fromVersionId", "toVersionId"], where: { status: { not: "rejected" } } }),
  ]);
  const ids = await db.version.findMany({ where: { id: { in: pairs.flatMap((p) => [p.fromVersionId, p.toVersionId]) }, ...PUBLISHED }, select: { id: true, slug: true } });
  const bySlug = new Map(options.map((o) => [o.slug, o]));
  const slugOf = new Map(ids.map((v) => [v.id, v.slug]));
  const seen = new Set<string>();
  const out: Array<{ from: VersionOption; to: VersionOption }> = [];
  for (const p of pairs) {
    const from = bySlug.get(slugOf.get(p.fromVersionId) ?? "");
    const to = bySlug.get(slugOf.get(p.toVersionId) ?? "");
    if (!from || !to || seen.has(`${from.slug}→${to.slug}`)) continue;
    seen.add(`${from.slug}→${to.slug}`);
    out.push({ from, to });
  }
  const order = new Map(options.map((o, i) => [o.slug, i]));
  return out.sort((a, b) => order.get(a.from.slug)! - order.get(b.from.slug)! || order.get(a.to.slug)! - order.get(b.to.slug)!);
}
