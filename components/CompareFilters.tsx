import Link from "next/link";
import type { LinkKind } from "@/lib/align/types";
import { MIN_CHANGE_STEPS, isFiltered, type CompareFilter } from "@/lib/compare/filters";
import { KIND_LABEL, KIND_ORDER } from "@/lib/compare/labels";

/**
 * The row filters as a plain GET form: the view lives in the URL, so it can be shared and reloaded, and
 * works without JavaScript. Only kinds that occur are offered (and any the URL already asks for).
 */
export function CompareFilters({
  filter,
  counts,
  basePath,
  shown,
  total,
  hidden,
}: {
  filter: CompareFilter;
  counts: Map<LinkKind | null, number>;
  basePath: string;
  shown: number;
  total: number;
  /** Rows the filter hides, per kind: said out loud, so hidden unknown rows are not mistaken for no change. */
  hidden: Map<LinkKind | null, number>;
}) {
  const kinds = KIND_ORDER.filter((k) => counts.has(k) || filter.kinds.includes(k));
  return (
    <form method="get" action={basePath} aria-label="Filter rows" className="rounded-lg border border-rule bg-raised px-4 py-3 font-sans text-sm">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <label className="inline-flex items-center gap-2 font-medium">
          <input type="checkbox" name="changes" value="only" defaultChecked={filter.changesOnly} className="size-4 accent-accent" />
          Changes only
        </label>
        <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <legend className="float-left mr-1 text-muted">Kinds</legend>
          {kinds.map((k) => (
            <label key={k} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="kind" value={k} defaultChecked={filter.kinds.includes(k)} className="size-4 accent-accent" />
              {KIND_LABEL[k]}
              <span className="text-faint tabular-nums">{counts.get(k) ?? 0}</span>
            </label>
          ))}
        </fieldset>
        <label className="inline-flex items-center gap-2">
          <span className="text-muted">Change size</span>
          <select name="min" defaultValue={String(filter.minChange)} className="rounded border border-rule bg-paper px-2 py-1">
            <option value="0">any</option>
            {MIN_CHANGE_STEPS.map((m) => (
              <option key={m} value={m}>
                at least {m}% of words
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-paper hover:opacity-90">
            Apply
          </button>
          {isFiltered(filter) && <Link href={basePath}>Show all</Link>}
        </div>
      </div>
      <p role="status" className="mt-2 text-muted">
        {isFiltered(filter) ? `Showing ${shown} of ${total} rows. Hidden: ${hiddenText(hidden)}.` : `${total} rows.`}
      </p>
    </form>
  );
}

function hiddenText(hidden: Map<LinkKind | null, number>): string {
  const parts = [...KIND_ORDER.filter((k) => hidden.has(k)).map((k) => `${hidden.get(k)} ${KIND_LABEL[k].toLowerCase()}`)];
  if (hidden.has(null)) parts.push(`${hidden.get(null)} not linked`);
  return parts.length ? parts.join(", ") : "none";
}
