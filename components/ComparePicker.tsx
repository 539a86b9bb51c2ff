import type { VersionOption } from "@/lib/server/queries/compare";
import { formatDate } from "@/lib/format";

/**
 * Pick two versions to compare: a plain GET form to /compare, which forwards to /compare/<from>/<to>
 * (so it works without JavaScript). Drafts of the plan first, related documents after.
 */
export function ComparePicker({ options, from, to, compact = false }: { options: VersionOption[]; from: string; to: string; compact?: boolean }) {
  return (
    <form action="/compare" method="get" aria-label="Compare two versions" className="flex flex-wrap items-end gap-x-3 gap-y-2 font-sans text-sm">
      <VersionSelect name="from" label={compact ? "Compare" : "Earlier (left)"} options={options} value={from} />
      <span aria-hidden="true" className="hidden pb-2 text-muted sm:inline">
        →
      </span>
      <VersionSelect name="to" label={compact ? "with" : "Later (right)"} options={options} value={to} />
      <button type="submit" className="rounded-md border border-accent bg-accent px-3 py-1.5 font-semibold text-paper hover:opacity-90">
        Compare
      </button>
    </form>
  );
}

function VersionSelect({ name, label, options, value }: { name: string; label: string; options: VersionOption[]; value: string }) {
  const group = (kind: VersionOption["kind"]) =>
    options
      .filter((o) => o.kind === kind)
      .map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.title} · {formatDate(o.date)}
        </option>
      ));
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="font-medium text-muted">{label}</span>
      <select name={name} defaultValue={value} className="max-w-[min(22rem,80vw)] rounded-md border border-rule bg-raised px-2 py-1.5 text-ink">
        <optgroup label="Drafts of the plan">{group("draft")}</optgroup>
        <optgroup label="Related documents">{group("related")}</optgroup>
      </select>
    </label>
  );
}
