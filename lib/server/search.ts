/**
 * Full-text search over clause texts and their readings, in PostgreSQL (design §3): each row's
 * `search` tsvector is kept by a trigger in its own language's configuration; the query is built by
 * pointwise_search_query from the terms of lib/search/query.ts (spellings, translations and number
 * formats expanded), matched through the GIN indexes, ranked with ts_rank_cd, and highlighted with
 * ts_headline between random sentinels that lib/search/snippet.ts turns into <mark> elements.
 *
 * One result per clause: the best witness (its preferred text when that matches, else the best
 * reading) supplies the snippet. Clauses that match every term come first, then partial matches.
 */
import { Prisma } from "@/generated/prisma/client";
import type { ClauseRole, EvidenceGrade, LinkKind } from "@/generated/prisma/enums";
import type { SearchFilters } from "@/lib/schemas/search";
import { hasPositiveTerm, parseSearchQuery, type SearchTerm } from "@/lib/search/query";
import { headlineOptions, newSentinels, parseHeadline, withEllipses, withoutQuoteNotation, type SnippetPart } from "@/lib/search/snippet";
import { termGroups } from "@/lib/terms/catalog";
import type { DbOrTx } from "./db";

export interface SearchHit {
  clause: { id: number; key: string; label: string; role: ClauseRole; evidence: EvidenceGrade; deleted: boolean; parentKey: string | null };
  version: { slug: string; title: string; date: Date; party: string };
  /** The clause matches every term (not only some). */
  matchesAll: boolean;
  rank: number;
  /** Where the snippet comes from: the clause's preferred text, or another witness's reading. */
  witness: { kind: "text"; language: string | null } | { kind: "reading"; language: string; source: { id: number; outlet: string } };
  /** How many of the clause's texts (preferred text and readings) match. */
  matchingTexts: number;
  snippet: SnippetPart[];
  /** What the stored links say became of this clause in later versions. */
  later: Array<{ version: { slug: string; title: string }; kind: LinkKind; keys: string[] }>;
}

export interface SearchResult {
  terms: SearchTerm[];
  hits: SearchHit[];
  total: number;
  /** Of `total`, how many match every term. */
  totalMatchingAll: number;
  tookMs: number;
}

export interface SearchPage {
  limit: number;
  offset: number;
}

/**
 * ts_rank_cd normalization 1: divide by 1 + log(document length). Long press reports that mention a
 * word in passing rank below short clauses about it ("army size": the army-cap points come first).
 */
const RANK_NORMALIZATION = 1;

function literalVariant(input: string): { text: string; prefix: boolean } {
  const prefix = input.endsWith("*");
  return { text: prefix ? input.slice(0, -1) : input, prefix: prefix && /^[\p{L}\p{N} ]+$/u.test(input.slice(0, -1)) };
}

interface Row {
  clause_id: number;
  key: string;
  label: string;
  role: ClauseRole;
  evidence: EvidenceGrade;
  deleted: boolean;
  parent_key: string | null;
  slug: string;
  title: string;
  date: Date;
  party: string;
  matches_all: boolean;
  rank: number;
  texts: bigint;
  reading_id: number | null;
  reading_language: string | null;
  clause_language: string | null;
  outlet: string | null;
  source_id: number | null;
  shown_text: string;
  headline: string;
  total: bigint;
  total_all: bigint;
}

export async function searchClauses(db: DbOrTx, filters: SearchFilters, page: SearchPage): Promise<SearchResult> {
  const started = performance.now();
  const terms = parseSearchQuery(filters.q, termGroups());
  if (!hasPositiveTerm(terms)) return { terms, hits: [], total: 0, totalMatchingAll: 0, tookMs: 0 };
  const sentinels = newSentinels();
  const termsJson = JSON.stringify(terms.map((t) => ({ variants: t.variants, exclude: t.exclude })));
  // The words as typed, without their group's other spellings and translations: only to pick which
  // witness's snippet to show ("Waffenstillstand" shows the German reading that has it).
  const literalJson = JSON.stringify(terms.filter((t) => !t.exclude).map((t) => ({ variants: t.group ? [literalVariant(t.input)] : t.variants })));

  const where: Prisma.Sql[] = [Prisma.sql`v.state = 'published'`];
  if (filters.version) where.push(Prisma.sql`v.slug = ${filters.version}`);
  if (filters.party) where.push(Prisma.sql`v.party = ${filters.party}`);
  if (filters.evidence) where.push(Prisma.sql`c.evidence = ${filters.evidence}::"EvidenceGrade"`);
  if (filters.topic) {
    // A topic filter includes the topic's subtopics (a bucket), and a sub-point inherits its point's topics.
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "ClauseTopic" ct JOIN "Topic" t ON t.id = ct."topicId" LEFT JOIN "Topic" tp ON tp.id = t."parentId"
      WHERE ct.status <> 'rejected' AND (t.slug = ${filters.topic} OR tp.slug = ${filters.topic})
        AND (ct."clauseId" = c.id OR ct."clauseId" = c."parentId"))`);
  }

  const rows = await db.$queryRaw<Row[]>`
    WITH q AS MATERIALIZED (
      -- Materialized: each query is built once, not once per row (the planner would inline the calls).
      SELECT pointwise_search_query(${termsJson}::jsonb, false) AS any_q,
             pointwise_search_query(${termsJson}::jsonb, true) AS all_q,
             pointwise_search_query(${literalJson}::jsonb, false) AS literal_q
    ),
    -- The same query per configuration, to rank and highlight each row in its own language (see the
    -- search_ranking migration: ranking with the all-languages query is far too slow).
    qc AS MATERIALIZED (
      SELECT cfg, pointwise_search_query_in(${termsJson}::jsonb, false, cfg) AS any_q
      FROM (SELECT DISTINCT config AS cfg FROM pointwise_search_languages()) AS configs
    ),
    hits AS (
      SELECT c.id AS clause_id, NULL::int AS reading_id, c.search AS doc, c.language FROM "Clause" c, q WHERE c.search @@ q.any_q
      UNION ALL
      SELECT r."clauseId", r.id, r.search, r.language FROM "Reading" r, q WHERE r.search @@ q.any_q
    ),
    scored AS (
      SELECT h.clause_id, h.reading_id, h.doc @@ q.all_q AS matches_all, h.doc @@ q.literal_q AS literal,
             ts_rank_cd(h.doc, qc.any_q, ${RANK_NORMALIZATION}) AS rank
      FROM hits h CROSS JOIN q JOIN qc ON qc.cfg = pointwise_ts_config(h.language)
    ),
    per_clause AS (
      SELECT clause_id, bool_or(matches_all) AS matches_all, max(rank) AS rank, count(*) AS texts,
             -- The witness shown: a full match before a partial one, the words as typed before their
             -- translations and other spellings, the preferred text before a reading, then rank.
             (array_agg(reading_id ORDER BY matches_all DESC, literal DESC, (reading_id IS NULL) DESC, rank DESC))[1] AS reading_id
      FROM scored GROUP BY clause_id
    ),
    page AS (
      SELECT pc.*, c.key, c.label, c.role, c.evidence, c.deleted, p.key AS parent_key, c.language AS clause_language,
             v.slug, v.title, v.date, v.party, v.id AS version_id, c.position,
             count(*) OVER () AS total, count(*) FILTER (WHERE pc.matches_all) OVER () AS total_all
      FROM per_clause pc
      JOIN "Clause" c ON c.id = pc.clause_id
      LEFT JOIN "Clause" p ON p.id = c."parentId"
      JOIN "Version" v ON v.id = c."versionId"
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY pc.matches_all DESC, pc.rank DESC, v.date, v.id, c.position
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT page.clause_id, page.key, page.label, page.role, page.evidence, page.deleted, page.parent_key,
           page.slug, page.title, page.date, page.party, page.matches_all, page.rank::float8 AS rank, page.texts,
           page.reading_id, r.language AS reading_language, page.clause_language, s.outlet, s.id AS source_id,
           coalesce(r.text, c.text) AS shown_text,
           ts_headline(qc.cfg, pointwise_search_split(coalesce(r.text, c.text)), qc.any_q, ${headlineOptions(sentinels)}) AS headline,
           page.total, page.total_all
    FROM page
    JOIN "Clause" c ON c.id = page.clause_id
    LEFT JOIN "Reading" r ON r.id = page.reading_id
    LEFT JOIN "Source" s ON s.id = r."sourceId"
    JOIN qc ON qc.cfg = pointwise_ts_config(coalesce(r.language, c.language))
    ORDER BY page.matches_all DESC, page.rank DESC, page.date, page.version_id, page.position`;

  const later = await laterLinks(db, rows.map((r) => r.clause_id));
  const hits = rows.map((r): SearchHit => ({
    clause: { id: r.clause_id, key: r.key, label: r.label, role: r.role, evidence: r.evidence, deleted: r.deleted, parentKey: r.parent_key },
    version: { slug: r.slug, title: r.title, date: r.date, party: r.party },
    matchesAll: r.matches_all,
    rank: r.rank,
    witness:
      r.reading_id === null
        ? { kind: "text", language: r.clause_language }
        : { kind: "reading", language: r.reading_language ?? "", source: { id: r.source_id ?? 0, outlet: r.outlet ?? "" } },
    matchingTexts: Number(r.texts),
    snippet: withoutQuoteNotation(withEllipses(parseHeadline(r.headline, sentinels), r.shown_text)),
    later: later.get(r.clause_id) ?? [],
  }));
  const first = rows[0];
  return {
    terms,
    hits,
    total: first ? Number(first.total) : 0,
    totalMatchingAll: first ? Number(first.total_all) : 0,
    tookMs: Math.round(performance.now() - started),
  };
}

/** For each clause, its outgoing links into later published versions (what became of it). */
async function laterLinks(db: DbOrTx, clauseIds: number[]): Promise<Map<number, SearchHit["later"]>> {
  const out = new Map<number, SearchHit["later"]>();
  if (clauseIds.length === 0) return out;
  const ends = await db.linkClause.findMany({
    where: { clauseId: { in: clauseIds }, side: "from", link: { status: { not: "rejected" }, toVersion: { state: "published" } } },
    orderBy: { linkId: "asc" },
    select: {
      clauseId: true,
      link: {
        select: {
          kind: true,
          toVersion: { select: { slug: true, title: true, date: true } },
          ends: { where: { side: "to" }, select: { clause: { select: { key: true } } } },
        },
      },
    },
  });
  for (const e of ends.sort((a, b) => a.link.toVersion.date.getTime() - b.link.toVersion.date.getTime())) {
    const list = out.get(e.clauseId) ?? [];
    list.push({
      version: { slug: e.link.toVersion.slug, title: e.link.toVersion.title },
      kind: e.link.kind,
      keys: e.link.ends.map((x) => x.clause.key),
    });
    out.set(e.clauseId, list);
  }
  return out;
}
