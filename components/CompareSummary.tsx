import Link from "next/link";
import type { LinkKind } from "@/lib/align/types";
import { countKinds, filterQuery, summarySentence, tallyPoints } from "@/lib/compare/filters";
import { KIND_ORDER } from "@/lib/compare/labels";
import type { CompareRowData } from "@/lib/compare/types";
import { kindTitle, LinkKindBadge } from "./LinkKindBadge";

/**
 * The answer first: one sentence on what happened to the earlier version's points, then the rows per
 * kind, each a link to the rows of that kind (the same URL filter the form sets).
 */
export function CompareSummary({ rows, basePath }: { rows: CompareRowData[]; basePath: string }) {
  const counts = countKinds(rows);
  const kinds: (LinkKind | null)[] = [...KIND_ORDER.filter((k) => counts.has(k)), ...(counts.has(null) ? [null] : [])];
  return (
    <section aria-labelledby="summary" className="mb-8">
      <h2 id="summary" className="sr-only">
        Summary
      </h2>
      <p data-summary className="max-w-measure font-serif text-xl leading-snug text-pretty sm:text-2xl">
        {summarySentence(tallyPoints(rows))}
      </p>
      <ul aria-label="Rows per kind" className="mt-4 flex flex-wrap gap-2">
        {kinds.map((kind) => (
          <li key={kind ?? "none"}>
            {kind ? (
              <Link
                href={`${basePath}${filterQuery({ changesOnly: false, kinds: [kind], minChange: 0 })}`}
                title={`${kindTitle(kind)} Show only these rows.`}
                className="inline-flex items-center gap-1.5 rounded-full no-underline hover:opacity-85"
              >
                <LinkKindBadge kind={kind} />
                <span className="font-sans text-sm font-semibold text-ink tabular-nums">{counts.get(kind)}</span>
              </Link>
            ) : (
              <span className="inline-flex items-center gap-1.5">
                <LinkKindBadge kind={null} />
                <span className="font-sans text-sm font-semibold tabular-nums">{counts.get(null)}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
