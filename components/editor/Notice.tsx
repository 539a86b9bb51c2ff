import type { ActionError, JsonValue } from "@/lib/server/errors";

/** What a form says after an action: done, refused (with why), or someone else's change shown as it is now. */
export type Notice =
  | { kind: "ok" | "info"; text: string }
  | { kind: "error"; text: string; code: ActionError["code"]; current?: { [key: string]: JsonValue } | undefined };

export function noticeFrom(error: ActionError): Notice {
  const current = error.details?.current;
  return {
    kind: "error",
    code: error.code,
    text: error.message,
    ...(current && typeof current === "object" && !Array.isArray(current) ? { current } : {}),
  };
}

/** Zod's issues of an Invalid answer by field path ("version.title" → message), first message per field. */
export function issuesByPath(error: ActionError): Record<string, string> {
  const out: Record<string, string> = {};
  const issues = error.details?.issues;
  if (!Array.isArray(issues)) return out;
  for (const issue of issues) {
    if (issue && typeof issue === "object" && !Array.isArray(issue) && typeof issue.path === "string" && typeof issue.message === "string") {
      out[issue.path] ??= issue.message;
    }
  }
  return out;
}

/** Where a signed-out editor goes, and comes back from. */
export function signInAgain(): void {
  window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
}

function show(value: JsonValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value.length > 300 ? `${value.slice(0, 300)}…` : value;
  return JSON.stringify(value);
}

/**
 * The notice line of a form. A Conflict shows the row as it is now (the fields named in `fields`), so
 * the editor sees what changed meanwhile before deciding again. Text only: values are never markup.
 */
export function NoticeLine({
  notice,
  fields = [],
  testId,
}: {
  notice: Notice | null;
  fields?: ReadonlyArray<readonly [key: string, label: string]>;
  testId?: string;
}) {
  const tone = !notice ? "" : notice.kind === "error" ? "text-struck" : notice.kind === "ok" ? "text-verbatim" : "text-muted";
  const current = notice?.kind === "error" && notice.code === "Conflict" ? notice.current : undefined;
  const shown = current ? fields.filter(([key]) => key in current) : [];
  return (
    <div role={notice?.kind === "error" ? "alert" : "status"} aria-live="polite" data-testid={testId} className={`font-sans text-sm ${tone}`}>
      {notice && <p dir="auto">{notice.text}</p>}
      {current && shown.length > 0 && (
        <div className="mt-2 rounded-md border border-struck/40 bg-struck-soft/40 px-3 py-2 text-ink" data-testid={testId ? `${testId}-current` : undefined}>
          <p className="font-semibold">Saved meanwhile by someone else — now:</p>
          <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
            {shown.map(([key, label]) => (
              <div key={key} className="contents">
                <dt className="text-muted">{label}</dt>
                <dd dir="auto" className="whitespace-pre-line [overflow-wrap:anywhere]">
                  {show(current[key])}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
