import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import { TopicCell } from "@/components/TopicCell";
import { formatDayMonth, isoDay } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getTopicMatrix } from "@/lib/server/queries/topics";

export const metadata: Metadata = {
  title: "Topics across versions",
  description: "Every topic of the peace plan against every version: which points address it and how they changed.",
};

export default async function TopicsPage() {
  await connection();
  const matrix = await getTopicMatrix(db());
  const hasTopics = matrix.buckets.some((b) => b.rows.length > 0);

  return (
    <>
      <PageHeader
        eyebrow="Topics"
        title="Topics across versions"
        lead={
          <>
            Each row is a topic, each column a version in the order it was drafted. A cell lists the version&apos;s points on the topic —
            open one to read it in its version — and how each changed from the version it answers.
          </>
        }
      >
        <Legend />
      </PageHeader>

      {!hasTopics ? (
        <EmptyState title="No topics yet">The topic tree is stored by the import; run it to see the matrix.</EmptyState>
      ) : (
        <>
        {/* Phones: one topic at a time, its versions listed down the screen (a 10-column grid does not fit). */}
        <div className="space-y-8 md:hidden">
          {matrix.buckets.map((bucket) => (
            <section key={bucket.id} aria-labelledby={`m-bucket-${bucket.slug}`}>
              <h2 id={`m-bucket-${bucket.slug}`} className="font-serif text-xl font-semibold tracking-tight">
                <Link href={`/topics/${bucket.slug}`} className="text-ink no-underline">
                  {bucket.name}
                </Link>
              </h2>
              <ul className="mt-2 divide-y divide-rule border-y border-rule">
                {bucket.rows.map((row) => {
                  const present = row.cells.filter((c) => c.state === "present").length;
                  return (
                    <li key={row.id}>
                      <details className="group py-3">
                        <summary className="flex list-none items-baseline justify-between gap-3 font-sans [&::-webkit-details-marker]:hidden">
                          <span className="font-semibold text-ink">{row.name}</span>
                          <span className="shrink-0 text-xs text-muted">
                            in {present} of {row.cells.length} versions <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">›</span>
                          </span>
                        </summary>
                        <dl className="mt-3 space-y-3">
                          {row.cells.map((cell, i) => {
                            const v = matrix.versions[i]!;
                            return (
                              <div key={v.id} className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3">
                                <dt className="font-sans text-xs leading-snug text-muted">
                                  {v.title}
                                  <span className="block text-faint">{formatDayMonth(v.date)}</span>
                                </dt>
                                <dd>
                                  <TopicCell cell={cell} versionSlug={v.slug} versionTitle={v.title} topicName={row.name} topicSlug={row.slug} />
                                </dd>
                              </div>
                            );
                          })}
                        </dl>
                        <Link href={`/topics/${row.slug}`} className="mt-3 inline-block font-sans text-sm">
                          {row.name} across versions, word by word →
                        </Link>
                      </details>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
        {/* Wider screens: the matrix, full bleed (wider than the reading column), scrolling sideways when needed. */}
        <div
          className="relative left-1/2 hidden w-screen -translate-x-1/2 overflow-x-auto md:block"
          role="region"
          aria-label="Topic by version matrix (scrolls sideways)"
          tabIndex={0}
        >
          <table className="mx-auto w-max border-separate border-spacing-0 px-5 text-left sm:px-8">
            <caption className="sr-only">Topics (rows, grouped under four headings) against versions (columns, in date order)</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-20 w-36 min-w-36 border-b border-rule bg-paper py-2 pr-3 align-bottom font-sans text-xs font-semibold tracking-wider text-muted uppercase sm:w-48 sm:min-w-48">
                  Topic
                </th>
                {matrix.versions.map((v) => (
                  <th key={v.id} scope="col" className="w-44 min-w-44 border-b border-rule px-3 py-2 align-bottom font-sans">
                    <Link href={`/versions/${v.slug}`} className="block text-sm leading-tight font-semibold text-ink no-underline hover:underline">
                      {v.title}
                    </Link>
                    <span className="mt-0.5 block text-xs font-normal text-muted">
                      <time dateTime={isoDay(v.date)}>{formatDayMonth(v.date)}</time>
                      {v.incomplete && <span title="Part of this version's text was not recovered"> · incomplete</span>}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {matrix.buckets.map((bucket) => (
              <tbody key={bucket.id}>
                <tr>
                  <th
                    scope="colgroup"
                    colSpan={matrix.versions.length + 1}
                    id={`bucket-${bucket.slug}`}
                    className="bg-paper pt-8 pb-2 text-left font-serif text-lg font-semibold tracking-tight"
                  >
                    <span className="sticky left-0">
                      <Link href={`/topics/${bucket.slug}`} className="text-ink no-underline hover:underline">
                        {bucket.name}
                      </Link>
                    </span>
                  </th>
                </tr>
                {bucket.rows.map((row) => (
                  <tr key={row.id} id={`topic-${row.slug}`}>
                    <th scope="row" className="sticky left-0 z-10 border-t border-rule bg-paper py-3 pr-3 align-top font-sans">
                      <Link href={`/topics/${row.slug}`} className="text-sm leading-snug font-semibold text-ink no-underline hover:text-accent hover:underline">
                        {row.name}
                      </Link>
                    </th>
                    {row.cells.map((cell, i) => {
                      const v = matrix.versions[i]!;
                      return (
                        <td key={v.id} className="border-t border-rule px-3 py-3 align-top">
                          <TopicCell cell={cell} versionSlug={v.slug} versionTitle={v.title} topicName={row.name} topicSlug={row.slug} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
        </>
      )}
    </>
  );
}

function Legend() {
  return (
    <details className="group max-w-measure font-sans text-sm">
      <summary className="inline-flex list-none items-center gap-1.5 font-medium text-accent [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current transition-transform group-open:rotate-90">
          <path d="M5 3l6 5-6 5z" />
        </svg>
        How to read the cells
      </summary>
      <dl className="mt-4 grid gap-x-4 gap-y-3 text-muted sm:grid-cols-[max-content_1fr]">
        <dt className="border-l-2 border-accent pl-2 font-medium text-ink">6 The size of…</dt>
        <dd>A point on the topic, confirmed by an editor. The badge under it says how it changed from the version it answers.</dd>
        <dt className="border-l-2 border-dashed border-faint pl-2 font-medium text-ink">6 The size of…</dt>
        <dd>A point the import suggested for the topic from its wording; no editor has reviewed it yet.</dd>
        <dt className="font-medium text-struck">✕ Drops …</dt>
        <dd>An earlier point on the topic that this version removes (the text around it is known).</dd>
        <dt>
          <span className="rounded border border-dashed border-unknown/60 px-1.5 py-0.5 text-xs font-medium">? Unknown</span>
        </dt>
        <dd>Part of the version was never recovered: it may address the topic. Unknown is not removed.</dd>
        <dt className="text-faint">—</dt>
        <dd>The version&apos;s recovered text is complete and says nothing on the topic.</dd>
      </dl>
    </details>
  );
}
