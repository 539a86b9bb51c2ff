/**
 * The read API, version 1 (README "Read API"). Each endpoint is a plain function of the database client
 * and the request, so app/api/v1/**\/route.ts binds it to the app's client and the tests to a test
 * database. Only published versions (and what belongs to them) are ever served.
 */
import { z } from "zod";
import { clauseAnchorPath, clausePagePath, contentHash } from "@/lib/cite";
import { alignmentJson } from "@/lib/export/alignment";
import { compareFilterSchema } from "@/lib/schemas/export";
import { searchFiltersSchema, slugSchema } from "@/lib/schemas/search";
import { hasPositiveTerm } from "@/lib/search/query";
import type { DbOrTx } from "@/lib/server/db";
import { getAlignmentDocument } from "@/lib/server/queries/exports";
import { getClauseTopics } from "@/lib/server/queries/topics";
import { listVersions, PUBLISHED, type TimelineVersion } from "@/lib/server/queries/versions";
import { appOrigin } from "@/lib/server/request";
import { searchClauses } from "@/lib/server/search";
import { ApiError, handle, jsonResponse, notFound, pageInfo, pageSchema, parseParam, parseQuery } from "./http";

type Params<P> = { params: Promise<P> };
const day = (d: Date) => d.toISOString().slice(0, 10);
const sourceIdSchema = z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be positive").max(2_147_483_647);
const lineageIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[A-Za-z0-9.]+$/, "must look like us-28-draft.6").max(160);

function versionSummary(v: TimelineVersion) {
  return {
    slug: v.slug,
    title: v.title,
    party: v.party,
    date: day(v.date),
    status: v.status,
    kind: v.kind,
    summary: v.summary,
    respondsTo: v.respondsTo?.slug ?? null,
    sourceCount: v.sourceCount,
    completeness: {
      points: v.completeness.total,
      withText: v.completeness.withText,
      reportedOnly: v.completeness.reportedOnly,
      unknown: v.completeness.unknown,
      reports: v.completeness.reports,
    },
    links: { self: `/api/v1/versions/${v.slug}`, html: `/versions/${v.slug}`, sources: `/api/v1/versions/${v.slug}/sources` },
  };
}

/** GET /api/v1/versions — published versions in date order. */
export function getVersions(db: DbOrTx, request: Request): Promise<Response> {
  return handle(request, async () => {
    const { limit, cursor } = parseQuery(request, z.object(pageSchema(200, 50)));
    const all = await listVersions(db);
    return jsonResponse(request, { data: all.slice(cursor, cursor + limit).map(versionSummary), page: pageInfo(cursor, limit, all.length) });
  });
}

async function publishedVersion(db: DbOrTx, slug: string) {
  return db.version.findFirst({ where: { slug, ...PUBLISHED }, orderBy: { revision: "desc" }, select: { id: true, slug: true } });
}

/** GET /api/v1/versions/{slug} — one version with all its clauses (points, sub-points, reports) and their readings. */
export function getVersion(db: DbOrTx, request: Request, { params }: Params<{ slug: string }>): Promise<Response> {
  return handle(request, async () => {
    parseQuery(request, z.object({}));
    const slug = parseParam((await params).slug, slugSchema, "slug");
    const found = await publishedVersion(db, slug);
    if (!found) throw notFound(`Version "${slug}"`);
    const [summary, clauses] = await Promise.all([
      listVersions(db).then((all) => all.find((v) => v.id === found.id)!),
      db.clause.findMany({
        where: { versionId: found.id },
        orderBy: { position: "asc" },
        select: {
          id: true, key: true, label: true, role: true, position: true, text: true, evidence: true, language: true, truncated: true, deleted: true,
          lineageId: true, sourceId: true, parent: { select: { key: true } },
          readings: { orderBy: { id: "asc" }, select: { sourceId: true, label: true, text: true, language: true, evidence: true, truncated: true } },
        },
      }),
    ]);
    const topics = await getClauseTopics(db, clauses.map((c) => c.id));
    const origin = appOrigin(request.url);
    return jsonResponse(request, {
      data: {
        ...versionSummary(summary),
        clauses: clauses.map((c) => ({
          key: c.key,
          label: c.label,
          role: c.role,
          parent: c.parent?.key ?? null,
          position: c.position,
          text: c.text,
          evidence: c.evidence,
          language: c.language,
          truncated: c.truncated,
          deleted: c.deleted,
          lineage: c.lineageId,
          sourceId: c.sourceId,
          topics: (topics.get(c.id) ?? []).map((t) => ({ slug: t.slug, status: t.status })),
          readings: c.readings,
          contentHash: contentHash(c.text),
          permalink: `${origin}${clausePagePath(found.slug, c.key)}`,
          anchor: `${origin}${clauseAnchorPath(found.slug, c.key)}`,
        })),
      },
    });
  });
}

const SOURCE_META = {
  id: true, slug: true, title: true, outlet: true, urls: true, language: true, kind: true, languageNote: true, completeness: true,
  pointsRecovered: true, recoveryNote: true, publishedNote: true, retrievedAt: true, sha256: true,
} as const;

function sourceJson<T extends { retrievedAt: Date; id: number }>(s: T) {
  return { ...s, retrievedAt: day(s.retrievedAt), links: { self: `/api/v1/sources/${s.id}`, html: `/sources/${s.id}` } };
}

/** GET /api/v1/versions/{slug}/sources — the renditions of a version (metadata; the text is at /sources/{id}). */
export function getVersionSources(db: DbOrTx, request: Request, { params }: Params<{ slug: string }>): Promise<Response> {
  return handle(request, async () => {
    const { limit, cursor } = parseQuery(request, z.object(pageSchema(200, 50)));
    const slug = parseParam((await params).slug, slugSchema, "slug");
    const found = await publishedVersion(db, slug);
    if (!found) throw notFound(`Version "${slug}"`);
    const [total, rows] = await Promise.all([
      db.source.count({ where: { versionId: found.id } }),
      db.source.findMany({ where: { versionId: found.id }, orderBy: [{ slug: "asc" }], skip: cursor, take: limit, select: SOURCE_META }),
    ]);
    return jsonResponse(request, { data: rows.map(sourceJson), page: pageInfo(cursor, limit, total) });
  });
}

/** GET /api/v1/sources/{id} — one rendition exactly as imported, with its SHA-256. */
export function getSource(db: DbOrTx, request: Request, { params }: Params<{ id: string }>): Promise<Response> {
  return handle(request, async () => {
    parseQuery(request, z.object({}));
    const id = parseParam((await params).id, sourceIdSchema, "id");
    const row = await db.source.findFirst({ where: { id, version: PUBLISHED }, select: { ...SOURCE_META, rawText: true, version: { select: { slug: true } } } });
    if (!row) throw notFound(`Source ${id}`);
    const { version, ...source } = row;
    return jsonResponse(request, { data: { ...sourceJson(source), version: version.slug } });
  });
}

/** GET /api/v1/links?from=&to= — the links of two versions, as the compare view and the CSV export show them. */
export function getLinks(db: DbOrTx, request: Request): Promise<Response> {
  return handle(request, async () => {
    const { from, to, limit, cursor, ...filter } = parseQuery(
      request,
      z.object({ from: slugSchema, to: slugSchema, ...pageSchema(500, 100), ...compareFilterSchema.shape }),
    );
    const doc = await getAlignmentDocument(db, from, to, filter);
    if (!doc) throw notFound(`The pair ${from} → ${to}`);
    const json = alignmentJson(doc) as { links: unknown[] } & Record<string, unknown>;
    return jsonResponse(request, { data: { ...json, links: json.links.slice(cursor, cursor + limit) }, page: pageInfo(cursor, limit, json.links.length) });
  });
}

/** GET /api/v1/lineages/{id} — one clause's identity through the versions, in date order. */
export function getLineage(db: DbOrTx, request: Request, { params }: Params<{ id: string }>): Promise<Response> {
  return handle(request, async () => {
    parseQuery(request, z.object({}));
    const id = parseParam((await params).id, lineageIdSchema, "id");
    const lineage = await db.lineage.findUnique({
      where: { id },
      select: {
        id: true,
        label: true,
        clauses: {
          where: { version: PUBLISHED },
          select: { key: true, label: true, text: true, evidence: true, language: true, version: { select: { slug: true, title: true, date: true } } },
        },
      },
    });
    if (!lineage || lineage.clauses.length === 0) throw notFound(`Lineage "${id}"`);
    const origin = appOrigin(request.url);
    const clauses = [...lineage.clauses].sort((a, b) => a.version.date.getTime() - b.version.date.getTime() || a.version.slug.localeCompare(b.version.slug));
    return jsonResponse(request, {
      data: {
        id: lineage.id,
        label: lineage.label,
        clauses: clauses.map((c) => ({
          version: { slug: c.version.slug, title: c.version.title, date: day(c.version.date) },
          key: c.key,
          label: c.label,
          text: c.text,
          evidence: c.evidence,
          language: c.language,
          contentHash: contentHash(c.text),
          permalink: `${origin}${clausePagePath(c.version.slug, c.key)}`,
        })),
      },
    });
  });
}

/** GET /api/v1/search?q= — full-text search, filters as on /search. */
export function getSearch(db: DbOrTx, request: Request): Promise<Response> {
  return handle(request, async () => {
    const { limit, cursor, ...filters } = parseQuery(request, searchFiltersSchema.extend(pageSchema(50, 20)));
    const result = await searchClauses(db, filters, { limit, offset: cursor });
    if (!hasPositiveTerm(result.terms)) throw new ApiError(400, "bad_request", "q: give at least one word to look for, not only exclusions.");
    const origin = appOrigin(request.url);
    return jsonResponse(request, {
      data: result.hits.map((h) => ({
        version: { ...h.version, date: day(h.version.date) },
        clause: h.clause,
        matchesAll: h.matchesAll,
        rank: Math.round(h.rank * 1e6) / 1e6,
        witness: h.witness,
        matchingTexts: h.matchingTexts,
        snippet: h.snippet,
        later: h.later,
        permalink: `${origin}${clauseAnchorPath(h.version.slug, h.clause.key)}`,
      })),
      terms: result.terms.map((t) => ({ input: t.input, exclude: t.exclude, group: t.group, variants: t.variants.length })),
      totalMatchingAll: result.totalMatchingAll,
      page: pageInfo(cursor, limit, result.total),
    });
  });
}
