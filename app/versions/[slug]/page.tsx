import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Clause } from "@/components/Clause";
import { CompletenessMeter } from "@/components/CompletenessMeter";
import { EmptyState } from "@/components/EmptyState";
import { ComparePicker } from "@/components/ComparePicker";
import { EvidenceLegend } from "@/components/EvidenceLegend";
import { ExportLinks } from "@/components/ExportLinks";
import { PageHeader } from "@/components/PageHeader";
import { PointIndex } from "@/components/PointIndex";
import { SourceList } from "@/components/SourceList";
import { KindTag, StatusBadge } from "@/components/StatusBadge";
import { formatDate, isoDay, languageName, plural } from "@/lib/format";
import { db } from "@/lib/server/db";
import { defaultPair, listCompareOptions } from "@/lib/server/queries/compare";
import { getVersionPage, getVersionTitle, type VersionPage } from "@/lib/server/queries/version-page";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const version = await getVersionTitle(db(), slug);
  if (!version) return { title: "Version not found" };
  return {
    title: version.title,
    description: version.summary || undefined,
    openGraph: { type: "article", title: version.title, description: version.summary || undefined },
  };
}

export default async function VersionRoute({ params }: Props) {
  await connection();
  const { slug } = await params;
  const [version, compareOptions] = await Promise.all([getVersionPage(db(), slug), listCompareOptions(db())]);
  if (!version) notFound();
  const comparePair = defaultPair(version.slug, compareOptions);

  const reportOnly = version.points.length === 0 && version.reports.length > 0;
  const showIndex = version.points.length > 6;

  return (
    <article>
      <VersionHeader version={version} compare={<ComparePicker options={compareOptions} from={comparePair.from} to={comparePair.to} compact />} />

      <div className={showIndex ? "lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-14" : ""}>
        {showIndex && (
          <aside className="mb-8 lg:mb-0">
            {/* Phones: folded, so the first point is near the top. Wide screens: always open, beside the text. */}
            <details className="group rounded-lg border border-rule px-4 py-3 lg:hidden">
              <summary className="font-sans text-sm font-medium text-accent">Jump to point</summary>
              <div className="mt-3">
                <PointIndex points={version.points} reports={version.reports.length} hasSources={version.sources.length > 0} />
              </div>
            </details>
            <div className="hidden lg:sticky lg:top-6 lg:block">
              <PointIndex points={version.points} reports={version.reports.length} hasSources={version.sources.length > 0} heading />
            </div>
          </aside>
        )}

        <div className="max-w-[calc(var(--container-measure)+5rem)] min-w-0">
          {version.points.length > 0 && (
            <section aria-labelledby="points">
              <h2 id="points" className="sr-only">
                Points
              </h2>
              <ol className="divide-y divide-rule">
                {version.points.map((c) => (
                  <Clause key={c.id} clause={c} />
                ))}
              </ol>
            </section>
          )}

          {version.reports.length > 0 && (
            <section aria-labelledby="reports" className={version.points.length > 0 ? "mt-14" : ""}>
              <h2 id="reports" className="font-serif text-2xl font-semibold tracking-tight">
                {reportOnly ? "What was reported" : "Further reports"}
              </h2>
              <p className="mt-2 max-w-measure font-sans text-sm leading-relaxed text-muted">
                {reportOnly
                  ? "The text of this version was never published. These are reports about it, quoted as printed: they describe the document, they are not its text."
                  : "Reports about this version that do not correspond to one of its points, quoted as printed."}
              </p>
              <ol className="mt-4 divide-y divide-rule">
                {version.reports.map((c) => (
                  <Clause key={c.id} clause={c} />
                ))}
              </ol>
            </section>
          )}

          {version.points.length === 0 && version.reports.length === 0 && (
            <EmptyState title="No text on record">
              No clause of this version has been recovered or reported yet.
            </EmptyState>
          )}

          <section aria-labelledby="sources" className="mt-16">
            <h2 id="sources" className="font-serif text-2xl font-semibold tracking-tight">
              Sources
            </h2>
            <p className="mt-2 mb-4 max-w-measure font-sans text-sm text-muted">
              Every text of this version as an outlet printed it. Each page shows the text exactly as it was imported.
            </p>
            {version.sources.length > 0 ? (
              <SourceList sources={version.sources} />
            ) : (
              <EmptyState title="No sources yet">No outlet&apos;s text of this version has been imported.</EmptyState>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}

function VersionHeader({ version, compare }: { version: VersionPage; compare: ReactNode }) {
  const languages = [...new Set(version.sources.map((s) => s.language))].map(languageName);
  return (
    <PageHeader
      eyebrow={
        <>
          <Link href="/" className="text-muted">
            {version.plan.title}
          </Link>
          <span aria-hidden="true">/</span>
          <StatusBadge status={version.status} />
          <KindTag kind={version.kind} />
        </>
      }
      title={version.title}
      lead={version.summary || undefined}
    >
      <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-2.5 font-sans text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Meta term="Party">{version.party}</Meta>
        <Meta term="Date">
          <time dateTime={isoDay(version.date)}>{formatDate(version.date)}</time>
          {version.revision > 1 && ` · revision ${version.revision}`}
        </Meta>
        {version.respondsTo && (
          <Meta term="Responds to">
            <Link href={`/versions/${version.respondsTo.slug}`}>{version.respondsTo.title}</Link>
            <span className="text-muted"> · {formatDate(version.respondsTo.date)}</span>
          </Meta>
        )}
        {version.responses.length > 0 && (
          <Meta term="Answered by">
            {version.responses.map((r, i) => (
              <span key={r.slug}>
                {i > 0 && ", "}
                <Link href={`/versions/${r.slug}`}>{r.title}</Link>
              </span>
            ))}
          </Meta>
        )}
        <Meta term="Text known">
          <CompletenessMeter completeness={version.completeness} />
        </Meta>
        <Meta term="Sources">
          {version.sources.length > 0 ? (
            <a href="#sources">
              {plural(version.sources.length, "source")}
              {languages.length > 0 && ` in ${languages.join(", ")}`}
            </a>
          ) : (
            <span className="text-muted">None yet</span>
          )}
        </Meta>
      </dl>
      <div className="mt-6">
        <EvidenceLegend />
      </div>
      <ExportLinks target={{ version: version.slug }} className="mt-4" />
      <div className="no-print mt-6">{compare}</div>
    </PageHeader>
  );
}

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-medium text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
