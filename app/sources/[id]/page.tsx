import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/PageHeader";
import { formatDate, languageName, plural, SOURCE_KIND_LABEL } from "@/lib/format";
import { db } from "@/lib/server/db";
import { getSource, getSourceTitle, parseId } from "@/lib/server/queries/sources";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const source = id === null ? null : await getSourceTitle(db(), id);
  if (!source) return { title: "Source not found" };
  const title = `${source.kind === "report" ? "Reports" : source.outlet} — ${source.versionTitle}`;
  return { title, openGraph: { type: "article", title } };
}

export default async function SourceRoute({ params }: Props) {
  await connection();
  const id = parseId((await params).id);
  if (id === null) notFound();
  const source = await getSource(db(), id);
  if (!source) notFound();
  // A collection of press reports has no single outlet ("multiple"): its own title says what it is.
  const collection = source.kind === "report";
  const heading = collection ? source.title : source.outlet;

  return (
    <article>
      <PageHeader
        eyebrow={
          <>
            <span>Source of</span>
            <Link href={`/versions/${source.version.slug}`}>{source.version.title}</Link>
          </>
        }
        title={<span lang={collection ? undefined : source.language}>{heading}</span>}
        lead={collection ? undefined : <span lang={source.language}>{source.title}</span>}
        size="md"
      />

      <div className="grid gap-12 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
        <section aria-labelledby="about">
          <h2 id="about" className="mb-4 font-sans text-xs font-semibold tracking-wider text-muted uppercase">
            About this source
          </h2>
          <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-4 gap-y-3 font-sans text-sm lg:grid-cols-1 lg:gap-y-4">
            {collection && <Field term="Outlet">{source.outlet}</Field>}
            <Field term={source.urls.length > 1 ? "URLs" : "URL"}>
              <ul className="space-y-1">
                {source.urls.map((url) => (
                  <li key={url} className="[overflow-wrap:anywhere]">
                    {/^https?:\/\//.test(url) ? (
                      <a href={url} rel="nofollow noopener noreferrer">
                        {url}
                      </a>
                    ) : (
                      url
                    )}
                  </li>
                ))}
              </ul>
            </Field>
            <Field term="Language">
              {languageName(source.language)}
              {source.languageNote && <p className="mt-1 text-muted">{source.languageNote}</p>}
            </Field>
            <Field term="Kind">{SOURCE_KIND_LABEL[source.kind]}</Field>
            {source.completeness && <Field term="Completeness">{source.completeness}</Field>}
            {source.pointsRecovered && <Field term="Points recovered">{source.pointsRecovered}</Field>}
            {source.recoveryNote && <Field term="Recovery note">{source.recoveryNote}</Field>}
            {source.publishedNote && <Field term="Published">{source.publishedNote}</Field>}
            <Field term="Retrieved">{formatDate(source.retrievedAt)}</Field>
            <Field term="Used in the version">
              {plural(source.preferredClauses, "clause")} {source.preferredClauses === 1 ? "takes its" : "take their"} text from this
              source; it gives{" "}
              {plural(source.readings, "other reading")}.
            </Field>
            <Field term="Identifier">
              <code className="font-mono text-xs [overflow-wrap:anywhere]">{source.slug}</code>
            </Field>
            <Field term="SHA-256">
              <code className="font-mono text-xs break-all">{source.sha256}</code>
            </Field>
          </dl>
        </section>

        <section aria-labelledby="raw" className="min-w-0">
          <h2 id="raw" className="mb-4 font-sans text-xs font-semibold tracking-wider text-muted uppercase">
            Text as imported
          </h2>
          {/* The <code> keeps a leading newline that the HTML parser would drop right after <pre>. */}
          <pre
            lang={source.language}
            tabIndex={0}
            aria-labelledby="raw"
            className="overflow-x-auto rounded-lg border border-rule bg-raised p-4 font-mono text-[0.83rem] leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] sm:p-6"
          >
            <code>{source.rawText}</code>
          </pre>
        </section>
      </div>
    </article>
  );
}

// Two columns on phones (short terms beside values), stacked in the narrow sidebar of wide screens.
function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="contents lg:block">
      <dt className="font-medium text-muted">{term}</dt>
      <dd className="lg:mt-0.5">{children}</dd>
    </div>
  );
}
