"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { addTopic, reviewTopic } from "@/app/versions/[slug]/clauses/[key]/actions";

interface Tag {
  topicId: number;
  slug: string;
  name: string;
  status: "proposed" | "confirmed" | "rejected";
  origin: "auto" | "editor";
  lockVersion: number;
}

type Message = { kind: "ok" | "error"; text: string } | null;

/**
 * An editor's topic review for one clause: confirm or reject each suggested topic, add one. Each
 * decision sends the tag's lockVersion, so a decision someone else took meanwhile is reported, not
 * overwritten. The page reloads its data after every change.
 */
export function TopicEditor({
  clauseId,
  tags,
  options,
}: {
  clauseId: number;
  tags: Tag[];
  options: Array<{ bucket: string; topics: Array<{ slug: string; name: string }> }>;
}) {
  const id = useId();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();
  const [adding, setAdding] = useState("");
  const tagged = new Set(tags.filter((t) => t.status !== "rejected").map((t) => t.slug));

  function run(action: () => ReturnType<typeof reviewTopic>, done: string) {
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      if (result.error) {
        if (result.error.code === "Unauthenticated") {
          window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
          return;
        }
        setMessage({
          kind: "error",
          text: result.error.code === "Conflict" ? `${result.error.message} The topics have been reloaded.` : result.error.message,
        });
      } else {
        setMessage({ kind: "ok", text: done });
        setAdding("");
      }
      router.refresh();
    });
  }

  return (
    <section aria-labelledby={`${id}-h`} className="no-print rounded-lg border border-rule p-4 font-sans text-sm">
      <h2 id={`${id}-h`} className="font-semibold">
        Review topics <span className="font-normal text-muted">(editors)</span>
      </h2>
      {tags.length === 0 ? (
        <p className="mt-2 text-muted">No topic proposed for this clause.</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule">
          {tags.map((t) => (
            <li key={t.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="min-w-40 flex-1">
                <span className={t.status === "rejected" ? "text-muted line-through" : "font-medium"}>{t.name}</span>{" "}
                <span className="text-xs text-muted">
                  {t.status === "proposed" ? "suggested by the import" : t.status === "confirmed" ? `confirmed${t.origin === "editor" ? " by an editor" : ""}` : "rejected by an editor"}
                </span>
              </span>
              {t.status !== "confirmed" && (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => reviewTopic({ clauseId, topicId: t.topicId, decision: "confirmed", lockVersion: t.lockVersion }), `Confirmed: ${t.name}.`)}
                  className="rounded-md border border-rule px-2.5 py-1 font-medium text-verbatim hover:bg-verbatim-soft disabled:opacity-50"
                >
                  Confirm<span className="sr-only"> {t.name}</span>
                </button>
              )}
              {t.status !== "rejected" && (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => reviewTopic({ clauseId, topicId: t.topicId, decision: "rejected", lockVersion: t.lockVersion }), `Rejected: ${t.name}.`)}
                  className="rounded-md border border-rule px-2.5 py-1 font-medium text-struck hover:bg-struck-soft disabled:opacity-50"
                >
                  Reject<span className="sr-only"> {t.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-3 flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (adding) run(() => addTopic({ clauseId, topic: adding }), "Topic added.");
        }}
      >
        <label htmlFor={`${id}-add`} className="text-muted">
          Add a topic
        </label>
        <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)} className="rounded-md border border-rule bg-raised px-2 py-1 text-ink">
          <option value="">Choose…</option>
          {options.map((b) => (
            <optgroup key={b.bucket} label={b.bucket}>
              {b.topics
                .filter((t) => !tagged.has(t.slug))
                .map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" disabled={pending || !adding} className="rounded-md bg-ink px-3 py-1 font-semibold text-paper hover:bg-accent disabled:opacity-50">
          Add
        </button>
      </form>
      <p role="status" className={`mt-2 min-h-5 ${message?.kind === "error" ? "text-struck" : "text-verbatim"}`}>
        {message?.text}
      </p>
    </section>
  );
}
