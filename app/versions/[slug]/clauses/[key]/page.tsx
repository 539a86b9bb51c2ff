import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { BreaksOff, ClauseText } from "@/components/ClauseText";
import { EvidenceBadge } from "@/components/EvidenceBadge";
import { LinkKindBadge, kindTitle } from "@/components/LinkKindBadge";
import { Reading } from "@/components/OtherReadings";
import { PageHeader } from "@/components/PageHeader";
import { ReportText } from "@/components/ReportText";
import { SourceCitation } from "@/components/SourceCitation";
import { TopicChips } from "@/components/TopicChips";
import { TopicEditor } from "@/components/TopicEditor";
import { citationText, clauseAnchorPath, clausePagePath, contentHash, pointLabel } from "@/lib/cite";
import { EVIDENCE, formatDate, isoDay, languageName } from "@/lib/format";
import { hasRole } from "@/lib/schemas/user";
import { db } from "@/lib/server/db";
import { getClausePage, type ClausePage } from "@/lib/server/queries/clause-page";
import { listClauseTags, listTopicTree } from "@/lib/server/queries/topics";
import { currentUser } from "@/lib/server/session";

interface Props {
  params: Promise<{ slug: string; key: string }>;
}

const keySchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.]{0,39}$/);

async function load(params: Props["params"]): Promise<ClausePage | null> {
  const { slug, key } = await params;
  const k = keySchema.safeParse(decodeURIComponent(key));
  return k.success ? getClausePage(db(), slug, k.data) : null;
}

function pointName(page: ClausePage): string {
  const c = page.clause;
  if (c.role === "report") return `Reported element ${c.key.replace(/^r/, "")}`;
  return `Point ${pointLabel(c.label, c.key).replace(/[.:)]+$/, "")}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (!page) return { title: "Clause not found" };
  const title = `${page.version.title}, ${pointName(page).toLowerCase()}`;
  return { title, description: page.clause.text.slice(0, 200) || undefined, openGraph: { type: "article", title } };
}

/** The site's own address, for the absolute URLs of a citation. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function ClauseRoute({ params }: Props) {
  await connection();
  const page = await load(params);
  if (!page) notFound();
  const { version, clause } = page;
  const [site, user] = await Promise.all([origin(), currentUser()]);
  const editor = user !== null && hasRole(user.role, "editor");
  const [tags, tree] = editor ? await Promise.all([listClauseTags(db(), clause.id), listTopicTree(db())]) : [[], []];

  const hash = contentHash(clause.text);
  const permalink = `${site}${clausePagePath(version.slug, clause.key)}`;
  const unrecovered = clause.evidence === "unknown" && clause.text.trim() === "";

  return (
    <article className="max-w-[calc(var(--container-measure)+4rem)]">
      <PageHeader
        size="md"
        eyebrow={
          <>
            <Link href={`/versions/${version.slug}`} className="text-muted">
              {version.title}
            </Link>
            {clause.parent && (
              <>
                <span aria-hidden="true">/</span>
                <Link href={clausePagePath(version.slug, clause.parent.key)} className="text-muted">
                  Point {pointLabel(clause.parent.label, clause.parent.key).replace(/[.:)]+$/, "")}
                </Link>
              </>
            )}
          </>
        }
        title={pointName(page)}
        lead={
          <>
            {version.party} · <time dateTime={isoDay(version.date)}>{formatDate(version.date)}</time>
          </>
        }
      />

      <section aria-label="Text" className="space-y-3">
        <p className="flex flex-wrap items-center gap-2 leading-6">
          <EvidenceBadge grade={clause.evidence} />
          {clause.source && <SourceCitation source={clause.source} />}
        </p>
        {unrecovered ? (
          <p className="rounded-md border border-dashed border-faint/60 px-3 py-2 font-sans text-sm text-muted">
            Not recovered — no available source holds the text of this point. It is missing from the record, not deleted from the document.
          </p>
        ) : clause.role === "report" || clause.evidence === "reported" ? (
          <ReportText text={clause.text} language={clause.language} />
        ) : (
          <ClauseText text={clause.text} language={clause.language} truncated={clause.truncated} deleted={clause.deleted} />
        )}
        {page.children.length > 0 && (
          <ol className="space-y-2 border-l border-rule pl-4">
            {page.children.map((c) => (
              <li key={c.key} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2">
                <Link href={clausePagePath(version.slug, c.key)} className="pt-[0.2rem] text-right font-sans text-sm font-semibold text-muted no-underline hover:underline">
                  {c.label.trim() || "•"}
                </Link>
                <div lang={c.language ?? undefined} className="reading">
                  {c.text}
                  {c.truncated && <BreaksOff />}
                </div>
              </li>
            ))}
          </ol>
        )}
        <TopicChips topics={page.topics} />
      </section>

      <section aria-labelledby="cite" className="print-keep mt-10 rounded-lg border border-rule bg-raised p-4 sm:p-5">
        <h2 id="cite" className="font-sans text-sm font-semibold">
          Cite this
        </h2>
        <p className="mt-2 font-serif text-[0.95rem] leading-relaxed select-all [overflow-wrap:anywhere]">
          {citationText({
            versionTitle: version.title,
            party: version.party,
            date: formatDate(version.date),
            label: clause.label,
            key: clause.key,
            url: permalink,
            hash,
            accessed: isoDay(new Date()),
          })}
        </p>
        <dl className="mt-3 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 font-sans text-xs text-muted">
          <dt>Permalink</dt>
          <dd className="[overflow-wrap:anywhere]">
            <a href={permalink}>{permalink}</a>
          </dd>
          <dt>In its version</dt>
          <dd className="[overflow-wrap:anywhere]">
            <a href={clauseAnchorPath(version.slug, clause.key)}>{`${site}${clauseAnchorPath(version.slug, clause.key)}`}</a>
          </dd>
          <dt>Text hash</dt>
          <dd>
            {hash ? (
              <code title="First 10 hex digits of the SHA-256 of the text shown above: if the text is ever corrected, the hash changes.">sha256:{hash}</code>
            ) : (
              "none: no text was recovered"
            )}
          </dd>
          {clause.lineageId && (
            <>
              <dt>Lineage</dt>
              <dd>
                <Link href={`/clauses/${encodeURIComponent(clause.lineageId)}`}>
                  <code>{clause.lineageId}</code>
                </Link>{" "}
                · <a href={`/api/v1/lineages/${encodeURIComponent(clause.lineageId)}`}>JSON</a>
              </dd>
            </>
          )}
        </dl>
      </section>

      {page.lineage.length > 1 && (
        <section aria-labelledby="lineage" className="mt-10">
          <h2 id="lineage" className="font-serif text-xl font-semibold tracking-tight">
            This clause through the versions
          </h2>
          <ol className="mt-3 space-y-1.5 font-sans text-sm">
            {page.lineage.map((l) => (
              <li key={`${l.slug}:${l.key}`} className="flex flex-wrap items-center gap-2">
                <span className="w-24 text-muted tabular-nums">{formatDate(l.date)}</span>
                {l.current ? (
                  <span className="font-semibold" aria-current="page">
                    {l.title}, {pointLabel(l.label, l.key)}
                  </span>
                ) : (
                  <Link href={clausePagePath(l.slug, l.key)}>
                    {l.title}, {pointLabel(l.label, l.key)}
                  </Link>
                )}
                <span className="text-xs text-muted">({EVIDENCE[l.evidence].label.toLowerCase()})</span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {page.links.length > 0 && (
        <section aria-labelledby="links" className="mt-10">
          <h2 id="links" className="font-serif text-xl font-semibold tracking-tight">
            Links to other versions
          </h2>
          <ul className="mt-3 space-y-2 font-sans text-sm">
            {page.links.map((l, i) => (
              <li key={i} className="flex flex-wrap items-center gap-2" title={kindTitle(l.kind)}>
                <span className="text-muted">{l.direction === "from" ? "From" : "To"}</span>
                <LinkKindBadge kind={l.kind} size="sm" />
                {l.other.keys.length > 0 ? (
                  <Link href={clausePagePath(l.other.slug, l.other.keys[0]!)}>
                    {l.other.title} {l.other.keys.join(", ")}
                  </Link>
                ) : (
                  <Link href={`/versions/${l.other.slug}`}>{l.other.title}</Link>
                )}
                <Link href={`/compare/${l.direction === "from" ? l.other.slug : version.slug}/${l.direction === "from" ? version.slug : l.other.slug}`} className="text-xs">
                  compare
                </Link>
                {l.status === "confirmed" && <span className="text-xs text-muted">confirmed</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {page.readings.length > 0 && (
        <section aria-labelledby="readings" className="mt-10">
          <h2 id="readings" className="font-serif text-xl font-semibold tracking-tight">
            Other readings
          </h2>
          <ul className="mt-3 space-y-5">
            {page.readings.map((r) => (
              <li key={r.id}>
                <Reading reading={r} headClassName="mb-1 flex flex-wrap items-center gap-2 leading-6" />
              </li>
            ))}
          </ul>
        </section>
      )}

      {clause.source && (
        <p className="mt-10 font-sans text-xs text-muted">
          The text above is {languageName(clause.source.language)} from {clause.source.outlet}
          {clause.source.urls[0] && (
            <>
              {" "}
              (<a href={clause.source.urls[0]} rel="nofollow noopener noreferrer" className="[overflow-wrap:anywhere]">
                original
              </a>
              )
            </>
          )}
          ; rendition sha256 <code className="[overflow-wrap:anywhere]">{clause.source.sha256.slice(0, 16)}…</code>
        </p>
      )}

      {editor && (
        <div className="mt-10">
          <TopicEditor
            clauseId={clause.id}
            tags={tags}
            options={tree.map((b) => ({ bucket: b.name, topics: b.topics.map((t) => ({ slug: t.slug, name: t.name })) }))}
          />
        </div>
      )}
    </article>
  );
}
