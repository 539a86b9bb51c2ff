"use client";

import { useId } from "react";
import type { SourceFormValues, VersionFormValues } from "@/lib/editor/form-values";
import { slugPreview } from "@/lib/editor/form-values";
import { SOURCE_KIND_CHOICES, SOURCE_KINDS, VERSION_STATUS_LABEL, VERSION_STATUSES } from "@/lib/schemas/editor";
import { describedBy, Field, INPUT } from "./Field";

export interface Choice {
  id: number;
  label: string;
}

/** What a version is: the catalogue's fields. Controlled; errors by schema path ("version.title"). */
export function VersionFields({
  values,
  onChange,
  errors,
  plans,
  respondable,
  prefix = "version.",
  selfId,
}: {
  values: VersionFormValues;
  onChange: (field: keyof VersionFormValues, value: string) => void;
  errors: Record<string, string>;
  plans: Choice[];
  respondable: Choice[];
  prefix?: string;
  /** The version being edited, left out of "responds to". */
  selfId?: number;
}) {
  const id = useId();
  const f = (field: keyof VersionFormValues) => `${id}-${field}`;
  const err = (field: keyof VersionFormValues) => errors[`${prefix}${field}`];
  const set = (field: keyof VersionFormValues) => (e: { target: { value: string } }) => onChange(field, e.target.value);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {plans.length > 1 && (
        <Field id={f("planId")} label="Plan" error={err("planId")} className="sm:col-span-2">
          <select id={f("planId")} value={values.planId} onChange={set("planId")} className={INPUT} aria-invalid={err("planId") ? true : undefined} aria-describedby={describedBy(f("planId"), false, err("planId"))}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={f("title")} label="Title" hint="As the version is known, e.g. “Revised framework (Kyiv, January 2026)”." error={err("title")} className="sm:col-span-2">
        <input id={f("title")} name="title" dir="auto" value={values.title} onChange={set("title")} className={INPUT} aria-invalid={err("title") ? true : undefined} aria-describedby={describedBy(f("title"), true, err("title"))} />
      </Field>
      <Field id={f("party")} label="Party" hint="Who wrote or proposed it." error={err("party")}>
        <input id={f("party")} name="party" dir="auto" value={values.party} onChange={set("party")} className={INPUT} aria-invalid={err("party") ? true : undefined} aria-describedby={describedBy(f("party"), true, err("party"))} />
      </Field>
      <Field id={f("date")} label="Date of the draft" hint="The draft's own date, not the day it leaked." error={err("date")}>
        <input id={f("date")} name="date" type="date" value={values.date} onChange={set("date")} className={INPUT} aria-invalid={err("date") ? true : undefined} aria-describedby={describedBy(f("date"), true, err("date"))} />
      </Field>
      <Field id={f("status")} label="How it reached the public" error={err("status")}>
        <select id={f("status")} name="status" value={values.status} onChange={set("status")} className={INPUT} aria-invalid={err("status") ? true : undefined}>
          {VERSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {VERSION_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={f("kind")} label="Kind" error={err("kind")}>
        <select id={f("kind")} name="kind" value={values.kind} onChange={set("kind")} className={INPUT}>
          <option value="draft">A draft of the plan</option>
          <option value="related">A related document</option>
        </select>
      </Field>
      <Field id={f("respondsToId")} label="Responds to" hint="The version it answers; the aligner links its points to that version's." optional error={err("respondsToId")} className="sm:col-span-2">
        <select id={f("respondsToId")} name="respondsToId" value={values.respondsToId} onChange={set("respondsToId")} className={INPUT} aria-invalid={err("respondsToId") ? true : undefined} aria-describedby={describedBy(f("respondsToId"), true, err("respondsToId"))}>
          <option value="">— none —</option>
          {respondable
            .filter((r) => r.id !== selfId)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
        </select>
      </Field>
      <Field id={f("slug")} label="Slug" hint="Its address: /versions/<slug>. Left empty, it is made from the title." optional error={err("slug")}>
        <input id={f("slug")} name="slug" value={values.slug} placeholder={slugPreview(values)} onChange={set("slug")} className={`${INPUT} font-mono text-sm`} aria-invalid={err("slug") ? true : undefined} aria-describedby={describedBy(f("slug"), true, err("slug"))} />
      </Field>
      <Field id={f("pointCount")} label="Number of points" hint="When the full count is known (e.g. 28), points no source gives are kept as “not recovered”." optional error={err("pointCount")}>
        <input id={f("pointCount")} name="pointCount" inputMode="numeric" value={values.pointCount} onChange={set("pointCount")} className={INPUT} aria-invalid={err("pointCount") ? true : undefined} aria-describedby={describedBy(f("pointCount"), true, err("pointCount"))} />
      </Field>
      <Field id={f("summary")} label="Summary" optional error={err("summary")} className="sm:col-span-2">
        <textarea id={f("summary")} name="summary" dir="auto" rows={2} value={values.summary} onChange={set("summary")} className={INPUT} aria-invalid={err("summary") ? true : undefined} />
      </Field>
    </div>
  );
}

/** Who printed the text, and what kind of witness it is. */
export function SourceFields({
  values,
  onChange,
  errors,
  prefix = "source.",
}: {
  values: SourceFormValues;
  onChange: (field: keyof SourceFormValues, value: string) => void;
  errors: Record<string, string>;
  prefix?: string;
}) {
  const id = useId();
  const f = (field: keyof SourceFormValues) => `${id}-${field}`;
  const set = (field: keyof SourceFormValues) => (e: { target: { value: string } }) => onChange(field, e.target.value);
  const err = (field: keyof SourceFormValues) => errors[`${prefix}${field}`];
  // A bad URL is reported on its index ("source.urls.1"): shown under the URL field.
  const urlError = err("urls") ?? Object.entries(errors).find(([path]) => path.startsWith(`${prefix}urls.`))?.[1];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id={f("outlet")} label="Outlet" hint="Who printed this text: a newspaper, agency, channel or site." error={err("outlet")}>
        <input id={f("outlet")} name="outlet" dir="auto" value={values.outlet} onChange={set("outlet")} className={INPUT} aria-invalid={err("outlet") ? true : undefined} aria-describedby={describedBy(f("outlet"), true, err("outlet"))} />
      </Field>
      <Field id={f("kind")} label="Kind of text" error={err("kind")}>
        <select id={f("kind")} name="sourceKind" value={values.kind} onChange={set("kind")} className={INPUT}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_CHOICES[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={f("urls")} label="URLs" hint="Where the text was found: http:// or https:// addresses, one per line." optional error={urlError} className="sm:col-span-2">
        <textarea id={f("urls")} name="urls" rows={2} value={values.urls} onChange={set("urls")} className={`${INPUT} font-mono text-sm`} aria-invalid={urlError ? true : undefined} aria-describedby={describedBy(f("urls"), true, urlError)} />
      </Field>
      <Field id={f("language")} label="Language" hint="A code such as en, uk, ru, de. Left empty, it is detected from the text." optional error={err("language")}>
        <input id={f("language")} name="language" value={values.language} onChange={set("language")} className={`${INPUT} font-mono text-sm`} aria-invalid={err("language") ? true : undefined} aria-describedby={describedBy(f("language"), true, err("language"))} />
      </Field>
      <Field id={f("title")} label="Title of the page or article" optional error={err("title")}>
        <input id={f("title")} name="sourceTitle" dir="auto" value={values.title} onChange={set("title")} className={INPUT} />
      </Field>
    </div>
  );
}
