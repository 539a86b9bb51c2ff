"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { editClause, levelClause, mergeClause, removeClause, splitClause } from "@/app/editor/actions";
import type { ActionResult } from "@/lib/server/errors";
import type { ClauseRow } from "@/lib/server/queries/editor";
import { BUTTON, DANGER, INPUT } from "./Field";
import { NoticeLine } from "./Notice";
import { UNREACHABLE, useEditorAction } from "./useEditorAction";

const CURRENT_FIELDS = [
  ["key", "Key"],
  ["label", "Label"],
  ["text", "Text"],
  ["parentKey", "Sub-point of"],
] as const;

/**
 * One clause of a draft under review: its printed label and its text, editable in place, and the
 * structural fixes — split at the cursor, merge with the next clause, indent under the point before,
 * outdent, remove. Every change goes to the server with the lockVersion this row was rendered with;
 * if someone else changed the clause meanwhile, the row says so and shows the clause as it is now.
 *
 * Keyboard: everything is a button or a field in order; in the text, Ctrl+Enter saves and
 * Ctrl+Shift+Enter splits at the cursor.
 */
export function ClauseEditor({ clause, editable, sourceLine }: { clause: ClauseRow; editable: boolean; sourceLine?: number | undefined }) {
  const id = useId();
  const [label, setLabel] = useState(clause.label);
  const [text, setText] = useState(clause.text);
  const [caret, setCaret] = useState<number | null>(null);
  const [armedRemove, setArmedRemove] = useState(false);
  const action = useEditorAction();
  const { notice, setNotice, pending } = action;
  const textRef = useRef<HTMLTextAreaElement>(null);

  // The page re-renders after every save with the stored row: take it (the lockVersion moved on).
  useEffect(() => {
    setLabel(clause.label);
    setText(clause.text);
    setCaret(null);
  }, [clause.lockVersion, clause.label, clause.text]);
  useEffect(() => {
    if (!armedRemove) return;
    const t = window.setTimeout(() => setArmedRemove(false), 5000);
    return () => window.clearTimeout(t);
  }, [armedRemove]);

  const dirty = label !== clause.label || text !== clause.text;
  const canSplit = !dirty && caret !== null && caret > 0 && caret < clause.text.length;

  function run<T>(call: () => Promise<ActionResult<T>>, done: (data: T) => string) {
    setNotice(null);
    action.run(call, { onSuccess: (data) => action.saved(done(data)), unreachable: UNREACHABLE });
  }

  const save = () => run(() => editClause({ clauseId: clause.id, lockVersion: clause.lockVersion, label, text }), () => "Saved.");
  const split = () =>
    caret !== null &&
    run(
      () => splitClause({ clauseId: clause.id, lockVersion: clause.lockVersion, offset: caret }),
      (data) => `Split: the text after the cursor is now clause ${data.created?.key ?? "below"}.`,
    );

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (event.shiftKey) {
      if (canSplit) split();
      else setNotice({ kind: "info", text: dirty ? "Save or undo your edit first: a split is made in the saved text." : "Place the cursor between two words to split there." });
    } else if (dirty) save();
  }

  const rows = Math.min(14, Math.max(2, Math.ceil(text.length / 80) + text.split("\n").length - 1));
  const nested = clause.depth === 1;
  return (
    <li
      id={`clause-${clause.key}`}
      data-testid="clause-row"
      data-key={clause.key}
      data-clause-id={clause.id}
      data-depth={clause.depth}
      className={`scroll-mt-24 py-4 ${nested ? "ml-6 border-l-2 border-rule pl-4 sm:ml-10" : ""}`}
    >
      <div className="flex flex-wrap items-end gap-3 font-sans">
        <span className="inline-flex h-9 min-w-10 items-center justify-center rounded-md bg-unknown-soft px-2 text-sm font-bold tabular-nums" title="Key: derived from the label and the structure">
          <span className="sr-only">{nested ? "Sub-point" : "Point"} </span>
          {clause.key}
        </span>
        <div>
          <label htmlFor={`${id}-label`} className="block text-xs font-semibold text-muted">
            Label as printed
          </label>
          <input
            id={`${id}-label`}
            value={label}
            dir="auto"
            disabled={!editable}
            onChange={(e) => setLabel(e.target.value)}
            className={`${INPUT} mt-0.5 w-28 py-1 font-mono text-sm`}
            data-testid="clause-label"
          />
        </div>
        {sourceLine !== undefined && (
          <a href={`#src-line-${sourceLine}`} className="pb-2 text-xs" title="Where the parser found this clause in the source text">
            line {sourceLine}
          </a>
        )}
        {clause.evidence !== "verbatim" && <span className="pb-2 text-xs text-muted">evidence: {clause.evidence}</span>}
      </div>
      <label htmlFor={`${id}-text`} className="sr-only">
        Text of {nested ? "sub-point" : "point"} {clause.key}
      </label>
      <textarea
        id={`${id}-text`}
        ref={textRef}
        dir="auto"
        rows={rows}
        value={text}
        disabled={!editable}
        lang={clause.language ?? undefined}
        onChange={(e) => setText(e.target.value)}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-notice`}
        aria-keyshortcuts="Control+Enter Control+Shift+Enter"
        // Grows with its text where the browser can (field-sizing), so a long clause is read whole, also on a phone.
        className={`${INPUT} mt-2 min-h-16 font-serif text-base leading-relaxed [field-sizing:content]`}
        data-testid="clause-text"
      />
      {editable && (
        <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={`Change clause ${clause.key}`}>
          <button type="button" className={BUTTON} disabled={pending || !dirty} onClick={save}>
            Save
          </button>
          {dirty && (
            <button type="button" className={BUTTON} disabled={pending} onClick={() => (setLabel(clause.label), setText(clause.text))}>
              Undo edit
            </button>
          )}
          <button
            type="button"
            className={BUTTON}
            disabled={pending || !canSplit}
            onClick={split}
            title={dirty ? "Save or undo your edit first" : "Put the cursor in the text where the new clause should start"}
          >
            Split at cursor
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={pending || !clause.next || dirty}
            onClick={() =>
              clause.next &&
              run(
                () => mergeClause({ clauseId: clause.id, lockVersion: clause.lockVersion, nextId: clause.next!.id, nextLockVersion: clause.next!.lockVersion }),
                () => `Merged with ${clause.next!.key}.`,
              )
            }
          >
            Merge with next{clause.next ? ` (${clause.next.key})` : ""}
          </button>
          {nested ? (
            <button type="button" className={BUTTON} disabled={pending || dirty} onClick={() => run(() => levelClause({ clauseId: clause.id, lockVersion: clause.lockVersion, direction: "out" }), () => "Now a point of its own.")}>
              <span aria-hidden="true">←</span> Outdent
            </button>
          ) : (
            <button type="button" className={BUTTON} disabled={pending || dirty || clause.role !== "point"} onClick={() => run(() => levelClause({ clauseId: clause.id, lockVersion: clause.lockVersion, direction: "in" }), () => "Now a sub-point of the point before.")}>
              Indent <span aria-hidden="true">→</span>
            </button>
          )}
          <button
            type="button"
            className={DANGER}
            disabled={pending}
            onClick={() => (armedRemove ? (setArmedRemove(false), run(() => removeClause({ clauseId: clause.id, lockVersion: clause.lockVersion }), () => "Removed."))  : setArmedRemove(true))}
          >
            {armedRemove ? "Click again to remove" : "Remove"}
          </button>
          {pending && <span className="self-center font-sans text-sm text-muted">Saving…</span>}
        </div>
      )}
      <div id={`${id}-notice`} className="mt-2">
        <NoticeLine notice={notice} fields={CURRENT_FIELDS} testId="clause-notice" />
        {action.conflict && (
          <>
            <p className="mt-2 font-sans text-sm text-muted">Your change was not saved; your text is still in the box above. “Load the current version” replaces it with the saved one.</p>
            <button type="button" className={`${BUTTON} mt-2`} onClick={action.reload}>
              Load the current version
            </button>
          </>
        )}
      </div>
    </li>
  );
}
