import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { LineageStep } from "@/components/LineageStep";
import { LinkKindLegend } from "@/components/LinkKindLegend";
import { PageHeader } from "@/components/PageHeader";
import { plural } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getLineage, getLineageLabel } from "@/lib/server/queries/lineage";

interface Props {
  params: Promise<{ lineageId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lineageId } = await params;
  const label = await getLineageLabel(db(), decodeURIComponent(lineageId));
  return label ? { title: `${label}, through every version` } : { title: "Clause not found" };
}

export default async function LineageRoute({ params }: Props) {
  await connection();
  const { lineageId } = await params;
  const lineage = await getLineage(db(), decodeURIComponent(lineageId));
  if (!lineage) notFound();
  const present = lineage.steps.filter((s) => s.points.length > 0).length;

  return (
    <article>
      <PageHeader
        eyebrow={
          <>
            <span>Clause through versions</span>
            <span aria-hidden="true">/</span>
            <code className="rounded bg-unknown-soft px-1.5 py-0.5 font-mono text-xs text-ink">{lineage.id}</code>
          </>
        }
        title={lineage.label}
        lead={`In ${plural(present, "version")} of ${lineage.steps.length} since it first appears, in time order. Each step shows what changed since the previous one; a version without the clause says whether it is not there or not recovered.`}
      >
        <LinkKindLegend />
      </PageHeader>
      <ol aria-label="Versions in time order" className="max-w-4xl">
        {lineage.steps.map((step, i) => (
          <LineageStep key={step.version.id} step={step} last={i === lineage.steps.length - 1} />
        ))}
      </ol>
      <p className="mt-4 font-sans text-sm text-muted">
        Cite this path as <code className="font-mono text-ink">{lineage.id}</code>; the id stays the same when versions renumber.{" "}
        <Link href="/compare">Compare two versions</Link>.
      </p>
    </article>
  );
}
