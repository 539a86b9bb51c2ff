import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/Forbidden";
import { DraftHeader } from "@/components/editor/DraftHeader";
import { DraftDetailsForm, ReplaceTextForm, SourceForm } from "@/components/editor/DraftForms";
import { RawText } from "@/components/editor/RawText";
import { languageName, SOURCE_KIND_LABEL } from "@/lib/format";
import { formatBytes } from "@/lib/editor/text-input";
import { db } from "@/lib/server/db";
import { listPlans, listRespondable } from "@/lib/server/queries/editor";
import { loadDraft } from "./load";

export const metadata: Metadata = { title: "Draft: text & details", robots: { index: false } };

export default async function DraftDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { draft, denied } = await loadDraft(id, `/editor/drafts/${id}`);
  if (denied) return <Forbidden required={denied.required} role={denied.user.role} />;
  const [plans, respondable] = await Promise.all([listPlans(db()), listRespondable(db())]);
  const editable = draft.state === "draft";
  const source = draft.sources[0];

  return (
    <>
      <DraftHeader draft={draft} step="text" />
      {!editable && (
        <p className="mb-8 max-w-measure font-sans text-sm text-muted" role="status">
          This version is published and is not changed any more. To fix something, <Link href={`/editor/drafts/${draft.id}/publish`}>start a correction</Link> (a new
          revision).
        </p>
      )}
      <div className="grid gap-12 lg:grid-cols-2">
        <div className="min-w-0 space-y-12">
          {editable ? (
            <DraftDetailsForm
              versionId={draft.id}
              lockVersion={draft.lockVersion}
              plans={plans}
              respondable={respondable}
              initial={{
                planId: String(draft.planId),
                title: draft.title,
                slug: draft.slug,
                party: draft.party,
                date: draft.date,
                status: draft.status,
                kind: draft.kind,
                respondsToId: draft.respondsTo ? String(draft.respondsTo.id) : "",
                pointCount: draft.pointCount === null ? "" : String(draft.pointCount),
                summary: draft.summary,
              }}
            />
          ) : null}
          {editable && source && (
            <SourceForm
              sourceId={source.id}
              lockVersion={source.lockVersion}
              initial={{ outlet: source.outlet, title: source.title === source.outlet ? "" : source.title, urls: source.urls.join("\n"), language: source.language, kind: source.kind }}
            />
          )}
        </div>
        <div className="min-w-0 space-y-12">
          {draft.sources.map((s) => (
            <section key={s.id} aria-labelledby={`source-${s.id}`}>
              <h2 id={`source-${s.id}`} className="font-serif text-xl font-semibold">
                Text as stored
              </h2>
              <p className="mt-1 mb-3 font-sans text-sm text-muted">
                <span dir="auto">{s.outlet}</span> · {languageName(s.language)} · {SOURCE_KIND_LABEL[s.kind]} · {formatBytes(s.bytes)}
              </p>
              <RawText text={s.rawText} maxLines={400} />
            </section>
          ))}
          {editable && source && <ReplaceTextForm versionId={draft.id} sourceId={source.id} lockVersion={source.lockVersion} current={source.rawText} />}
        </div>
      </div>
      <p className="mt-12 font-sans">
        <Link href={`/editor/drafts/${draft.id}/clauses`} className="font-semibold">
          Next: review the clauses →
        </Link>
      </p>
    </>
  );
}
