import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { formatDate } from "@/lib/format";
import type { DraftView } from "@/lib/server/queries/editor";
import { DraftSteps, type DraftStep } from "./DraftSteps";

/** The top of every step of a draft: what it is, that only editors see it, and where the editor is. */
export function DraftHeader({ draft, step, lead }: { draft: DraftView; step: DraftStep; lead?: ReactNode }) {
  const done: DraftStep[] = ["text"];
  if (draft.counts.clauses > 0) done.push("clauses");
  if (draft.counts.links > 0 && draft.counts.proposed === 0) done.push("links");
  if (draft.state === "published") done.push("publish");
  return (
    <PageHeader
      size="md"
      eyebrow={
        <>
          <Link href="/editor" className="text-muted">
            Editor
          </Link>
          <span aria-hidden="true">/</span>
          {draft.state === "draft" ? (
            <span className="rounded border border-dashed border-reported/70 px-1.5 py-0.5 text-[0.7rem] font-semibold tracking-wider text-reported uppercase" data-testid="draft-state">
              Draft · editors only
            </span>
          ) : (
            <span className="rounded border border-verbatim/40 px-1.5 py-0.5 text-[0.7rem] font-semibold tracking-wider text-verbatim uppercase" data-testid="draft-state">
              Published
            </span>
          )}
          <StatusBadge status={draft.status} />
          {draft.revision > 1 && <span>revision {draft.revision}</span>}
        </>
      }
      title={<span dir="auto">{draft.title}</span>}
      lead={
        lead ?? (
          <>
            {draft.party} · {formatDate(new Date(`${draft.date}T00:00:00Z`))}
            {draft.respondsTo && (
              <>
                {" "}
                · responds to <Link href={`/versions/${draft.respondsTo.slug}`}>{draft.respondsTo.title}</Link>
              </>
            )}
          </>
        )
      }
    >
      <DraftSteps current={step} draftId={draft.id} done={done} />
    </PageHeader>
  );
}
