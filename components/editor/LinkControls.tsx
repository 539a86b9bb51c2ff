"use client";

import { useId, useMemo, useRef, useState } from "react";
import { reviewLink } from "@/app/editor/actions";
import type { LinkKind } from "@/lib/align/types";
import { KIND_LABEL } from "@/lib/compare/labels";
import { kindsFor, linkShapeProblem } from "@/lib/editor/link-shape";
import type { LinkReviewInput } from "@/lib/schemas/editor";
import { BUTTON, DANGER, INPUT } from "./Field";
import { NoticeLine } from "./Notice";
import { UNREACHABLE, useEditorAction } from "./useEditorAction";

export interface PointChoice {
  id: number;
  label: string;
}

const CURRENT_FIELDS = [
  ["status", "Status"],
  ["kind", "Kind"],
  ["origin", "Made by"],
] as const;

/**
 * An editor's decision on one stored link: confirm, reject, change its kind, or relink it (pick the
 * clause on either side). Sends the lockVersion the page was rendered with; a decision someone else made
 * meanwhile is shown, not overwritten. Used on the draft's links step and on the compare page.
 */
export function LinkControls({
  link,
  fromIds,
  toIds,
  fromPoints,
  toPoints,
  fromTitle,
  toTitle,
  compact = false,
}: {
  link: { id: number; lockVersion: number; kind: LinkKind; status: "proposed" | "confirmed" | "rejected"; origin: "auto" | "editor" };
  fromIds: number[];
  toIds: number[];
  fromPoints: PointChoice[];
  toPoints: PointChoice[];
  fromTitle: string;
  toTitle: string;
  compact?: boolean;
}) {
  const id = useId();
  const action = useEditorAction();
  const { notice, pending } = action;
  const [kind, setKind] = useState<LinkKind>(link.kind);
  const [relinkFrom, setRelinkFrom] = useState(fromIds.length === 1 ? String(fromIds[0]) : fromIds.length === 0 ? "" : "keep");
  const [relinkTo, setRelinkTo] = useState(toIds.length === 1 ? String(toIds[0]) : toIds.length === 0 ? "" : "keep");
  const [relinkKind, setRelinkKind] = useState<LinkKind>(link.kind);
  const kinds = useMemo(() => kindsFor(fromIds.length, toIds.length), [fromIds.length, toIds.length]);

  const sideIds = (value: string, current: number[]) => (value === "keep" ? current : value === "" ? [] : [Number(value)]);
  const newFrom = sideIds(relinkFrom, fromIds);
  const newTo = sideIds(relinkTo, toIds);
  const relinkProblem = linkShapeProblem(relinkKind, newFrom.length, newTo.length);
  const relinkKinds = kindsFor(newFrom.length, newTo.length);

  // After a decision the button pressed may be gone: keyboard focus moves to this link's controls, not to the page.
  const wrapper = useRef<HTMLDivElement>(null);
  function send(input: LinkReviewInput, done: string) {
    action.setNotice(null);
    action.run(() => reviewLink(input), {
      onSuccess: () => {
        action.saved(done);
        wrapper.current?.focus();
      },
      unreachable: UNREACHABLE,
    });
  }

  const base = { linkId: link.id, lockVersion: link.lockVersion };
  return (
    <div
      ref={wrapper}
      tabIndex={-1}
      role="group"
      aria-label="This link"
      className={`rounded-sm font-sans text-sm outline-offset-4 ${compact ? "" : "mt-3 border-t border-rule pt-3"}`}
      data-testid="link-controls"
      data-link-id={link.id}
    >
      <div className="flex flex-wrap items-end gap-2" role="group" aria-label="Decide on this link">
        {link.status !== "confirmed" && (
          <button type="button" className={BUTTON} disabled={pending} onClick={() => send({ ...base, op: "confirm" }, "Confirmed: automatic re-alignment keeps it.")}>
            ✓ Confirm
          </button>
        )}
        {link.status !== "rejected" && (
          <button type="button" className={DANGER} disabled={pending} onClick={() => send({ ...base, op: "reject" }, "Rejected: it will not be proposed again.")}>
            ✕ Reject
          </button>
        )}
        <div className="flex items-end gap-1">
          <div>
            <label htmlFor={`${id}-kind`} className="block text-xs font-semibold text-muted">
              Kind
            </label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LinkKind)} className={`${INPUT} mt-0.5 w-auto py-1 text-sm`}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={BUTTON} disabled={pending || kind === link.kind} onClick={() => send({ ...base, op: "kind", kind }, `Kind set to ${KIND_LABEL[kind]}.`)}>
            Set kind
          </button>
        </div>
      </div>
      <details className="mt-2">
        <summary className="text-accent">Relink to other clauses…</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end">
          <SidePicker id={`${id}-from`} title={fromTitle} value={relinkFrom} onChange={setRelinkFrom} linked={fromIds.length} points={fromPoints} none="— none (the point is new) —" />
          <SidePicker id={`${id}-to`} title={toTitle} value={relinkTo} onChange={setRelinkTo} linked={toIds.length} points={toPoints} none="— none (the point was dropped) —" />
          <div>
            <label htmlFor={`${id}-rkind`} className="block text-xs font-semibold text-muted">
              As
            </label>
            <select id={`${id}-rkind`} value={relinkKind} onChange={(e) => setRelinkKind(e.target.value as LinkKind)} className={`${INPUT} mt-0.5 w-auto py-1 text-sm`}>
              {[...new Set([...relinkKinds, relinkKind])].map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {relinkProblem && <p className="mt-1 text-sm text-muted">{relinkProblem}</p>}
        <button
          type="button"
          className={`${BUTTON} mt-2`}
          disabled={pending || relinkProblem !== null}
          onClick={() => send({ ...base, op: "relink", from: newFrom, to: newTo, kind: relinkKind }, "Relinked and confirmed.")}
        >
          Save link
        </button>
      </details>
      <div className="mt-2">
        <NoticeLine notice={notice} fields={CURRENT_FIELDS} testId="link-notice" />
        {action.conflict && (
          <button type="button" className={`${BUTTON} mt-2`} onClick={action.reload}>
            Load the current link
          </button>
        )}
      </div>
    </div>
  );
}

/** One side of a relink: keep the clauses linked now (when several), none, or one point of that version. */
function SidePicker({
  id,
  title,
  value,
  onChange,
  linked,
  points,
  none,
}: {
  id: string;
  title: string;
  value: string;
  onChange: (value: string) => void;
  linked: number;
  points: PointChoice[];
  none: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-semibold text-muted">
        {title}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${INPUT} mt-0.5 py-1 text-sm`}>
        {linked > 1 && <option value="keep">(keep these {linked} clauses)</option>}
        <option value="">{none}</option>
        {points.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
