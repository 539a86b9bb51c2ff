import { CHANGE_FLAGS } from "@/lib/align/types";
import { FLAG_DESCRIPTION, FLAG_LABEL, KIND_DESCRIPTION, KIND_ORDER } from "@/lib/compare/labels";
import { LinkKindBadge } from "./LinkKindBadge";
import { Deleted, Inserted } from "./WordDiff";

/** What the kinds, flags and marks mean, in words: titles are not reachable by touch. */
export function LinkKindLegend() {
  return (
    <details className="group max-w-3xl font-sans text-sm">
      <summary className="inline-flex list-none items-center gap-1.5 font-medium text-accent [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current transition-transform group-open:rotate-90">
          <path d="M5 3l6 5-6 5z" />
        </svg>
        What the labels and marks mean
      </summary>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2.5">
          {KIND_ORDER.map((k) => (
            <div key={k} className="contents">
              <dt>
                <LinkKindBadge kind={k} size="sm" />
              </dt>
              <dd className="text-muted">{KIND_DESCRIPTION[k]}</dd>
            </div>
          ))}
        </dl>
        <div>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2.5">
            {CHANGE_FLAGS.map((f) => (
              <div key={f} className="contents">
                <dt className="font-medium">
                  <span className="rounded border border-rule bg-raised px-1.5 py-0.5 text-xs">{FLAG_LABEL[f]}</span>
                </dt>
                <dd className="text-muted">{FLAG_DESCRIPTION[f]}</dd>
              </div>
            ))}
          </dl>
          <p className="reading mt-4 text-base">
            <Deleted>struck words</Deleted> are only in the earlier version; <Inserted>underlined words</Inserted> only in the later one.
          </p>
          <p className="mt-2 text-muted">
            Confidence is the aligner&apos;s; open a row&apos;s kind to see it and what the link rests on. Links are the aligner&apos;s
            proposals until an editor confirms them.
          </p>
        </div>
      </div>
    </details>
  );
}
