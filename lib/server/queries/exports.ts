/**
 * What the exports and the read API serve: a version with its sources, and the links of two versions as
 * the compare view shows them (same links, same order, same filters).
 */
import { rowMatches } from "@/lib/compare/filters";
import type { AlignmentDocument } from "@/lib/export/alignment";
import { alignmentRows } from "@/lib/export/alignment";
import type { ExportClause, VersionExport } from "@/lib/export/version";
import { toCompareFilter, filterParams, type CompareFilterInput } from "@/lib/schemas/export";
import type { DbOrTx } from "../db";
import { getCompare } from "./compare";
import { getClauseTopics } from "./topics";
import { getVersionPage, type ClauseView } from "./version-page";
import { PUBLISHED } from "./versions";

export async function getVersionExport(db: DbOrTx, slug: string, origin: string): Promise<VersionExport | null> {
  const page = await getVersionPage(db, slug);
  if (!page) return null;
  const [sources, clauses] = await Promise.all([
    db.source.findMany({
      where: { versionId: page.id, version: PUBLISHED },
      orderBy: [{ kind: "asc" }, { outlet: "asc" }],
      select: { id: true, slug: true, title: true, outlet: true, urls: true, language: true, kind: true, retrievedAt: true, sha256: true, completeness: true, pointsRecovered: true },
    }),
    db.clause.findMany({ where: { versionId: page.id }, select: { id: true, lineageId: true } }),
  ]);
  const lineage = new Map(clauses.map((c) => [c.id, c.lineageId]));
  const topics = await getClauseTopics(db, clauses.map((c) => c.id));
  const convert = (c: ClauseView): ExportClause => ({
    key: c.key,
    label: c.label,
    role: c.role,
    text: c.text,
    evidence: c.evidence,
    language: c.language,
    truncated: c.truncated,
    deleted: c.deleted,
    sourceId: c.source?.id ?? null,
    lineageId: lineage.get(c.id) ?? null,
    topics: (topics.get(c.id) ?? []).map((t) => ({ slug: t.slug, status: t.status === "confirmed" ? "confirmed" : "proposed" })),
    readings: c.readings.map((r) => ({ sourceId: r.source.id, label: r.label, text: r.text, language: r.language, evidence: r.evidence, truncated: r.truncated })),
    children: c.children.map(convert),
  });
  return {
    slug: page.slug,
    title: page.title,
    party: page.party,
    date: page.date,
    status: page.status,
    kind: page.kind,
    summary: page.summary,
    pointCount: page.pointCount,
    respondsTo: page.respondsTo?.slug ?? null,
    points: page.points.map(convert),
    reports: page.reports.map(convert),
    sources,
    origin,
    exportedAt: new Date(),
  };
}

/** The links of two published versions as the compare view shows them, filtered like it. null: no such pair. */
export async function getAlignmentDocument(db: DbOrTx, from: string, to: string, filter: CompareFilterInput): Promise<AlignmentDocument | null> {
  const view = await getCompare(db, from, to);
  if (!view) return null;
  const f = toCompareFilter(filter);
  return {
    from: { slug: view.from.slug, title: view.from.title, date: view.from.date },
    to: { slug: view.to.slug, title: view.to.title, date: view.to.date },
    mode: view.mode,
    reversed: view.reversed,
    filters: filterParams(filter),
    links: alignmentRows(view.rows.filter((r) => rowMatches(r, f))),
  };
}
