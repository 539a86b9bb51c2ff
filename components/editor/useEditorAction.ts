"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type RefObject } from "react";
import type { ActionError, ActionResult } from "@/lib/server/errors";
import { issuesByPath, noticeFrom, signInAgain, type Notice } from "./Notice";

/** What a form says when the request itself failed (no answer, or an error page instead of one). */
export const UNREACHABLE = "The server could not be reached. Nothing was saved; try again.";
/** The same, for forms that send a whole text: the request may also have been over the size limit. */
export const UNREACHABLE_OR_TOO_LARGE =
  "The server did not answer: a network problem, a request over the limit (1 MB of text), or an error on our side. Nothing was saved; try again.";

/** A schema's client-side check, as zod answers it (the same schemas the server checks with). */
interface Checkable {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export interface RunOptions<T> {
  /** After a successful answer (field errors are cleared first). `saved(text)` is the usual "say so and reload the page's data". */
  onSuccess: (data: T) => void;
  /**
   * A refused answer this form treats in its own way; return true when handled. Not called for
   * Unauthenticated (always a trip to the sign-in page). Otherwise the field errors and the notice
   * come from the answer.
   */
  onError?: (error: ActionError) => boolean;
  /**
   * The notice when the request itself throws (network, size limit, server error page). Without it
   * the throw is left to the error boundary.
   */
  unreachable?: string;
}

/**
 * How an editor form calls a server action: one pending flag, the field errors and the notice line,
 * a signed-out editor sent to sign in and back, a refused answer shown field by field and as a
 * notice. `check` runs the server's schema first, so obvious mistakes never leave the browser.
 * With `form`, an invalid field found by `check` or `invalid` gets the focus.
 */
export function useEditorAction({ form }: { form?: RefObject<HTMLFormElement | null> } = {}) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();

  /** Field errors and an Invalid notice; the first invalid control of `form` gets the focus. */
  function invalid(next: Record<string, string>, text: string) {
    setErrors(next);
    setNotice({ kind: "error", code: "Invalid", text });
    if (form) window.requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
  }

  /** The client-side check: true (and no field errors) when `input` passes, else the errors are shown. */
  function check(schema: Checkable, input: unknown, message?: string): boolean {
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      return true;
    }
    const next: Record<string, string> = {};
    for (const issue of parsed.error.issues) next[issue.path.map(String).join(".")] ??= issue.message;
    invalid(next, message ?? parsed.error.issues[0]?.message ?? "Check the fields.");
    return false;
  }

  function run<T>(call: () => Promise<ActionResult<T>>, { onSuccess, onError, unreachable }: RunOptions<T>) {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await call();
      } catch (error) {
        if (unreachable === undefined) throw error;
        setNotice({ kind: "error", code: "Internal", text: unreachable });
        return;
      }
      if (result.error) {
        if (result.error.code === "Unauthenticated") return signInAgain();
        if (onError?.(result.error)) return;
        setErrors(issuesByPath(result.error));
        setNotice(noticeFrom(result.error));
        return;
      }
      setErrors({});
      onSuccess(result.data);
    });
  }

  /** Done: say so and show the page with the stored data. */
  function saved(text: string) {
    setNotice({ kind: "ok", text });
    router.refresh();
  }

  /** After a Conflict: drop the notice and show the row as it is now. */
  function reload() {
    setNotice(null);
    router.refresh();
  }

  const conflict = notice?.kind === "error" && notice.code === "Conflict";
  return { errors, setErrors, notice, setNotice, pending, conflict, check, invalid, run, saved, reload };
}
