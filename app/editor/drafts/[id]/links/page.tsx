import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";
import { Forbidden } from "@/components/Forbidden";
import { ActionButton } from "@/components/editor/ActionButton";
import { DraftHeader } from "@/components/editor/DraftHeader";
import { LinkReviewItem } from "@/components/editor/LinkReviewItem";
import { Pager } from "@/components/editor/Pager";
import { db } from "@/lib/server/db";
import { getLinkPage } from "@/lib/server/queries/editor";
import { loadDraft } from "../load";

export const metadata: Metadata = { title: "Draft: links", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;
const STATUSES = ["proposed", "confirmed", "rejected"] as const;
type Status = (typeof STATUSES)[number];

export default async function DraftLinksPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const { draft, denied } = await loadDraft(id, `/editor/drafts/${id}/links`);
  if (denied) return <Forbidden required={denied.required} role={denied.user.role} />;
  const editable = draft.state === "draft";

  if (!draft.respondsTo) {
    return (
      <>
        <DraftHeader draft={draft} step="links" />
        <EmptyState title="Nothing to link to">
          This draft does not respond to another version. Choose the version it answers under <Link href={`/editor/drafts/${draft.id}`}>Text &amp; details</Link>, then
          come back to review the aligner&apos;s links; or go on to <Link href={`/editor/drafts/${draft.id}/publish`}>publish</Link> it as it is.
        </EmptyState>
      </>
    );
  }

  const raw = Array.isArray(query.status) ? query.status[0] : query.status;
  const status = STATUSES.includes(raw as Status) ? (raw as Status) : undefined;
  const page = Number(Array.isArray(query.page) ? query.page[0] : (query.page ?? "1"));
  const links = await getLinkPage(db(), draft.respondsTo.id, draft.id, Number.isInteger(page) ? page : 1, status);
  const href = (p: number, s: Status | undefined = status) => `/editor/drafts/${draft.id}/links?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const c = draft.counts;

  return (
    <>
      <DraftHeader draft={draft} step="links" />
      <div className="mb-6 flex flex-wrap items-start justify-between gap-6">
        <div className="max-w-measure font-sans text-sm text-muted">
          <p>
            The aligner&apos;s proposals between <strong className="text-ink">{draft.respondsTo.title}</strong> and this draft. Confirm what is right, reject
            what is wrong, change a kind, or relink a clause to the point it really answers. Your decisions are kept whenever the aligner runs again.
          </p>
          <p className="mt-2" data-testid="link-counts">
            {c.links === 0 ? "No links yet." : `${c.links} links: ${c.proposed} to review, ${c.confirmed} confirmed, ${c.rejected} rejected.`}
          </p>
        </div>
        {editable && <ActionButton kind="align" versionId={draft.id} label={c.links === 0 ? "Propose links" : "Run the aligner again"} />}
      </div>

      {c.links > 0 && (
        <nav aria-label="Show links" className="mb-4 flex flex-wrap gap-2 font-sans text-sm">
          {[undefined, ...STATUSES].map((s) => (
            <Link
              key={s ?? "all"}
              href={href(1, s)}
              aria-current={s === status ? "page" : undefined}
              className={`rounded-full border px-3 py-1 no-underline ${s === status ? "border-accent bg-accent-soft font-semibold text-ink" : "border-rule text-muted hover:text-ink"}`}
            >
              {s === undefined ? "All" : s === "proposed" ? "To review" : s === "confirmed" ? "Confirmed" : "Rejected"}
            </Link>
          ))}
        </nav>
      )}

      {links.total === 0 ? (
        <EmptyState title={c.links === 0 ? "No links proposed yet" : "No links here"}>
          {c.links === 0 ? "Press “Propose links”: the aligner pairs this draft's points with the earlier version's, with its reasons." : "No link has this status."}
        </EmptyState>
      ) : (
        <>
          <Pager page={links.page} pages={links.pages} href={(p) => href(p)} label="Pages of links (top)" />
          <ol className="divide-y divide-rule" aria-label="Links to review" data-testid="link-list">
            {links.links.map((l) => (
              <LinkReviewItem key={l.id} link={l} fromPoints={links.fromPoints} toPoints={links.toPoints} fromTitle={draft.respondsTo!.title} toTitle="This draft" editable={editable} />
            ))}
          </ol>
          <Pager page={links.page} pages={links.pages} href={(p) => href(p)} label="Pages of links (bottom)" />
        </>
      )}
      <p className="mt-10 font-sans">
        <Link href={`/editor/drafts/${draft.id}/publish`} className="font-semibold">
          Next: publish →
        </Link>
      </p>
    </>
  );
}
