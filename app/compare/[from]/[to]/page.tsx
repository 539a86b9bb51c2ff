import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CompareFilters } from "@/components/CompareFilters";
import { ComparePicker } from "@/components/ComparePicker";
import { CompareRow } from "@/components/CompareRow";
import { CompareSummary } from "@/components/CompareSummary";
import { EmptyState } from "@/components/EmptyState";
import { ExportLinks } from "@/components/ExportLinks";
import { LinkKindLegend } from "@/components/LinkKindLegend";
import { PageHeader } from "@/components/PageHeader";
import { countKinds, filterQuery, parseFilter, rowMatches, type SearchParams } from "@/lib/compare/filters";
import { formatDate, isoDay, plural } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getCompare, listCompareOptions, type CompareVersion, type CompareView } from "@/lib/server/queries/compare";

interface Props {
  params: Promise<{ from: string; to: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { from, to } = await params;
  const options = await listCompareOptions(db());
  const title = (slug: string) => options.find((o) => o.slug === slug)?.title;
  const [a, b] = [title(from), title(to)];
  if (!a || !b) return { title: "Compare" };
  return { title: `${a} → ${b}`, description: `What changed, point by point, between the ${a} and the ${b}.` };
}

export default async function ComparePairRoute({ params, searchParams }: Props) {
  await connection();
  const [{ from, to }, query] = await Promise.all([params, searchParams]);
  const [view, options] = await Promise.all([getCompare(db(), from, to), listCompareOptions(db())]);
  if (!view) notFound();

  const basePath = `/compare/${view.from.slug}/${view.to.slug}`;
  const filter = parseFilter(query);
  const shown = view.rows.filter((r) => rowMatches(r, filter));
  const hidden = countKinds(view.rows.filter((r) => !rowMatches(r, filter)));
  const emptySide = [view.from, view.to].find((v) => v.points === 0);

  return (
    <article>
      <PageHeader
        eyebrow={
          <>
            <Link href="/compare" className="text-muted">
              Compare
            </Link>
            <span aria-hidden="true">/</span>
            <ModeTag view={view} />
          </>
        }
        title={
          <>
            <Link href={`/versions/${view.from.slug}`} className="text-ink no-underline decoration-accent hover:underline">
              {view.from.title}
            </Link>
            <span className="mx-2 font-normal text-muted" aria-label="compared with">
              →
            </span>
            <Link href={`/versions/${view.to.slug}`} className="text-ink no-underline decoration-accent hover:underline">
              {view.to.title}
            </Link>
          </>
        }
        lead={<ModeLead view={view} />}
      >
        <div className="flex flex-wrap items-end gap-x-8 gap-y-4">
          <ComparePicker options={options} from={view.from.slug} to={view.to.slug} />
          <Link href={`/compare/${view.to.slug}/${view.from.slug}${filterSuffix(query)}`} className="pb-2 font-sans text-sm font-medium">
            Swap sides
          </Link>
        </div>
      </PageHeader>

      {view.from.slug === view.to.slug ? (
        <EmptyState title="The same version on both sides">Pick two different versions to see what changed between them.</EmptyState>
      ) : emptySide ? (
        <EmptyState title={`The ${emptySide.title} has no recovered points`}>
          Its text was never published: it is known only from {plural(emptySide.reports, "press report")}, so there is nothing to line
          up point by point. <Link href={`/versions/${emptySide.slug}`}>Read what was reported</Link>.
        </EmptyState>
      ) : (
        <>
          <CompareSummary rows={view.rows} basePath={basePath} />
          <div className="mb-6 space-y-4">
            <LinkKindLegend />
            <ExportLinks target={{ from: view.from.slug, to: view.to.slug, query: filterQuery(filter) }} />
            <CompareFilters filter={filter} counts={countKinds(view.rows)} basePath={basePath} shown={shown.length} total={view.rows.length} hidden={hidden} />
          </div>
          <ColumnHeads from={view.from} to={view.to} />
          {shown.length > 0 ? (
            <ol aria-label="Points lined up" className="space-y-2">
              {shown.map((row) => (
                <CompareRow key={row.anchor} row={row} from={view.from} to={view.to} />
              ))}
            </ol>
          ) : (
            <EmptyState title="No rows match these filters">
              <Link href={basePath}>Show all rows</Link>
            </EmptyState>
          )}
        </>
      )}
    </article>
  );
}

/** Keep the reader's filters when swapping sides (removed/added swap meaning, so a kind filter is dropped). */
function filterSuffix(query: SearchParams): string {
  const f = parseFilter(query);
  const q = new URLSearchParams();
  if (f.changesOnly) q.set("changes", "only");
  if (f.minChange) q.set("min", String(f.minChange));
  const s = q.toString();
  return s ? `?${s}` : "";
}

function ModeTag({ view }: { view: CompareView }) {
  const computed = view.mode === "computed";
  return (
    <span
      className={`inline-flex items-center rounded border px-1.5 py-0.5 font-sans text-[0.7rem] leading-none font-semibold tracking-wider whitespace-nowrap uppercase ${computed ? "border-dashed border-reported/60 text-reported" : "border-ink/25 text-ink"}`}
    >
      {computed ? "Computed links" : "Stored links"}
    </span>
  );
}

function ModeLead({ view }: { view: CompareView }) {
  const dates = (
    <>
      <time dateTime={isoDay(view.from.date)}>{formatDate(view.from.date)}</time> →{" "}
      <time dateTime={isoDay(view.to.date)}>{formatDate(view.to.date)}</time>.{" "}
    </>
  );
  if (view.mode === "computed") {
    return (
      <>
        {dates}
        No links are stored for this pair, so the aligner lined the points up just now. These links are computed, not reviewed by
        an editor.
      </>
    );
  }
  return (
    <>
      {dates}
      Points lined up by the stored links: proposals of the aligner
      {view.confirmed > 0 ? `, ${plural(view.confirmed, "link")} confirmed by an editor` : ", none confirmed by an editor yet"}.
      {view.reversed && " The links are stored for the opposite direction and read backwards here."}
    </>
  );
}

/** On wide screens, which column is which, kept in view while scrolling. */
function ColumnHeads({ from, to }: { from: CompareVersion; to: CompareVersion }) {
  return (
    <div aria-hidden="true" className="sticky top-0 z-10 -mx-1 mb-2 hidden border-b border-rule bg-paper/95 px-1 py-2 backdrop-blur lg:block">
      <div className="grid grid-cols-2 gap-x-10 pl-[calc(1.25rem+4px)] font-sans text-sm font-semibold">
        <span>
          {from.title} <span className="font-normal text-muted">· {formatDate(from.date)}</span>
        </span>
        <span>
          {to.title} <span className="font-normal text-muted">· {formatDate(to.date)}</span>
        </span>
      </div>
    </div>
  );
}
