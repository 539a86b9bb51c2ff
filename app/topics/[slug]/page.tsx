import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ClauseText } from "@/components/ClauseText";
import { EmptyState } from "@/components/EmptyState";
import { EvidenceBadge } from "@/components/EvidenceBadge";
import { LinkKindBadge, kindTitle } from "@/components/LinkKindBadge";
import { PageHeader } from "@/components/PageHeader";
import { ReportText } from "@/components/ReportText";
import { Deleted, Inserted, WordDiff } from "@/components/WordDiff";
import { clauseAnchorPath, clausePagePath, pointLabel } from "@/lib/cite";
import { formatDate, isoDay, plural } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getTopicPage, type TopicDiff, type TopicVersionEntry } from "@/lib/server/queries/topics";
import type { CellItem } from "@/lib/topics/matrix";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = await getTopicPage(db(), slug);
  if (!page) return { title: "Topic not found" };
  return { title: `${page.topic.name} across versions`, description: page.topic.description || undefined };
}

export default async function TopicPage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const page = await getTopicPage(db(), slug);
  if (!page) notFound();
  const { topic } = page;
  const isBucket = topic.bucket.id === topic.id;
  const withText = page.entries.filter((e) => e.cell.items.length > 0 || e.cell.dropped.length > 0);

  return (
    <article>
      <PageHeader
        eyebrow={
          <>
            <Link href="/topics" className="text-muted">
              Topics
            </Link>
            {!isBucket && (
              <>
                <span aria-hidden="true">/</span>
                <Link href={`/topics/${topic.bucket.slug}`} className="text-muted">
                  {topic.bucket.name}
                </Link>
              </>
            )}
          </>
        }
        title={topic.name}
        lead={topic.description || undefined}
      >
        <p className="font-sans text-sm text-muted">
          {plural(page.clauseCount, "clause")} in {plural(withText.length, "version")}, in the order the versions were drafted. Each point is
          shown against the point it came from: <Deleted>struck</Deleted> words were dropped, <Inserted>underlined</Inserted> words added.
        </p>
      </PageHeader>

      {page.entries.length === 0 ? (
        <EmptyState title="No clause on this topic yet">No clause of a published version carries this topic.</EmptyState>
      ) : (
        <ol className="max-w-[calc(var(--container-measure)+6rem)] space-y-12">
          {page.entries.map((entry) => (
            <VersionEntry key={entry.version.id} entry={entry} />
          ))}
        </ol>
      )}
    </article>
  );
}

function VersionEntry({ entry }: { entry: TopicVersionEntry }) {
  const { version, cell } = entry;
  return (
    <li aria-labelledby={`v-${version.slug}`}>
      <h2 id={`v-${version.slug}`} className="font-serif text-2xl font-semibold tracking-tight">
        <Link href={`/versions/${version.slug}`} className="text-ink no-underline hover:underline">
          {version.title}
        </Link>
      </h2>
      <p className="mt-1 font-sans text-sm text-muted">
        {version.party} · <time dateTime={isoDay(version.date)}>{formatDate(version.date)}</time>
        {version.incomplete && " · text incomplete"}
      </p>

      {cell.state === "unknown" && cell.items.length === 0 && (
        <p className="mt-4 flex flex-wrap items-center gap-x-2 rounded-md border border-dashed border-faint/60 px-3 py-2 font-sans text-sm text-muted">
          <span aria-hidden="true" className="font-bold">
            ?
          </span>
          <span className="font-semibold text-ink">Unknown</span>
          <span>— part of this version was never recovered; it may address this topic. Unknown is not removed.</span>
        </p>
      )}

      <ol className="mt-4 divide-y divide-rule border-t border-rule">
        {cell.items.map((item) => (
          <Item key={item.clauseId} item={item} entry={entry} />
        ))}
        {cell.dropped.map((d) => (
          <li key={`${d.fromVersion.slug}:${d.keys.join("+")}`} className="py-4 font-sans text-sm">
            <LinkKindBadge kind="removed" size="sm" />{" "}
            <span className="text-muted">
              This version drops{" "}
              {d.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && ", "}
                  <Link href={clauseAnchorPath(d.fromVersion.slug, k)}>
                    {d.fromVersion.title} {k}
                  </Link>
                </span>
              ))}
              .
            </span>
          </li>
        ))}
      </ol>
    </li>
  );
}

function Item({ item, entry }: { item: CellItem; entry: TopicVersionEntry }) {
  const diff = entry.diffs.get(item.clauseId);
  const subs = entry.subs.get(item.clauseId) ?? [];
  const name = item.role === "report" ? `Report ${item.key.replace(/^r/, "")}` : `Point ${pointLabel(item.label, item.key).replace(/[.:)]+$/, "")}`;
  return (
    <li className="print-keep grid grid-cols-[2.75rem_minmax(0,1fr)] gap-x-3 py-5 sm:grid-cols-[3.5rem_minmax(0,1fr)]">
      <a href={clauseAnchorPath(entry.version.slug, item.key)} title={`${name} in ${entry.version.title}`} className="pt-[0.2rem] text-right font-sans font-semibold text-muted tabular-nums no-underline hover:underline">
        {pointLabel(item.label, item.key)}
      </a>
      <div className="min-w-0">
        <p className="mb-2 flex flex-wrap items-center gap-2 font-sans text-sm">
          <EvidenceBadge grade={item.evidence} />
          {item.change && (
            <span title={kindTitle(item.change.kind)} className="inline-flex flex-wrap items-center gap-1.5">
              <LinkKindBadge kind={item.change.kind} size="sm" />
              <span className="text-muted">
                from{" "}
                <Link href={clauseAnchorPath(item.change.fromVersion.slug, item.change.fromKeys[0] ?? "")}>
                  {item.change.fromVersion.title} {item.change.fromKeys.join(", ")}
                </Link>
              </span>
            </span>
          )}
          {item.tag === "proposed" && <span className="rounded-full border border-dashed border-faint px-2 text-xs text-muted" title="Suggested from the wording; no editor has reviewed it yet">suggested</span>}
          <Link href={clausePagePath(entry.version.slug, item.key)} className="ml-auto text-xs">
            Cite
          </Link>
        </p>
        <Body item={item} diff={diff} />
        {subs.length > 0 && (
          <ol className="mt-3 space-y-2 border-l border-rule pl-3">
            {subs.map((s) => (
              <li key={s.key} className="grid grid-cols-[1.75rem_minmax(0,1fr)] gap-x-2">
                <a href={clauseAnchorPath(entry.version.slug, s.key)} className="pt-[0.15rem] text-right font-sans text-sm font-semibold text-muted no-underline hover:underline">
                  {s.label.trim() || "•"}
                </a>
                <ClauseText text={s.text} language={s.language} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}

function Body({ item, diff }: { item: CellItem; diff: TopicDiff | undefined }) {
  if (item.evidence === "unknown" && item.text.trim() === "") {
    return <p className="font-sans text-sm text-muted italic">Not recovered — no available source holds this point. Missing from the record, not deleted.</p>;
  }
  if (diff?.status === "ok") {
    return (
      <>
        <p lang={diff.language ?? undefined} className="reading whitespace-pre-line">
          <WordDiff parts={diff.parts} inline />
        </p>
        <p className="mt-1.5 font-sans text-xs text-muted">
          Marked against {diff.from.title} {diff.from.keys.join(", ")}, in the texts the compare view uses.
        </p>
      </>
    );
  }
  return (
    <>
      {item.role === "report" || item.evidence === "reported" ? (
        <ReportText text={item.text} language={item.language} />
      ) : (
        <ClauseText text={item.text} language={item.language} />
      )}
      {diff && <p className="mt-1.5 font-sans text-xs text-muted">{diff.note}</p>}
    </>
  );
}
