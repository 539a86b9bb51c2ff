import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceBadge } from "@/components/EvidenceBadge";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { RenditionForm } from "@/components/editor/RenditionForm";
import { languageName, SOURCE_KIND_LABEL } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getRenditionTarget } from "@/lib/server/queries/editor";
import { parseId } from "@/lib/server/queries/sources";
import { pageAccess } from "@/lib/server/session";

export const metadata: Metadata = { title: "Add a rendition", robots: { index: false } };

export default async function AddRenditionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await pageAccess("editor", `/editor/versions/${id}/rendition`);
  if (!access.allowed) return <Forbidden required={access.required} role={access.user.role} />;
  const versionId = parseId(id);
  if (versionId === null) notFound();
  const version = await getRenditionTarget(db(), versionId);
  if (!version) notFound();
  const unknown = version.points.filter((p) => p.evidence === "unknown").map((p) => p.key);

  return (
    <>
      <PageHeader
        size="md"
        eyebrow={
          <>
            <Link href="/editor" className="text-muted">
              Editor
            </Link>
            <span aria-hidden="true">/</span> Add a rendition
          </>
        }
        title={<span dir="auto">{version.title}</span>}
        lead={
          <>
            Another outlet&apos;s text of this version. Its points are matched to the version&apos;s — by number when it numbers them the same way, else by
            wording — and kept as readings; a point not recovered so far is filled from it, and every fill is in the audit log.
          </>
        }
      >
        <div className="grid gap-4 font-sans text-sm sm:grid-cols-2">
          <div>
            <p className="font-semibold">Points not recovered so far</p>
            <p className="mt-1 text-muted" data-testid="unknown-points">
              {unknown.length ? unknown.join(", ") : "None: every point has text."}
            </p>
            <p className="mt-2">
              <EvidenceBadge grade="unknown" />
            </p>
          </div>
          <div>
            <p className="font-semibold">Sources so far ({version.sources.length})</p>
            <ul className="mt-1 text-muted">
              {version.sources.slice(0, 8).map((s) => (
                <li key={s.id} dir="auto">
                  {s.outlet} · {languageName(s.language)} · {SOURCE_KIND_LABEL[s.kind as keyof typeof SOURCE_KIND_LABEL] ?? s.kind}
                </li>
              ))}
              {version.sources.length > 8 && <li>…and {version.sources.length - 8} more</li>}
            </ul>
          </div>
        </div>
      </PageHeader>
      <RenditionForm versionId={version.id} versionSlug={version.slug} />
    </>
  );
}
