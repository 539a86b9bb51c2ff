import { EvidenceBadge } from "@/components/EvidenceBadge";
import { LinkKindBadge } from "@/components/LinkKindBadge";
import { WordDiff } from "@/components/WordDiff";
import { cutAtBreak, wordDiff, type DiffPart } from "@/lib/diff";
import { sideParts } from "@/lib/diff/segments";
import type { LinkRow, LinkSideClause } from "@/lib/server/queries/editor";
import { LinkControls, type PointChoice } from "./LinkControls";

const STATUS: Record<LinkRow["status"], { label: string; style: string }> = {
  proposed: { label: "Proposed by the aligner", style: "border-dashed border-rule text-muted" },
  confirmed: { label: "Confirmed", style: "border-verbatim/40 text-verbatim" },
  rejected: { label: "Rejected", style: "border-struck/40 text-struck" },
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * One link of a draft under review: what kind the aligner says, how sure it is and why, the two texts
 * with their word diff (deleted words struck on the earlier side, inserted words underlined on the
 * draft's), and the editor's controls. Server-rendered; only the controls are a client leaf.
 */
export function LinkReviewItem({
  link,
  fromPoints,
  toPoints,
  fromTitle,
  toTitle,
  editable,
}: {
  link: LinkRow;
  fromPoints: PointChoice[];
  toPoints: PointChoice[];
  fromTitle: string;
  toTitle: string;
  editable: boolean;
}) {
  const diff = pairDiff(link.from, link.to);
  const e = link.evidence;
  return (
    <li
      data-testid="link-row"
      data-link-id={link.id}
      data-kind={link.kind}
      data-status={link.status}
      data-from={link.from.map((c) => c.key).join(",")}
      data-to={link.to.map((c) => c.key).join(",")}
      className="py-5"
    >
      <header className="flex flex-wrap items-center gap-2 font-sans text-sm">
        <LinkKindBadge kind={link.kind} />
        <span className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${STATUS[link.status].style}`} data-testid="link-status">
          {link.status === "proposed" && link.origin === "editor" ? "Made by an editor" : STATUS[link.status].label}
        </span>
        <span className="text-muted tabular-nums" title="How sure the aligner is">
          confidence {percent(link.score)}
        </span>
        <span className="ml-auto font-semibold text-muted tabular-nums">
          {link.from.map((c) => c.key).join(", ") || "—"} → {link.to.map((c) => c.key).join(", ") || "—"}
        </span>
      </header>
      <div className="mt-2 grid gap-x-8 gap-y-2 md:grid-cols-2">
        <Side title={fromTitle} clauses={link.from} marks={diff?.from ?? null} empty="No clause: new in the draft." />
        <Side title={toTitle} clauses={link.to} marks={diff?.to ?? null} empty="No clause in the draft: dropped." />
      </div>
      <p className="mt-2 font-sans text-xs text-muted">
        {e.similarity > 0 && <>Shared wording {percent(e.similarity)}. </>}
        {e.sharedNumbers.length > 0 && <>Numbers on both sides: {e.sharedNumbers.join(", ")}. </>}
        {(e.changedNumbers.from.length > 0 || e.changedNumbers.to.length > 0) && (
          <>
            Numbers changed: {e.changedNumbers.from.join(", ") || "—"} → {e.changedNumbers.to.join(", ") || "—"}.{" "}
          </>
        )}
        {e.sharedNames.length > 0 && <>Names on both sides: {e.sharedNames.join(", ")}. </>}
        {e.crossLanguage && <>Different languages: linked by structure only. </>}
        {e.notes.length > 0 && <>{e.notes.join("; ")}.</>}
      </p>
      {editable && (
        <LinkControls
          link={link}
          fromIds={link.from.map((c) => c.id)}
          toIds={link.to.map((c) => c.id)}
          fromPoints={fromPoints}
          toPoints={toPoints}
          fromTitle={fromTitle}
          toTitle={toTitle}
        />
      )}
    </li>
  );
}

function Side({ title, clauses, marks, empty }: { title: string; clauses: LinkSideClause[]; marks: DiffPart[] | null; empty: string }) {
  return (
    <div className="min-w-0">
      <p className="font-sans text-[0.7rem] font-semibold tracking-wider text-muted uppercase">{title}</p>
      {clauses.length === 0 ? (
        <p className="mt-1 font-sans text-sm text-muted italic">{empty}</p>
      ) : (
        clauses.map((c, i) => (
          <div key={c.id} className="mt-1 grid grid-cols-[2.25rem_minmax(0,1fr)] gap-x-2">
            <span className="pt-0.5 text-right font-sans text-sm font-semibold text-muted tabular-nums">{c.label || c.key}</span>
            <div className="min-w-0">
              <p dir="auto" lang={c.language ?? undefined} className="reading text-base whitespace-pre-line">
                {marks && i === 0 && clauses.length === 1 ? <WordDiff parts={marks} /> : c.text || <span className="font-sans text-sm text-muted">Not recovered.</span>}
              </p>
              {c.evidence !== "verbatim" && (
                <p className="mt-1">
                  <EvidenceBadge grade={c.evidence} />
                </p>
              )}
            </div>
          </div>
        ))
      )}
    </div>
  );
}

/** Each side's marks for a one-to-one pair in one language; null where a redline would mislead. */
function pairDiff(from: LinkSideClause[], to: LinkSideClause[]): { from: DiffPart[]; to: DiffPart[] } | null {
  if (from.length !== 1 || to.length !== 1) return null;
  const [a, b] = [from[0]!, to[0]!];
  if (!a.text || !b.text || (a.language && b.language && a.language !== b.language)) return null;
  const result = wordDiff(a.text, b.text);
  if (result.status !== "ok") return null;
  // Past a side's break, the other side's words are not compared (never shown as deleted or added).
  const parts = cutAtBreak(result.parts, { from: a.truncated, to: b.truncated });
  const left = sideParts(parts, "from", a.text);
  const right = sideParts(parts, "to", b.text);
  return left && right ? { from: left, to: right } : null;
}
