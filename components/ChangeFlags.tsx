import type { ChangeFlag, LinkEvidence } from "@/lib/align/types";
import { FLAG_DESCRIPTION, FLAG_LABEL } from "@/lib/compare/labels";

/**
 * What kind of difference a linked pair has, as small labels. A number change names the figures that
 * differ (what the aligner found on one side only), so "600,000 → 800,000" is read without the texts.
 */
export function ChangeFlags({ flags, evidence }: { flags: readonly ChangeFlag[]; evidence: LinkEvidence | null }) {
  if (flags.length === 0) return null;
  return (
    <ul aria-label="What changed" className="inline-flex flex-wrap items-center gap-1.5">
      {flags.map((flag) => (
        <li
          key={flag}
          data-flag={flag}
          title={FLAG_DESCRIPTION[flag]}
          className="inline-block rounded border border-rule bg-raised px-1.5 py-0.5 font-sans text-xs leading-none font-medium text-ink"
        >
          {FLAG_LABEL[flag]}
          {flag === "number" && evidence && <NumberChange numbers={evidence.changedNumbers} />}
        </li>
      ))}
    </ul>
  );
}

function NumberChange({ numbers }: { numbers: LinkEvidence["changedNumbers"] }) {
  // Only figures that read as amounts: point numbers ("3") and years ("2025") are noise in a label.
  const keep = (xs: string[]) => xs.filter((x) => /^\d[\d,. ]{2,}$/.test(x) && !/^(19|20)\d\d$/.test(x)).slice(0, 3);
  const from = keep(numbers.from);
  const to = keep(numbers.to);
  if (from.length === 0 && to.length === 0) return null;
  return (
    <span className="font-normal text-muted tabular-nums">
      {": "}
      {from.length > 0 && <span className="line-through decoration-1">{from.join(", ")}</span>}
      {from.length > 0 && to.length > 0 && " → "}
      {from.length === 0 && <span className="sr-only">new figure </span>}
      {to.length > 0 && <span className={from.length === 0 ? "before:content-['+']" : undefined}>{to.join(", ")}</span>}
      {to.length === 0 && <span> dropped</span>}
    </span>
  );
}
