import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { z } from "zod";
import { EmptyState } from "@/components/EmptyState";
import { EvidenceBadge } from "@/components/EvidenceBadge";
import { LinkKindBadge, kindTitle } from "@/components/LinkKindBadge";
import { PageHeader } from "@/components/PageHeader";
import { Snippet } from "@/components/Snippet";
import { TopicChips } from "@/components/TopicChips";
import { clauseAnchorPath, clausePagePath, pointLabel } from "@/lib/cite";
import { EVIDENCE, EVIDENCE_ORDER, formatDate, isoDay, languageName, plural } from "@/lib/format";
import { searchFiltersSchema, type SearchFilters } from "@/lib/schemas/search";
import { db } from "@/lib/server/db";
import { getClauseTopics, listTopicTree, type TopicChip } from "@/lib/server/queries/topics";
import { listVersions } from "@/lib/server/queries/versions";
import { searchClauses, type SearchHit, type SearchResult } from "@/lib/server/search";

export const metadata: Metadata = {
  title: "Search",
  description: "Full-text search over every clause and every reading of every version, in all their languages.",
};

const PAGE_SIZE = 20;
type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const pageSchema = z.coerce.number().int().min(1).max(500).catch(1);

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const raw = { q: first(params.q) ?? "", version: first(params.version), party: first(params.party), topic: first(params.topic), evidence: first(params.evidence) };
  const page = pageSchema.parse(first(params.page) ?? 1);
  const parsed = raw.q.trim() === "" ? null : searchFiltersSchema.safeParse(raw);
  const filters = parsed?.success ? parsed.data : null;

  const [versions, tree, result] = await Promise.all([
    listVersions(db()),
    listTopicTree(db()),
    filters ? searchClauses(db(), filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) : Promise.resolve(null),
  ]);
  const topics = result ? await getClauseTopics(db(), result.hits.map((h) => h.clause.id)) : new Map<number, TopicChip[]>();
  const parties = [...new Set(versions.map((v) => v.party))].sort();

  return (
    <>
      <PageHeader
        eyebrow="Search"
        title="Search every clause"
        lead="Words are matched in each text's own language, across every version and every outlet's reading. Names and key terms are searched in all their spellings and translations: “Zaporizhzhia” also finds “Saporischschja” and “Záporoží”."
      >
        <form action="/search" method="get" role="search" className="space-y-4 font-sans">
          <div className="flex max-w-2xl gap-2">
            <label htmlFor="q" className="sr-only">
              Search for
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={raw.q}
              maxLength={200}
              placeholder="amnesty, 600,000, “line of contact”, -Crimea"
              className="min-w-0 flex-1 rounded-md border border-rule bg-raised px-3 py-2 text-base text-ink placeholder:text-faint"
            />
            <button type="submit" className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent">
              Search
            </button>
          </div>
          <fieldset className="grid max-w-4xl grid-cols-2 gap-3 lg:grid-cols-4">
            <legend className="sr-only">Filters</legend>
            <Select name="version" label="Version" value={raw.version}>
              <option value="">All versions</option>
              {versions.map((v) => (
                <option key={v.slug} value={v.slug}>
                  {v.title}
                </option>
              ))}
            </Select>
            <Select name="party" label="Party" value={raw.party}>
              <option value="">All parties</option>
              {parties.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </Select>
            <Select name="topic" label="Topic" value={raw.topic}>
              <option value="">All topics</option>
              {tree.map((b) => (
                <optgroup key={b.slug} label={b.name}>
                  <option value={b.slug}>All of “{b.name}”</option>
                  {b.topics.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
            <Select name="evidence" label="Evidence" value={raw.evidence}>
              <option value="">Any evidence</option>
              {EVIDENCE_ORDER.map((g) => (
                <option key={g} value={g}>
                  {EVIDENCE[g].label}
                </option>
              ))}
            </Select>
          </fieldset>
        </form>
      </PageHeader>

      {parsed && !parsed.success && (
        <p role="alert" className="max-w-measure rounded-md border border-struck/40 bg-struck-soft px-4 py-3 font-sans text-sm text-struck">
          {parsed.error.issues.map((i) => `${i.path.join(".") || "search"}: ${i.message}`).join(" · ")}
        </p>
      )}
      {!raw.q.trim() && <Examples />}
      {result && filters && <Results result={result} filters={filters} page={page} topics={topics} />}
    </>
  );
}

function Select({ name, label, value, children }: { name: string; label: string; value: string | undefined; children: ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-muted">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="w-full rounded-md border border-rule bg-raised px-2 py-1.5 text-sm text-ink">
        {children}
      </select>
    </label>
  );
}

function Examples() {
  const examples = ["amnesty", "army size", "Zaporizhzhia", "600,000", "Waffenstillstand", "\"line of contact\""];
  return (
    <p className="font-sans text-sm text-muted">
      Try:{" "}
      {examples.map((q, i) => (
        <span key={q}>
          {i > 0 && " · "}
          <Link href={`/search?q=${encodeURIComponent(q)}`}>{q}</Link>
        </span>
      ))}
    </p>
  );
}

function queryString(filters: SearchFilters, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, String(v));
  if (page > 1) q.set("page", String(page));
  return `/search?${q.toString()}`;
}

function Results({ result, filters, page, topics }: { result: SearchResult; filters: SearchFilters; page: number; topics: Map<number, TopicChip[]> }) {
  const expanded = result.terms.filter((t) => t.group && !t.exclude);
  const partialFrom = result.hits.findIndex((h) => !h.matchesAll);
  const pages = Math.ceil(result.total / PAGE_SIZE);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="font-sans text-sm text-muted">
        <span className="font-semibold text-ink">{plural(result.totalMatchingAll, "clause")}</span> {result.totalMatchingAll === 1 ? "matches" : "match"} every word
        {result.total > result.totalMatchingAll && <>, {result.total - result.totalMatchingAll} more some of them</>}
        <span className="text-faint"> · {result.tookMs} ms</span>
      </h2>
      {expanded.length > 0 && (
        <p className="mt-1 font-sans text-xs text-muted">
          {expanded.map((t) => `“${t.input}” includes ${t.variants.length - 1} other spellings and translations`).join("; ")}.
        </p>
      )}
      {result.hits.length === 0 ? (
        <div className="mt-6">
          <EmptyState title="Nothing found">No clause or reading contains these words. Check the spelling, or remove a filter.</EmptyState>
        </div>
      ) : (
        <ol className="mt-6 max-w-[calc(var(--container-measure)+4rem)] divide-y divide-rule border-t border-rule">
          {result.hits.map((hit, i) => (
            <Hit key={hit.clause.id} hit={hit} topics={topics.get(hit.clause.id) ?? []} partialHeading={i === partialFrom && i > 0} />
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav aria-label="Result pages" className="mt-8 flex gap-4 font-sans text-sm">
          {page > 1 && <Link href={queryString(filters, page - 1)}>← Previous</Link>}
          <span className="text-muted">
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={queryString(filters, page + 1)}>Next →</Link>}
        </nav>
      )}
    </section>
  );
}

function Hit({ hit, topics, partialHeading }: { hit: SearchHit; topics: TopicChip[]; partialHeading: boolean }) {
  const name = hit.clause.role === "report" ? `Report ${hit.clause.key.replace(/^r/, "")}` : `Point ${pointLabel(hit.clause.label, hit.clause.key).replace(/[.:)]+$/, "")}`;
  const within = hit.clause.parentKey ? ` (under point ${hit.clause.parentKey})` : "";
  return (
    <li className="py-5" data-version={hit.version.slug} data-key={hit.clause.key}>
      {partialHeading && <p className="-mt-1 mb-4 font-sans text-xs font-semibold tracking-wider text-muted uppercase">Matching some of your words</p>}
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1 font-sans text-sm">
        <Link href={clauseAnchorPath(hit.version.slug, hit.clause.key)} className="font-semibold">
          {hit.version.title}, {name.toLowerCase()}
          {within}
        </Link>
        <span className="text-muted">
          <time dateTime={isoDay(hit.version.date)}>{formatDate(hit.version.date)}</time>
        </span>
        <EvidenceBadge grade={hit.clause.evidence} />
      </p>
      <div className="mt-2">
        <Snippet parts={hit.snippet} language={hit.witness.language} />
      </div>
      <p className="mt-1.5 font-sans text-xs text-muted">
        {hit.witness.kind === "reading"
          ? `Found in ${hit.witness.source.outlet}'s reading (${languageName(hit.witness.language)})`
          : `Found in the text shown for this clause (${languageName(hit.witness.language)})`}
        {hit.matchingTexts > 1 && ` · ${hit.matchingTexts} of its texts match`}
        {" · "}
        <Link href={clausePagePath(hit.version.slug, hit.clause.key)}>Cite</Link>
      </p>
      {hit.later.length > 0 && (
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 font-sans text-xs text-muted">
          <span>Later:</span>
          {hit.later.map((l) => (
            <span key={`${l.version.slug}:${l.keys.join("+")}:${l.kind}`} className="inline-flex items-center gap-1.5" title={kindTitle(l.kind)}>
              <LinkKindBadge kind={l.kind} size="sm" />
              {l.keys.length > 0 ? (
                <Link href={clauseAnchorPath(l.version.slug, l.keys[0]!)}>
                  {l.version.title} {l.keys.join(", ")}
                </Link>
              ) : (
                <Link href={`/versions/${l.version.slug}`}>{l.version.title}</Link>
              )}
            </span>
          ))}
        </p>
      )}
      <TopicChips topics={topics} className="mt-2" />
    </li>
  );
}
