import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { ActionButton } from "@/components/editor/ActionButton";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/server/db";
import { listEditorVersions, type EditorVersionRow } from "@/lib/server/queries/editor";
import { pageAccess } from "@/lib/server/session";

export const metadata: Metadata = { title: "Editor", robots: { index: false } };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function EditorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const access = await pageAccess("editor", "/editor");
  if (!access.allowed) return <Forbidden required={access.required} role={access.user.role} />;
  const { discarded } = await searchParams;
  const { drafts, published } = await listEditorVersions(db());

  return (
    <>
      <PageHeader
        eyebrow="Editorial"
        title="Editor"
        lead="Enter a newly leaked draft, add another outlet's text to a version, and publish. Drafts are saved as you go and seen by editors only."
      >
        <Link href="/editor/new" className="inline-flex items-center rounded-md border border-accent bg-accent px-4 py-2 font-sans text-sm font-semibold text-paper no-underline hover:opacity-90">
          + New draft
        </Link>
      </PageHeader>
      {discarded && (
        <p role="status" className="mb-6 font-sans text-sm text-muted">
          The draft was discarded.
        </p>
      )}

      <section aria-labelledby="drafts" className="mb-14">
        <h2 id="drafts" className="mb-4 font-serif text-2xl font-semibold">
          Drafts in progress
        </h2>
        {drafts.length === 0 ? (
          <EmptyState title="No drafts in progress">Start one with “New draft”, or correct a published version below.</EmptyState>
        ) : (
          <ul className="divide-y divide-rule border-y border-rule" data-testid="draft-list">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1 py-3 font-sans">
                <div className="min-w-0">
                  <Link href={`/editor/drafts/${d.id}/clauses`} className="font-semibold [overflow-wrap:anywhere]" dir="auto">
                    {d.title}
                  </Link>
                  {d.revision > 1 && <span className="ml-2 text-sm text-muted">correction, revision {d.revision}</span>}
                  <p className="text-sm text-muted">
                    {d.clauses} clauses · {d.sources} source{d.sources === 1 ? "" : "s"} · last change {when.format(d.updatedAt)} UTC
                    {d.createdBy && <> · started by {d.createdBy}</>}
                  </p>
                </div>
                <Link href={`/editor/drafts/${d.id}/publish`} className="text-sm">
                  Publish…
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="published">
        <h2 id="published" className="mb-2 font-serif text-2xl font-semibold">
          Published versions
        </h2>
        <p className="mb-4 max-w-measure font-sans text-sm text-muted">
          Add another outlet&apos;s text to a version: its points become readings beside the clauses, and fill points not recovered so far. Or correct a version:
          a new revision, as a draft.
        </p>
        <ul className="divide-y divide-rule border-y border-rule" data-testid="published-list">
          {published.map((v) => (
            <PublishedRow key={v.id} v={v} />
          ))}
        </ul>
      </section>
    </>
  );
}

function PublishedRow({ v }: { v: EditorVersionRow }) {
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 py-3 font-sans" data-testid={`published-${v.slug}`}>
      <div className="min-w-0">
        <Link href={`/versions/${v.slug}`} className="font-semibold" dir="auto">
          {v.title}
        </Link>
        <p className="text-sm text-muted">
          {formatDate(v.date)} · {v.clauses} clauses
          {v.unknown > 0 && <> · {v.unknown} not recovered</>} · {v.sources} source{v.sources === 1 ? "" : "s"}
          {v.revision > 1 && <> · revision {v.revision}</>}
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-3 text-sm">
        <Link href={`/editor/versions/${v.id}/rendition`} className="rounded-md border border-rule px-3 py-1.5 font-semibold no-underline hover:bg-accent-soft">
          Add a rendition
        </Link>
        <ActionButton kind="correct" versionId={v.id} label="Correct" />
      </div>
    </li>
  );
}
