import Link from "next/link";

export type DraftStep = "text" | "clauses" | "links" | "publish";

const STEPS: Array<{ step: DraftStep; label: string; path: string }> = [
  { step: "text", label: "Text & details", path: "" },
  { step: "clauses", label: "Clauses", path: "/clauses" },
  { step: "links", label: "Links", path: "/links" },
  { step: "publish", label: "Publish", path: "/publish" },
];

/**
 * Where the editor is in the workflow. Every step of a saved draft is a link (the draft is stored as it
 * is after each change, so any step can be revisited); before the first save, only the first exists.
 */
export function DraftSteps({ current, draftId, done = [] }: { current: DraftStep; draftId?: number; done?: DraftStep[] }) {
  return (
    <nav aria-label="Steps of the draft">
      <ol className="flex flex-wrap gap-x-1 gap-y-2 font-sans text-sm">
        {STEPS.map((s, i) => {
          const here = s.step === current;
          const finished = done.includes(s.step);
          const content = (
            <>
              <span
                aria-hidden="true"
                className={`inline-grid size-6 place-items-center rounded-full text-xs font-bold ${here ? "bg-accent text-paper" : finished ? "bg-verbatim text-paper" : "border border-rule text-muted"}`}
              >
                {finished && !here ? "✓" : i + 1}
              </span>
              <span className={here ? "font-semibold text-ink" : ""}>{s.label}</span>
              {finished && <span className="sr-only"> (done)</span>}
            </>
          );
          return (
            <li key={s.step} className="flex items-center gap-1">
              {i > 0 && (
                <span aria-hidden="true" className="mx-1 text-faint">
                  ›
                </span>
              )}
              {draftId !== undefined && !here ? (
                <Link href={`/editor/drafts/${draftId}${s.path}`} className="inline-flex items-center gap-1.5 rounded-md px-1.5 py-1 text-muted no-underline hover:bg-accent-soft hover:text-ink">
                  {content}
                </Link>
              ) : (
                <span aria-current={here ? "step" : undefined} className={`inline-flex items-center gap-1.5 rounded-md px-1.5 py-1 ${here ? "" : "text-faint"}`}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
