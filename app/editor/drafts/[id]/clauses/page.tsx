import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/EmptyState";
import { Forbidden } from "@/components/Forbidden";
import { ClauseEditor } from "@/components/editor/ClauseEditor";
import { DraftHeader } from "@/components/editor/DraftHeader";
import { INPUT, BUTTON } from "@/components/editor/Field";
import { Pager } from "@/components/editor/Pager";
import { RawText } from "@/components/editor/RawText";
import { db } from "@/lib/server/db";
import { getClausePage, pageOfKey, parseOfSource } from "@/lib/server/queries/editor";
import { loadDraft } from "../load";

export const metadata: Metadata = { title: "Draft: clauses", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const MAX_WARNINGS = 60;

export default async function DraftClausesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  const { draft, denied } = await loadDraft(id, `/editor/drafts/${id}/clauses`);
  if (denied) return <Forbidden required={denied.required} role={denied.user.role} />;

  const wanted = first(query.key)?.trim();
  if (wanted) {
    const page = await pageOfKey(db(), draft.id, wanted);
    if (page !== null) redirect(`/editor/drafts/${draft.id}/clauses?page=${page}#clause-${encodeURIComponent(wanted)}`);
  }
  const requested = Number(first(query.page) ?? "1");
  const list = await getClausePage(db(), draft.id, Number.isInteger(requested) ? requested : 1);
  const editable = draft.state === "draft";
  const source = draft.sources[0];
  const parsed = source ? parseOfSource(`${source.id}:${source.lockVersion}:${source.bytes}`, source.rawText) : null;
  const toRaw = (line: number) => line + (parsed ? parsed.bodyStartLine - 1 : 0);
  // The source window follows the page: where the parser found the page's first clause.
  const firstKey = list.clauses[0]?.key;
  const anchorLine = parsed?.parse.clauses.find((c) => c.key === firstKey)?.line;
  const pageHref = (p: number) => `/editor/drafts/${draft.id}/clauses?page=${p}`;
  // Where the parser found each clause (by key, as parsed; a clause made by a split has none).
  const lineOf = new Map((parsed?.parse.clauses ?? []).map((c) => [c.key, toRaw(c.line)]));

  return (
    <>
      <DraftHeader draft={draft} step="clauses" />
      <div className="mb-6 max-w-measure font-sans text-sm text-muted">
        <p>
          The parser&apos;s clause tree, beside the text it came from. Fix what it got wrong: <strong>split</strong> a clause where the cursor is (the
          new clause takes a label printed there), <strong>merge</strong> a clause with the next, <strong>indent</strong> a point to make it a
          sub-point of the point before, <strong>outdent</strong> a sub-point. Keys follow the printed labels. Every change is saved at once; in a
          text, Ctrl+Enter saves and Ctrl+Shift+Enter splits at the cursor.
        </p>
        {wanted && <p className="mt-2 font-medium text-struck">No clause has the key “{wanted}”.</p>}
      </div>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,0.9fr)_minmax(0,1.1fr)]">
        <aside className="min-w-0 lg:sticky lg:top-4 lg:self-start" aria-labelledby="source-heading">
          <h2 id="source-heading" className="font-serif text-xl font-semibold">
            Source text
          </h2>
          {parsed && parsed.parse.warnings.length > 0 ? (
            <section aria-labelledby="warnings-heading" className="mt-3 rounded-md border border-reported/40 bg-reported-soft/40 px-4 py-3 font-sans text-sm">
              <h3 id="warnings-heading" className="font-semibold text-reported">
                The parser was unsure {parsed.parse.warnings.length === 1 ? "once" : `${parsed.parse.warnings.length} times`}
              </h3>
              <ul className="mt-1 max-h-56 space-y-1 overflow-auto" data-testid="parse-warnings">
                {parsed.parse.warnings.slice(0, MAX_WARNINGS).map((w, i) => (
                  <li key={i} dir="auto">
                    <a href={`#src-line-${toRaw(w.line)}`} className="font-semibold tabular-nums">
                      Line {toRaw(w.line)}
                    </a>
                    : {w.message}
                  </li>
                ))}
              </ul>
              {parsed.parse.warnings.length > MAX_WARNINGS && <p className="mt-1 text-muted">…and {parsed.parse.warnings.length - MAX_WARNINGS} more.</p>}
            </section>
          ) : (
            <p className="mt-2 font-sans text-sm text-muted">The parser had no warnings.</p>
          )}
          <div className="mt-3">
            {source ? (
              <RawText text={source.rawText} maxLines={300} around={anchorLine ? toRaw(anchorLine) : 1} flagged={parsed?.parse.warnings.map((w) => toRaw(w.line)) ?? []} />
            ) : (
              <EmptyState title="No source text">This version has no stored text.</EmptyState>
            )}
          </div>
        </aside>

        <section aria-labelledby="clauses-heading" className="min-w-0">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="clauses-heading" className="font-serif text-xl font-semibold">
              {list.total} clause{list.total === 1 ? "" : "s"}
              {list.pages > 1 && (
                <span className="font-sans text-sm font-normal text-muted">
                  {" "}
                  · {(list.page - 1) * list.perPage + 1}–{(list.page - 1) * list.perPage + list.clauses.length}
                </span>
              )}
            </h2>
            {list.pages > 1 && (
              <form method="get" className="flex items-end gap-2 font-sans text-sm">
                <label htmlFor="goto-key" className="text-muted">
                  Go to clause
                </label>
                <input id="goto-key" name="key" placeholder="e.g. 250" className={`${INPUT} mt-0 w-24 py-1`} />
                <button type="submit" className={BUTTON}>
                  Go
                </button>
              </form>
            )}
          </div>
          <div className="mt-3">
            <Pager page={list.page} pages={list.pages} href={pageHref} label="Pages of clauses (top)" />
          </div>
          {list.clauses.length === 0 ? (
            <div className="mt-4">
              <EmptyState title="No clauses">The parser found no clauses in this text. Replace the text on the first step.</EmptyState>
            </div>
          ) : (
            <ol className="mt-2 divide-y divide-rule" aria-label="Clauses of the draft" data-testid="clause-list">
              {list.clauses.map((c) => (
                <ClauseEditor key={c.id} clause={c} editable={editable} sourceLine={lineOf.get(c.key)} />
              ))}
            </ol>
          )}
          <div className="mt-4">
            <Pager page={list.page} pages={list.pages} href={pageHref} label="Pages of clauses (bottom)" />
          </div>
          <p className="mt-10 font-sans">
            <Link href={`/editor/drafts/${draft.id}/links`} className="font-semibold">
              Next: review the links →
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
