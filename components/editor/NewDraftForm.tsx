"use client";

import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { createDraft } from "@/app/editor/actions";
import { EMPTY_SOURCE, fillFromFrontMatter, sourceMetaFrom, versionMetaFrom, type SourceFormValues, type VersionFormValues } from "@/lib/editor/form-values";
import { pointsProblem } from "@/lib/editor/points";
import { checkText, markupNotice } from "@/lib/editor/text-input";
import { parseRendition, splitFrontMatter } from "@/lib/parse";
import { draftCreateSchema } from "@/lib/schemas/editor";
import { PRIMARY } from "./Field";
import { SourceFields, VersionFields, type Choice } from "./MetaFields";
import { issuesByPath, NoticeLine } from "./Notice";
import { TextSource } from "./TextSource";
import { UNREACHABLE_OR_TOO_LARGE, useEditorAction } from "./useEditorAction";

/**
 * Per account: an unsaved leak in one editor's browser session is not shown to the next person who
 * signs in there. (v1 was shared by every account; it is removed on sight.)
 */
const storageKey = (userId: string) => `pointwise:new-draft:v2:${userId}`;
const LEGACY_STORAGE_KEY = "pointwise:new-draft:v1";
/** The live preview parses as the editor types up to this size; a longer text is parsed on saving. */
const LIVE_PARSE_LIMIT = 150_000;

interface Saved {
  text: string;
  version: VersionFormValues;
  source: SourceFormValues;
}

/**
 * Step 1 of a new draft: the text (pasted or loaded) and what it is. Checked here with the same rules as
 * on the server (lib/schemas/editor.ts), with a live look at what the parser finds; "Save draft" stores
 * the version, its source and its parsed clauses, and the next steps work on what was stored. Until
 * then the form keeps itself in this browser (localStorage), so a reload does not lose a long paste.
 */
export function NewDraftForm({ userId, plans, respondable, defaults }: { userId: string; plans: Choice[]; respondable: Choice[]; defaults: VersionFormValues }) {
  const STORAGE_KEY = storageKey(userId);
  const id = useId();
  const router = useRouter();
  const [text, setText] = useState("");
  const [version, setVersion] = useState<VersionFormValues>(defaults);
  const [source, setSource] = useState<SourceFormValues>(EMPTY_SOURCE);
  const restored = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const action = useEditorAction({ form: formRef });
  const { errors, setErrors, notice, setNotice, pending } = action;

  // Restore an unsaved form once, then keep it saved as the editor works.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    try {
      window.localStorage.removeItem(LEGACY_STORAGE_KEY);
      const raw = window.localStorage.getItem(STORAGE_KEY);
      if (!raw) return;
      const saved = JSON.parse(raw) as Partial<Saved>;
      if (typeof saved.text === "string" && (saved.text || saved.version?.title)) {
        setText(saved.text);
        if (saved.version) setVersion({ ...defaults, ...saved.version });
        if (saved.source) setSource({ ...EMPTY_SOURCE, ...saved.source });
        setNotice({ kind: "info", text: "Restored the text and details you had not saved yet (kept in this browser)." });
      }
    } catch {
      // A full or disabled storage only means no restore.
    }
  }, [defaults, STORAGE_KEY]);
  useEffect(() => {
    if (!restored.current) return;
    const timer = window.setTimeout(() => {
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ text, version, source } satisfies Saved));
      } catch {
        // Too big for this browser's storage: the form still works, it only will not survive a reload.
      }
    }, 400);
    return () => window.clearTimeout(timer);
  }, [text, version, source, STORAGE_KEY]);

  const deferred = useDeferredValue(text);
  const preview = useMemo(() => livePreview(deferred), [deferred]);

  function onText(next: string, origin: "type" | "upload") {
    setText(next);
    setErrors(({ text: _drop, ...rest }) => rest);
    // Front matter fills the fields the editor has left empty (on upload, or on a paste that starts with it).
    if (origin === "upload" || (next.startsWith("---") && !text)) {
      try {
        const { meta } = splitFrontMatter(next);
        const filled = fillFromFrontMatter(meta, version, source);
        if (filled.filled.length) {
          setVersion(filled.version);
          setSource(filled.source);
          setNotice({ kind: "info", text: `Filled from the file's front matter: ${filled.filled.join(", ")}.` });
        }
      } catch {
        // The preview reports invalid front matter.
      }
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { version: versionMetaFrom(version), source: sourceMetaFrom(source), text };
    if (!action.check(draftCreateSchema, input, "Some fields need attention; see the messages below each field.")) return;
    setNotice({ kind: "info", text: "Parsing and saving…" });
    action.run(() => createDraft(input), {
      onSuccess: (data) => {
        try {
          window.localStorage.removeItem(STORAGE_KEY);
        } catch {
          // Nothing to clear.
        }
        setNotice({ kind: "ok", text: `Saved as a draft: ${data.clauses} clauses. Opening the clause review…` });
        router.push(`/editor/drafts/${data.versionId}/clauses`);
      },
      // Field errors from the server: shown like the form's own check (an Invalid notice, the first field focused).
      onError: (error) => {
        const byPath = issuesByPath(error);
        if (!Object.keys(byPath).length) return false;
        action.invalid(byPath, error.message);
        return true;
      },
      // The request itself failed (too large for the server, or the network): nothing was saved.
      unreachable: UNREACHABLE_OR_TOO_LARGE,
    });
  }

  function clearForm() {
    setText("");
    setVersion(defaults);
    setSource(EMPTY_SOURCE);
    setErrors({});
    setNotice(null);
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to clear.
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} className="grid gap-10 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)]">
      <h2 id={`${id}-title`} className="sr-only">
        New draft
      </h2>
      <section aria-labelledby={`${id}-text`} className="min-w-0">
        <h3 id={`${id}-text`} className="mb-3 font-serif text-xl font-semibold">
          The text
        </h3>
        <TextSource id={`${id}-source-text`} label="Text of the draft" value={text} onChange={onText} error={errors.text} rows={18} />
        <ParsePreview preview={preview} />
      </section>

      <div className="min-w-0 space-y-10">
        <section aria-labelledby={`${id}-version`}>
          <h3 id={`${id}-version`} className="mb-3 font-serif text-xl font-semibold">
            What it is
          </h3>
          <VersionFields values={version} onChange={(field, value) => setVersion((v) => ({ ...v, [field]: value }))} errors={errors} plans={plans} respondable={respondable} />
        </section>
        <section aria-labelledby={`${id}-source`}>
          <h3 id={`${id}-source`} className="mb-3 font-serif text-xl font-semibold">
            Where the text comes from
          </h3>
          <SourceFields values={source} onChange={(field, value) => setSource((s) => ({ ...s, [field]: value }))} errors={errors} />
        </section>
        <div className="space-y-3 border-t border-rule pt-5">
          <NoticeLine notice={notice} testId="new-draft-notice" />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={pending} className={PRIMARY}>
              {pending ? "Saving…" : "Parse and save draft"}
            </button>
            <button type="button" onClick={clearForm} disabled={pending} className="font-sans text-sm text-muted underline hover:text-ink">
              Clear the form
            </button>
          </div>
          <p className="font-sans text-xs text-muted">Saved drafts are visible to editors only, until one of them publishes it.</p>
        </div>
      </div>
    </form>
  );
}

type Preview =
  | { state: "empty" }
  | { state: "problem"; message: string }
  | { state: "large"; bytes: number }
  | { state: "parsed"; points: number; subPoints: number; warnings: Array<{ line: number; message: string }>; markup: string | null; frontMatter: number };

function livePreview(text: string): Preview {
  if (text === "") return { state: "empty" };
  const problem = checkText(text);
  if (problem) return { state: "problem", message: problem.message };
  if (text.length > LIVE_PARSE_LIMIT) return { state: "large", bytes: text.length };
  let body = text;
  let frontMatter = 0;
  try {
    const split = splitFrontMatter(text);
    body = split.body;
    frontMatter = Object.keys(split.meta).length;
  } catch (error) {
    return { state: "problem", message: `The front matter is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : ""}` };
  }
  const result = parseRendition(body);
  // The server's rule, with the report-collection case (quotes between ⟦ ⟧) read the way the collation reads it.
  const noPoints = pointsProblem(result, (body.match(/⟦/g) ?? []).length >= 2);
  if (noPoints) return { state: "problem", message: noPoints };
  return {
    state: "parsed",
    points: result.clauses.filter((c) => c.parent === null).length,
    subPoints: result.clauses.filter((c) => c.parent !== null).length,
    warnings: result.warnings.map((w) => ({ line: w.line, message: w.message })),
    markup: markupNotice(body),
    frontMatter,
  };
}

function ParsePreview({ preview }: { preview: Preview }) {
  return (
    <div className="mt-4 rounded-md border border-rule bg-raised px-4 py-3 font-sans text-sm" aria-live="polite" data-testid="parse-preview">
      <p className="font-semibold">What the parser sees</p>
      {preview.state === "empty" && <p className="mt-1 text-muted">Nothing yet: paste the text or load a file.</p>}
      {preview.state === "problem" && <p className="mt-1 font-medium text-struck">{preview.message}</p>}
      {preview.state === "large" && <p className="mt-1 text-muted">A long text: it is parsed when you save, and you review every clause in the next step.</p>}
      {preview.state === "parsed" && (
        <>
          <p className="mt-1">
            {preview.points === 0 ? (
              <span className="font-medium text-struck">No points found yet.</span>
            ) : (
              <>
                <strong>{preview.points}</strong> point{preview.points === 1 ? "" : "s"}
                {preview.subPoints > 0 && (
                  <>
                    {" "}
                    with <strong>{preview.subPoints}</strong> sub-point{preview.subPoints === 1 ? "" : "s"}
                  </>
                )}
                {preview.frontMatter > 0 && <span className="text-muted"> · front matter with {preview.frontMatter} field(s), kept as the source's metadata</span>}
              </>
            )}
          </p>
          {preview.markup && <p className="mt-1 text-reported">{preview.markup}</p>}
          {preview.warnings.length > 0 && (
            <details className="mt-1">
              <summary className="text-accent">
                {preview.warnings.length} warning{preview.warnings.length === 1 ? "" : "s"} to check in the next step
              </summary>
              <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted">
                {preview.warnings.slice(0, 20).map((w, i) => (
                  <li key={i} dir="auto">
                    Line {w.line}: {w.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}
