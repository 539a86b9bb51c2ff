import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Forbidden } from "@/components/Forbidden";
import { ActionButton } from "@/components/editor/ActionButton";
import { DraftHeader } from "@/components/editor/DraftHeader";
import { formatDate } from "@/lib/format";
import { loadDraft } from "../load";

export const metadata: Metadata = { title: "Draft: publish", robots: { index: false } };

export default async function DraftPublishPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { draft, denied } = await loadDraft(id, `/editor/drafts/${id}/publish`);
  if (denied) return <Forbidden required={denied.required} role={denied.user.role} />;
  const c = draft.counts;

  if (draft.state === "published") {
    return (
      <>
        <DraftHeader draft={draft} step="publish" />
        <section className="max-w-measure space-y-4 font-sans">
          <p role="status" data-testid="published-note">
            Published {draft.publishedAt ? `on ${formatDate(draft.publishedAt)}` : ""}: readers see it at{" "}
            <Link href={`/versions/${draft.slug}`}>/versions/{draft.slug}</Link>. Its text is not changed any more; its links can still be
            curated on the compare page.
          </p>
          <p className="text-sm text-muted">
            To fix a mistake, start a correction: a new revision ({draft.revision + 1}) is made as a draft, with a copy of this version&apos;s text, clauses and
            links. Readers keep seeing this revision until the correction is published.
          </p>
          <ActionButton kind="correct" versionId={draft.id} label={`Correct: start revision ${draft.revision + 1}`} />
        </section>
      </>
    );
  }

  const checks: Array<{ ok: boolean; text: ReactNode }> = [
    {
      ok: c.clauses > 0,
      text: c.clauses === 0 ? "No clauses: a version needs at least one." : `${c.points} point${c.points === 1 ? "" : "s"}${c.clauses > c.points ? ` (${c.clauses} clauses with sub-points and reported elements)` : ""}.`,
    },
    {
      ok: c.unknown === 0,
      text: c.unknown === 0 ? "Every point has text." : `${c.unknown} point(s) not recovered: they are shown as “not recovered”, never as removed.`,
    },
    {
      ok: !draft.respondsTo || c.proposed === 0,
      text: !draft.respondsTo
        ? "It responds to no other version: no links to review."
        : c.links === 0
          ? "No links proposed yet: readers' compare view will run the aligner on the fly."
          : c.proposed === 0
            ? `All ${c.links} links reviewed.`
            : `${c.proposed} of ${c.links} links not reviewed yet: they are shown to readers as the aligner's proposals.`,
    },
  ];

  return (
    <>
      <DraftHeader draft={draft} step="publish" />
      <section className="max-w-measure space-y-6 font-sans">
        <ul className="space-y-2" aria-label="Before publishing">
          {checks.map((check, i) => (
            <li key={i} className="flex gap-2">
              <span aria-hidden="true" className={check.ok ? "text-verbatim" : "text-reported"}>
                {check.ok ? "✓" : "!"}
              </span>
              <span className="sr-only">{check.ok ? "Done: " : "Note: "}</span>
              <span>{check.text}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">
          Publishing shows it to readers on the timeline, on its page (/versions/{draft.slug}) and in compare views, and gives its points their
          lineages. After that its text is not changed any more (corrections are new revisions); editors can still confirm or
          correct its links, on the compare page.
        </p>
        <div className="flex flex-wrap items-start gap-6">
          <ActionButton kind="publish" versionId={draft.id} lockVersion={draft.lockVersion} slug={draft.slug} label="Publish" />
          <ActionButton kind="discard" versionId={draft.id} lockVersion={draft.lockVersion} label="Discard this draft" />
        </div>
      </section>
    </>
  );
}
