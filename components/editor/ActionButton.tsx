"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { alignDraft, correctVersion, discardDraft, publishDraft } from "@/app/editor/actions";
import type { ActionError, ActionResult } from "@/lib/server/errors";
import { BUTTON, DANGER, PRIMARY } from "./Field";
import { NoticeLine } from "./Notice";
import { UNREACHABLE, useEditorAction } from "./useEditorAction";

type Kind = "align" | "publish" | "correct" | "discard";

/**
 * The one-click steps of a draft: propose links, publish, correct (new revision), discard. Each is
 * pressed once: the button is disabled while its request runs, and the server refuses a repeat anyway
 * (publish is idempotent: a second request changes nothing and says so). Discard asks for a second
 * click.
 */
export function ActionButton({ kind, versionId, lockVersion = 0, label, slug }: { kind: Kind; versionId: number; lockVersion?: number; label: string; slug?: string }) {
  const router = useRouter();
  const [armed, setArmed] = useState(false);
  const action = useEditorAction();
  const { notice, setNotice, pending } = action;
  // A second click that lands before React re-renders the disabled button still goes nowhere.
  const inFlight = useRef(false);

  function onClick() {
    if (inFlight.current) return;
    if (kind === "discard" && !armed) {
      setArmed(true);
      setNotice({ kind: "info", text: "This deletes the draft, its text and its clauses. Click again to confirm." });
      return;
    }
    inFlight.current = true;
    setNotice(null);
    action.run(
      async (): Promise<ActionResult<unknown>> => {
        try {
          return kind === "align"
            ? await alignDraft({ versionId })
            : kind === "publish"
              ? await publishDraft({ versionId, lockVersion })
              : kind === "correct"
                ? await correctVersion({ versionId })
                : await discardDraft({ versionId, lockVersion });
        } finally {
          inFlight.current = false;
        }
      },
      { onSuccess: done, onError: refusedButDone, unreachable: UNREACHABLE },
    );
  }

  /** A refusal that means the step happened already (the double click): say so and go on. */
  function refusedButDone(error: ActionError): boolean {
    const current = error.details?.current;
    const row = current && typeof current === "object" && !Array.isArray(current) ? current : null;
    if (kind === "publish" && row?.alreadyPublished === true) {
      // The double click: the first request published it. Nothing to do but say so.
      setNotice({ kind: "info", text: error.message });
      router.refresh();
      return true;
    }
    if (kind === "correct" && typeof row?.correctionId === "number") {
      setNotice({ kind: "info", text: `${error.message} Opening it…` });
      router.push(`/editor/drafts/${row.correctionId}`);
      return true;
    }
    return false;
  }

  function done(result: unknown) {
    const data = result as { versionId?: number; links?: number; kept?: number; slug?: string };
    switch (kind) {
      case "align":
        setNotice({ kind: "ok", text: `The aligner proposed links: ${data.links ?? 0} in all, ${data.kept ?? 0} of them your decisions, kept.` });
        router.refresh();
        return;
      case "publish":
        setNotice({ kind: "ok", text: "Published. Readers see it now." });
        router.push(`/versions/${data.slug ?? slug ?? ""}?published=1`);
        return;
      case "correct":
        setNotice({ kind: "ok", text: "Correction started: a new revision, as a draft." });
        router.push(`/editor/drafts/${data.versionId}`);
        return;
      case "discard":
        router.push("/editor?discarded=1");
        return;
    }
  }

  const style = kind === "publish" ? PRIMARY : kind === "discard" ? DANGER : BUTTON;
  return (
    <div className="space-y-2">
      <button type="button" onClick={onClick} disabled={pending} aria-disabled={pending} className={style} data-testid={`action-${kind}`}>
        {pending ? "Working…" : armed ? "Click again to discard" : label}
      </button>
      <NoticeLine notice={notice} testId={`action-${kind}-notice`} fields={[["title", "Title"], ["state", "State"], ["lockVersion", "Row version"]]} />
    </div>
  );
}
