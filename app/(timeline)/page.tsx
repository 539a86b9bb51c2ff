import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState } from "@/components/EmptyState";
import { EvidenceLegend } from "@/components/EvidenceLegend";
import { PageHeader } from "@/components/PageHeader";
import { Timeline } from "@/components/Timeline";
import { db } from "@/lib/server/db";
import { listTimeline } from "@/lib/server/queries/versions";

export const metadata: Metadata = {
  title: { absolute: "Pointwise — peace-plan texts, clause by clause" },
  openGraph: { title: "Pointwise — peace-plan texts, clause by clause" },
};

export default async function HomePage() {
  await connection(); // rendered per request: the data lives in the database, not in the build
  const plans = await listTimeline(db());

  return (
    <>
      <PageHeader
        title="Peace-plan texts, clause by clause"
        lead={
          <>
            Pointwise keeps every version of a peace plan as it was printed, with the outlets each text came from and how
            solid each clause is: word for word, paraphrased, only reported, or not recovered. Open a version to read it point
            by point, and follow any clause back to its source.
          </>
        }
      >
        <EvidenceLegend />
      </PageHeader>

      {plans.length === 0 ? (
        <EmptyState title="No versions yet">
          Nothing has been published here yet. Versions appear once their sources are imported and an editor publishes them.
        </EmptyState>
      ) : (
        plans.map((plan) => (
          <section key={plan.slug} aria-labelledby={`plan-${plan.slug}`} className="mb-16">
            <h2 id={`plan-${plan.slug}`} className="font-serif text-2xl font-semibold tracking-tight">
              {plan.title}
            </h2>
            <p className="mt-2 mb-8 max-w-measure font-serif text-base leading-relaxed text-muted text-pretty sm:mb-10 sm:text-lg">{plan.summary}</p>
            <Timeline versions={plan.versions} />
          </section>
        ))
      )}
    </>
  );
}
