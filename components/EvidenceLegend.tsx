import { EVIDENCE, EVIDENCE_ORDER } from "@/lib/format";
import { EvidenceBadge } from "./EvidenceBadge";

/** What the four evidence grades mean, in words: the badges' titles are not reachable by keyboard or touch. */
export function EvidenceLegend() {
  return (
    <details className="group max-w-measure font-sans text-sm">
      <summary className="inline-flex list-none items-center gap-1.5 font-medium text-accent [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current transition-transform group-open:rotate-90">
          <path d="M5 3l6 5-6 5z" />
        </svg>
        How solid is each clause? The four evidence grades
      </summary>
      <dl className="mt-4 grid gap-x-4 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {EVIDENCE_ORDER.map((grade) => (
          <div key={grade} className="contents">
            <dt>
              <EvidenceBadge grade={grade} />
            </dt>
            <dd className="text-muted">{EVIDENCE[grade].description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
