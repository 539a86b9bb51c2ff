"use client";

import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { addRendition, previewRendition } from "@/app/editor/actions";
import { EMPTY_SOURCE, sourceMetaFrom, type SourceFormValues } from "@/lib/editor/form-values";
import type { RenditionPreview } from "@/lib/server/actions/renditions";
import { renditionInputSchema } from "@/lib/schemas/editor";
import { BUTTON, PRIMARY } from "./Field";
import { SourceFields } from "./MetaFields";
import { NoticeLine } from "./Notice";
import { TextSource } from "./TextSource";
import { useEditorAction } from "./useEditorAction";

const ACTION_LABEL = {
  fill: "Fills the point (not recovered so far)",
  upgrade: "Replaces a less solid text (kept as a reading)",
  reading: "Added as another reading",
} as const;

/**
 * Another outlet's text of an existing version: paste it, say who printed it, preview which of the
 * version's points each of its points lands on (and which unrecovered points it fills), then add it.
 * The preview and the save run the same matching on the server; nothing is written before "Add".
 */
export function RenditionForm({ versionId, versionSlug }: { versionId: number; versionSlug: string }) {
  const id = useId();
  const [text, setText] = useState("");
  const [source, setSource] = useState<SourceFormValues>(EMPTY_SOURCE);
  const [preview, setPreview] = useState<RenditionPreview | null>(null);
  const [added, setAdded] = useState<{ filled: number; upgraded: number; readings: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const action = useEditorAction({ form: formRef });
  const { errors, notice, setNotice, pending } = action;

  function input() {
    return { versionId, source: sourceMetaFrom(source), text };
  }

  const check = () => action.check(renditionInputSchema, input());

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check()) return;
    setNotice({ kind: "info", text: "Matching…" });
    action.run(() => previewRendition(input()), {
      onSuccess: (data) => {
        setPreview(data);
        const fills = data.matches.filter((m) => m.action === "fill").length;
        setNotice(
          data.matches.length
            ? { kind: "info", text: `${data.matches.length} point(s) matched${fills ? `, ${fills} of them not recovered so far` : ""}. Check the matches, then add the rendition.` }
            : { kind: "error", code: "Invalid", text: "None of its points matches a point of this version: check that it is a text of this version." },
        );
      },
      // A refused preview is no preview: the errors and the notice as usual.
      onError: () => (setPreview(null), false),
    });
  }

  function onAdd() {
    if (!check()) return;
    action.run(() => addRendition(input()), {
      onSuccess: (data) => {
        setAdded(data);
        setPreview(null);
        // The page's own lists (points not recovered, sources so far) are read again.
        action.saved(
          `Added: ${data.filled} point(s) filled, ${data.upgraded} upgraded, ${data.readings} kept as other readings${data.unmatched ? `; ${data.unmatched} item(s) matched nothing and stay in the source text` : ""}.`,
        );
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={onPreview} noValidate className="grid gap-10 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)]" aria-label="Add a rendition">
      <div className="min-w-0">
        <TextSource id={`${id}-text`} label="The rendition's text" value={text} onChange={(t) => (setText(t), setPreview(null), setAdded(null))} error={errors.text} rows={14} />
      </div>
      <div className="min-w-0 space-y-6">
        <SourceFields values={source} onChange={(field, value) => (setSource((s) => ({ ...s, [field]: value })), setPreview(null))} errors={errors} />
        <NoticeLine notice={notice} testId="rendition-notice" />
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={BUTTON} disabled={pending}>
            {pending && !preview ? "Matching…" : "Preview matches"}
          </button>
          <button type="button" className={PRIMARY} disabled={pending || !preview || preview.matches.length === 0} onClick={onAdd}>
            {pending && preview ? "Adding…" : "Add rendition"}
          </button>
        </div>
        {added && (
          <p className="font-sans text-sm">
            <Link href={`/versions/${versionSlug}`}>See the version as readers see it →</Link>
          </p>
        )}
      </div>
      {preview && (
        <section aria-labelledby={`${id}-preview`} className="lg:col-span-2" data-testid="rendition-preview">
          <h2 id={`${id}-preview`} className="font-serif text-xl font-semibold">
            What adding it would do
          </h2>
          <p className="mt-1 font-sans text-sm text-muted">
            {preview.numbering === "version"
              ? "Its points are numbered as the version's: matched by number."
              : preview.numbering === "own"
                ? "Its order is not the version's: its points were matched by wording."
                : "A collection of press reports: each item is attached to the points it names."}{" "}
            Language: {preview.language}.{preview.duplicateOf && <strong className="text-struck"> This exact text is already a source ({preview.duplicateOf}).</strong>}
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse font-sans text-sm">
              <thead>
                <tr className="border-b border-rule text-left text-muted">
                  <th scope="col" className="py-2 pr-3">Point</th>
                  <th scope="col" className="py-2 pr-3">Effect</th>
                  <th scope="col" className="py-2">Text of the rendition</th>
                </tr>
              </thead>
              <tbody>
                {preview.matches.map((m) => (
                  <tr key={m.clauseKey} className="border-b border-rule align-top" data-testid="rendition-match" data-key={m.clauseKey} data-action={m.action}>
                    <th scope="row" className="py-2 pr-3 text-left tabular-nums">
                      {m.clauseKey}
                    </th>
                    <td className="py-2 pr-3">
                      <span className={m.action === "fill" ? "font-semibold text-verbatim" : ""}>{ACTION_LABEL[m.action]}</span>
                      <span className="block text-xs text-muted">
                        {m.currentEvidence} → {m.action === "reading" ? m.currentEvidence : m.evidence}
                      </span>
                    </td>
                    <td className="py-2 font-serif text-base" dir="auto">
                      {m.text.length > 400 ? `${m.text.slice(0, 400)}…` : m.text}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.unmatched.length > 0 && (
            <div className="mt-3 font-sans text-sm">
              <p className="font-semibold">Matches no point ({preview.unmatched.length}): kept in the source text only</p>
              <ul className="mt-1 list-disc pl-5 text-muted">
                {preview.unmatched.slice(0, 20).map((u) => (
                  <li key={u.key} dir="auto">
                    {u.label || u.key} {u.text.slice(0, 160)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </form>
  );
}
