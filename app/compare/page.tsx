import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ComparePicker } from "@/components/ComparePicker";
import { EmptyState } from "@/components/EmptyState";
import { PageHeader } from "@/components/PageHeader";
import type { SearchParams } from "@/lib/compare/filters";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { defaultPair, listCompareOptions, listStoredPairs } from "@/lib/server/queries/compare";

export const metadata: Metadata = {
  title: "Compare",
  description: "Line up the points of two versions and see what changed, word by word.",
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function CompareRoute({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const query = await searchParams;
  const [options, pairs] = await Promise.all([listCompareOptions(db()), listStoredPairs(db())]);
  const known = (slug: string | undefined) => (slug && options.some((o) => o.slug === slug) ? slug : undefined);
  const from = known(one(query.from));
  const to = known(one(query.to));
  // The pickers' GET form lands here; a complete, valid pair goes to its own (citable) URL.
  if (from && to) redirect(`/compare/${encodeURIComponent(from)}/${encodeURIComponent(to)}`);

  const first = pairs[0] ? { from: pairs[0].from.slug, to: pairs[0].to.slug } : defaultPair(options[0]?.slug ?? "", options);
  return (
    <article>
      <PageHeader
        eyebrow="Compare"
        title="Compare two versions"
        lead="Pick an earlier and a later version: their points are lined up, each pair marked with what changed, word by word. Points whose text was not recovered are shown as unknown, never as removed."
      >
        {options.length > 1 ? (
          <ComparePicker options={options} from={from ?? first.from} to={to ?? first.to} />
        ) : (
          <EmptyState title="Nothing to compare yet">At least two published versions are needed.</EmptyState>
        )}
      </PageHeader>
      {pairs.length > 0 && (
        <section aria-labelledby="prepared">
          <h2 id="prepared" className="font-serif text-2xl font-semibold tracking-tight">
            Prepared comparisons
          </h2>
          <p className="mt-2 max-w-measure font-sans text-sm text-muted">
            Each version is aligned with the one it answers and with the previous draft; those links are stored and can be reviewed
            by editors. Any other pair is aligned on the fly.
          </p>
          <ul className="mt-4 divide-y divide-rule border-y border-rule">
            {pairs.map(({ from: a, to: b }) => (
              <li key={`${a.slug}→${b.slug}`} className="py-3">
                <Link href={`/compare/${a.slug}/${b.slug}`} className="font-serif text-lg">
                  {a.title} <span className="text-muted">→</span> {b.title}
                </Link>
                <span className="ml-2 font-sans text-sm text-muted">
                  {formatDate(a.date)} → {formatDate(b.date)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
