/**
 * What the editor's pages read: the dashboard's lists, one draft with its source, its clause tree page
 * by page with the parser's warnings, its links with both sides' texts, and a version's clauses for
 * adding a rendition. Editors only: the pages check the role before calling these.
 */
import type { EvidenceGrade, LinkKind } from "@/generated/prisma/enums";
import { parseLinkEvidence } from "@/lib/schemas/link";
import { parseRendition, splitFrontMatter } from "@/lib/parse";
import type { ParseResult } from "@/lib/parse/types";
import type { LinkEvidence } from "@/lib/align/types";
import type { DbOrTx } from "../db";

export interface EditorVersionRow {
  id: number;
  slug: string;
  revision: number;
  title: string;
  party: string;
  date: Date;
  state: "draft" | "published";
  updatedAt: Date;
  publishedAt: Date | null;
  createdBy: string | null;
  clauses: number;
  unknown: number;
  sources: number;
  revisionOfId: number | null;
}

const ROW_SELECT = {
  id: true,
  slug: true,
  revision: true,
  title: true,
  party: true,
  date: true,
  state: true,
  updatedAt: true,
  publishedAt: true,
  revisionOfId: true,
  createdBy: { select: { name: true } },
  _count: { select: { clauses: true, sources: true } },
} as const;

export async function listEditorVersions(db: DbOrTx): Promise<{ drafts: EditorVersionRow[]; published: EditorVersionRow[] }> {
  const rows = await db.version.findMany({ orderBy: [{ date: "asc" }, { title: "asc" }, { revision: "asc" }], select: ROW_SELECT });
  const unknown = await db.clause.groupBy({ by: ["versionId"], where: { evidence: "unknown", parentId: null }, _count: true });
  const unknownOf = new Map(unknown.map((u) => [u.versionId, u._count]));
  const newest = new Map<string, number>();
  for (const r of rows) if (r.state === "published") newest.set(r.slug, Math.max(newest.get(r.slug) ?? 0, r.revision));
  const view = (r: (typeof rows)[number]): EditorVersionRow => ({
    id: r.id,
    slug: r.slug,
    revision: r.revision,
    title: r.title,
    party: r.party,
    date: r.date,
    state: r.state,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
    createdBy: r.createdBy?.name ?? null,
    clauses: r._count.clauses,
    unknown: unknownOf.get(r.id) ?? 0,
    sources: r._count.sources,
    revisionOfId: r.revisionOfId,
  });
  return {
    drafts: rows.filter((r) => r.state === "draft").sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()).map(view),
    published: rows.filter((r) => r.state === "published" && r.revision === newest.get(r.slug)).map(view),
  };
}

export interface Choice {
  id: number;
  label: string;
}

export async function listPlans(db: DbOrTx): Promise<Choice[]> {
  return (await db.plan.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true } })).map((p) => ({ id: p.id, label: p.title }));
}

/** Versions a draft may respond to: published, latest revision of each. */
export async function listRespondable(db: DbOrTx): Promise<Array<Choice & { planId: number }>> {
  const rows = await db.version.findMany({
    where: { state: "published" },
    orderBy: [{ date: "asc" }, { title: "asc" }],
    select: { id: true, slug: true, revision: true, title: true, date: true, planId: true },
  });
  const newest = new Map<string, number>();
  for (const r of rows) newest.set(r.slug, Math.max(newest.get(r.slug) ?? 0, r.revision));
  return rows
    .filter((r) => r.revision === newest.get(r.slug))
    .map((r) => ({ id: r.id, planId: r.planId, label: `${r.title} (${r.date.toISOString().slice(0, 10)})` }));
}

export interface DraftSourceView {
  id: number;
  slug: string;
  outlet: string;
  title: string;
  urls: string[];
  language: string;
  kind: "verbatim" | "translation" | "machine_translation" | "summary" | "report";
  rawText: string;
  bytes: number;
  lockVersion: number;
}

export interface DraftView {
  id: number;
  slug: string;
  revision: number;
  state: "draft" | "published";
  planId: number;
  planTitle: string;
  title: string;
  party: string;
  date: string;
  status: "leaked" | "published" | "reported";
  kind: "draft" | "related";
  respondsTo: { id: number; slug: string; title: string } | null;
  revisionOf: { id: number; revision: number } | null;
  pointCount: number | null;
  summary: string;
  lockVersion: number;
  publishedAt: Date | null;
  updatedAt: Date;
  sources: DraftSourceView[];
  counts: { clauses: number; points: number; unknown: number; links: number; proposed: number; confirmed: number; rejected: number };
}

export async function getDraft(db: DbOrTx, id: number): Promise<DraftView | null> {
  const v = await db.version.findUnique({
    where: { id },
    include: {
      plan: { select: { title: true } },
      respondsTo: { select: { id: true, slug: true, title: true } },
      revisionOf: { select: { id: true, revision: true } },
      sources: { orderBy: { id: "asc" } },
    },
  });
  if (!v) return null;
  const linkWhere = v.respondsToId === null ? null : { fromVersionId: v.respondsToId, toVersionId: v.id };
  const [clauses, points, unknown, byStatus] = await Promise.all([
    db.clause.count({ where: { versionId: id } }),
    db.clause.count({ where: { versionId: id, parentId: null, role: "point" } }),
    db.clause.count({ where: { versionId: id, parentId: null, evidence: "unknown" } }),
    linkWhere ? db.link.groupBy({ by: ["status"], where: linkWhere, _count: true }) : Promise.resolve([]),
  ]);
  const status = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0;
  return {
    id: v.id,
    slug: v.slug,
    revision: v.revision,
    state: v.state,
    planId: v.planId,
    planTitle: v.plan.title,
    title: v.title,
    party: v.party,
    date: v.date.toISOString().slice(0, 10),
    status: v.status,
    kind: v.kind,
    respondsTo: v.respondsTo,
    revisionOf: v.revisionOf,
    pointCount: v.pointCount,
    summary: v.summary,
    lockVersion: v.lockVersion,
    publishedAt: v.publishedAt,
    updatedAt: v.updatedAt,
    sources: v.sources.map((s) => ({
      id: s.id,
      slug: s.slug,
      outlet: s.outlet,
      title: s.title,
      urls: s.urls,
      language: s.language,
      kind: s.kind,
      rawText: s.rawText,
      bytes: Buffer.byteLength(s.rawText, "utf8"),
      lockVersion: s.lockVersion,
    })),
    counts: { clauses, points, unknown, links: status("proposed") + status("confirmed") + status("rejected"), proposed: status("proposed"), confirmed: status("confirmed"), rejected: status("rejected") },
  };
}

export interface ClauseRow {
  id: number;
  key: string;
  label: string;
  text: string;
  depth: 0 | 1;
  role: "point" | "report";
  evidence: EvidenceGrade;
  language: string | null;
  lockVersion: number;
  /** The clause after it in reading order (what "merge with next" joins), across page boundaries. */
  next: { id: number; key: string; lockVersion: number } | null;
}

export const CLAUSES_PER_PAGE = 100;

export async function getClausePage(db: DbOrTx, versionId: number, page: number, perPage = CLAUSES_PER_PAGE) {
  const total = await db.clause.count({ where: { versionId } });
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.clause.findMany({
    where: { versionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    skip: (current - 1) * perPage,
    // One more than the page: the last row's "next".
    take: perPage + 1,
    select: { id: true, key: true, label: true, text: true, parentId: true, role: true, evidence: true, language: true, lockVersion: true },
  });
  const clauses: ClauseRow[] = rows.slice(0, perPage).map((r, i) => {
    const next = rows[i + 1];
    return {
      id: r.id,
      key: r.key,
      label: r.label,
      text: r.text,
      depth: r.parentId === null ? 0 : 1,
      role: r.role,
      evidence: r.evidence,
      language: r.language,
      lockVersion: r.lockVersion,
      next: next ? { id: next.id, key: next.key, lockVersion: next.lockVersion } : null,
    };
  });
  return { total, pages, page: current, perPage, clauses };
}

/** The page of the clause with `key`, for "go to clause". */
export async function pageOfKey(db: DbOrTx, versionId: number, key: string, perPage = CLAUSES_PER_PAGE): Promise<number | null> {
  const clause = await db.clause.findFirst({ where: { versionId, key }, select: { position: true } });
  if (!clause) return null;
  return Math.floor(clause.position / perPage) + 1;
}

export interface SourceParse {
  /** The text after the front matter. */
  body: string;
  /** Line of the raw text the body starts on (after front matter). */
  bodyStartLine: number;
  parse: ParseResult;
}

// Parsing 5,000 points takes about a second; the clauses page of a big draft is paged through, so keep a few.
const parseCache = new Map<string, SourceParse>();

/** The parser's view of a stored text (warnings with their lines), cached by the text's hash. */
export function parseOfSource(sha256: string, rawText: string): SourceParse {
  const hit = parseCache.get(sha256);
  if (hit) return hit;
  let body = rawText;
  let bodyStartLine = 1;
  try {
    const split = splitFrontMatter(rawText);
    body = split.body;
    bodyStartLine = split.bodyStartLine;
  } catch {
    // Stored texts were checked when they were saved; a failure here shows the raw text as the body.
  }
  const result = { body, bodyStartLine, parse: parseRendition(body) };
  parseCache.set(sha256, result);
  if (parseCache.size > 8) parseCache.delete(parseCache.keys().next().value!);
  return result;
}

export interface LinkSideClause {
  id: number;
  key: string;
  label: string;
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
  /** The text (or one of its sub-points) breaks off: past the break nothing can be compared. */
  truncated: boolean;
}

export interface LinkRow {
  id: number;
  kind: LinkKind;
  status: "proposed" | "confirmed" | "rejected";
  origin: "auto" | "editor";
  score: number;
  flags: string[];
  evidence: LinkEvidence;
  lockVersion: number;
  from: LinkSideClause[];
  to: LinkSideClause[];
}

export const LINKS_PER_PAGE = 40;

/** Top-level points of a version with their sub-points' text: what a link's side shows. */
async function pointsOf(db: DbOrTx, versionId: number): Promise<Map<number, LinkSideClause & { position: number }>> {
  const rows = await db.clause.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: { id: true, key: true, label: true, text: true, evidence: true, language: true, truncated: true, parentId: true, position: true },
  });
  const points = new Map<number, LinkSideClause & { position: number }>();
  for (const r of rows) {
    if (r.parentId === null) {
      points.set(r.id, { id: r.id, key: r.key, label: r.label, text: r.text, evidence: r.evidence, language: r.language, truncated: r.truncated, position: r.position });
    } else {
      const parent = points.get(r.parentId);
      if (parent) {
        parent.text = `${parent.text}\n${r.label} ${r.text}`.trim();
        parent.truncated ||= r.truncated;
      }
    }
  }
  return points;
}

export interface LinkPage {
  total: number;
  pages: number;
  page: number;
  links: LinkRow[];
  /** Points of each side, for relinking (key and the start of the text). */
  fromPoints: Choice[];
  toPoints: Choice[];
}

/**
 * The links between the version `fromId` and the version `toId` (the draft), in the draft's reading
 * order (links with no draft clause by the earlier version's order, at the end); `status` filters.
 */
export async function getLinkPage(db: DbOrTx, fromId: number, toId: number, page: number, status?: "proposed" | "confirmed" | "rejected"): Promise<LinkPage> {
  const [links, fromPoints, toPoints] = await Promise.all([
    db.link.findMany({
      where: { fromVersionId: fromId, toVersionId: toId, ...(status ? { status } : {}) },
      select: { id: true, kind: true, status: true, origin: true, score: true, flags: true, evidence: true, lockVersion: true, ends: { select: { clauseId: true, side: true } } },
    }),
    pointsOf(db, fromId),
    pointsOf(db, toId),
  ]);
  const side = (ends: Array<{ clauseId: number; side: "from" | "to" }>, which: "from" | "to", points: typeof fromPoints) =>
    ends
      .filter((e) => e.side === which)
      .map((e) => points.get(e.clauseId))
      .filter((c): c is LinkSideClause & { position: number } => c !== undefined)
      .sort((a, b) => a.position - b.position);
  const rows = links
    .map((l) => ({ l, from: side(l.ends, "from", fromPoints), to: side(l.ends, "to", toPoints) }))
    .sort((a, b) => order(a) - order(b) || a.l.id - b.l.id);
  const total = rows.length;
  const pages = Math.max(1, Math.ceil(total / LINKS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const strip = ({ position: _p, ...c }: LinkSideClause & { position: number }): LinkSideClause => c;
  const choice = (c: LinkSideClause) => ({ id: c.id, label: `${c.label || c.key} ${c.text.slice(0, 70)}${c.text.length > 70 ? "…" : ""}`.trim() });
  return {
    total,
    pages,
    page: current,
    links: rows.slice((current - 1) * LINKS_PER_PAGE, current * LINKS_PER_PAGE).map(({ l, from, to }) => ({
      id: l.id,
      kind: l.kind,
      status: l.status,
      origin: l.origin,
      score: l.score,
      flags: l.flags,
      evidence: parseLinkEvidence(l.evidence),
      lockVersion: l.lockVersion,
      from: from.map(strip),
      to: to.map(strip),
    })),
    fromPoints: [...fromPoints.values()].map(choice),
    toPoints: [...toPoints.values()].map(choice),
  };
}

function order(row: { from: Array<{ position: number }>; to: Array<{ position: number }> }): number {
  return row.to[0] ? row.to[0].position : 1_000_000 + (row.from[0]?.position ?? 0);
}

export interface RenditionTarget {
  id: number;
  slug: string;
  title: string;
  state: "draft" | "published";
  revision: number;
  points: Array<{ key: string; evidence: EvidenceGrade }>;
  sources: Array<{ id: number; outlet: string; language: string; kind: string }>;
}

export async function getRenditionTarget(db: DbOrTx, id: number): Promise<RenditionTarget | null> {
  const v = await db.version.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      state: true,
      revision: true,
      clauses: { where: { parentId: null, role: "point" }, orderBy: { position: "asc" }, select: { key: true, evidence: true } },
      sources: { orderBy: { id: "asc" }, select: { id: true, outlet: true, language: true, kind: true } },
    },
  });
  if (!v) return null;
  return { id: v.id, slug: v.slug, title: v.title, state: v.state, revision: v.revision, points: v.clauses, sources: v.sources };
}
