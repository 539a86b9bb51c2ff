"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { replaceDraftText, updateDraft, updateSource } from "@/app/editor/actions";
import { sourceMetaFrom, versionMetaFrom, type SourceFormValues, type VersionFormValues } from "@/lib/editor/form-values";
import { draftUpdateSchema, sourceUpdateSchema } from "@/lib/schemas/editor";
import { BUTTON, DANGER } from "./Field";
import { SourceFields, VersionFields, type Choice } from "./MetaFields";
import { NoticeLine } from "./Notice";
import { TextSource } from "./TextSource";
import { UNREACHABLE_OR_TOO_LARGE, useEditorAction } from "./useEditorAction";

const VERSION_FIELDS = [
  ["title", "Title"],
  ["party", "Party"],
  ["date", "Date"],
  ["status", "Status"],
  ["slug", "Slug"],
  ["respondsToId", "Responds to (id)"],
  ["lockVersion", "Revision of the row"],
] as const;

const SOURCE_FIELDS = [
  ["outlet", "Outlet"],
  ["kind", "Kind"],
  ["language", "Language"],
  ["urls", "URLs"],
] as const;

/** The draft's details, saved with the lockVersion they were loaded with (a stale save shows what changed). */
export function DraftDetailsForm({
  versionId,
  lockVersion,
  initial,
  plans,
  respondable,
}: {
  versionId: number;
  lockVersion: number;
  initial: VersionFormValues;
  plans: Choice[];
  respondable: Choice[];
}) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const action = useEditorAction();
  const { errors, notice, pending } = action;
  // After a save (or "load current"), the page re-renders with the stored row: take its values.
  useEffect(() => setValues(initial), [lockVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { versionId, lockVersion, version: versionMetaFrom(values) };
    if (!action.check(draftUpdateSchema, input)) return;
    action.run(() => updateDraft(input), { onSuccess: () => action.saved("Saved.") });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} className="space-y-4">
      <h2 id={`${id}-h`} className="font-serif text-xl font-semibold">
        The version
      </h2>
      <VersionFields values={values} onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))} errors={errors} plans={plans} respondable={respondable} selfId={versionId} />
      <NoticeLine notice={notice} fields={VERSION_FIELDS} testId="details-notice" />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Saving…" : "Save details"}
        </button>
        {action.conflict && (
          <button type="button" className={BUTTON} onClick={action.reload}>
            Load the current details
          </button>
        )}
      </div>
    </form>
  );
}

export function SourceForm({ sourceId, lockVersion, initial }: { sourceId: number; lockVersion: number; initial: SourceFormValues }) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const action = useEditorAction();
  const { errors, notice, pending } = action;
  useEffect(() => setValues(initial), [lockVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { sourceId, lockVersion, source: sourceMetaFrom(values) };
    if (!action.check(sourceUpdateSchema, input)) return;
    action.run(() => updateSource(input), { onSuccess: () => action.saved("Saved.") });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} className="space-y-4">
      <h2 id={`${id}-h`} className="font-serif text-xl font-semibold">
        The source
      </h2>
      <SourceFields values={values} onChange={(field, value) => setValues((v) => ({ ...v, [field]: value }))} errors={errors} />
      <NoticeLine notice={notice} fields={SOURCE_FIELDS} testId="source-notice" />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Saving…" : "Save source"}
      </button>
    </form>
  );
}

/** Replace the draft's text: it is parsed again and the clauses follow (clause edits made so far are replaced). */
export function ReplaceTextForm({ versionId, sourceId, lockVersion, current }: { versionId: number; sourceId: number; lockVersion: number; current: string }) {
  const id = useId();
  const [text, setText] = useState(current);
  const [confirmed, setConfirmed] = useState(false);
  const action = useEditorAction();
  const { errors, notice, pending } = action;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    action.run(() => replaceDraftText({ versionId, sourceId, lockVersion, text }), {
      onSuccess: (data) => {
        setConfirmed(false);
        action.saved(`Replaced: ${data.clauses} clauses parsed from the new text.`);
      },
      unreachable: UNREACHABLE_OR_TOO_LARGE,
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} className="space-y-3">
      <h2 id={`${id}-h`} className="font-serif text-xl font-semibold">
        Replace the text
      </h2>
      <p className="font-sans text-sm text-muted">
        For a wrong or incomplete paste. The new text is stored as this source&apos;s text and parsed again; clauses whose number stays keep their
        links, your edits to clauses are replaced.
      </p>
      <TextSource id={`${id}-text`} label="New text" value={text} onChange={(t) => setText(t)} error={errors.text} rows={10} />
      <label className="flex items-start gap-2 font-sans text-sm">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-1 size-4" />
        <span>I understand that my changes to this draft&apos;s clauses are replaced by the new parse.</span>
      </label>
      <NoticeLine notice={notice} testId="replace-notice" />
      <button type="submit" disabled={pending || !confirmed} className={DANGER}>
        {pending ? "Replacing…" : "Replace text and parse again"}
      </button>
    </form>
  );
}
