import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { auditQuery, parseAuditFilters, type AuditFilters } from "@/lib/schemas/audit";
import { db } from "@/lib/server/db";
import { auditFilterOptions, listAuditEvents, type AuditEventRow } from "@/lib/server/queries/audit";
import { pageAccess } from "@/lib/server/session";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;

/** JSON as indented text. Rendered inside <pre> as a text node: React escapes it, it is never HTML. */
function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const access = await pageAccess("editor", `/audit${auditQuery(parseAuditFilters(params).filters)}`);
  if (!access.allowed) return <Forbidden required={access.required} role={access.user.role} />;

  const { filters, ignored } = parseAuditFilters(params);
  const [page, options] = await Promise.all([listAuditEvents(db(), filters), auditFilterOptions(db())]);
  const filtered = Boolean(filters.action || filters.targetType || filters.targetId || filters.actor || filters.from || filters.to);

  return (
    <>
      <PageHeader
        eyebrow="Editorial"
        title="Audit log"
        lead="Every write, newest first: who, what, when, and the record before and after. The log cannot be edited or deleted."
      />

      <FilterForm filters={filters} options={options} />
      {ignored.length > 0 && (
        <p role="status" className="mt-3 font-sans text-sm text-struck">
          Ignored a malformed filter: {ignored.join(", ")}.
        </p>
      )}

      <p className="mt-8 mb-4 font-sans text-sm text-muted" data-testid="audit-count">
        {page.total === 0 ? "No events" : `${page.total} event${page.total === 1 ? "" : "s"}`}
        {filtered ? " match these filters" : ""}
        {page.pages > 1 ? ` · page ${page.page} of ${page.pages}` : ""}
      </p>

      {page.events.length === 0 ? (
        <EmptyState title={filtered ? "Nothing matches" : "No events yet"}>
          {filtered ? "Try fewer filters or a wider date range." : "Events appear here as soon as anyone changes anything."}
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label="Audit events, newest first">
          {page.events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ol>
      )}

      <Pagination filters={filters} page={page.page} pages={page.pages} />
    </>
  );
}

function EventItem({ event }: { event: AuditEventRow }) {
  return (
    <li className="rounded-lg border border-rule p-4 font-sans text-sm" data-testid="audit-event">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <time dateTime={event.at.toISOString()} className="text-muted tabular-nums">
          {event.at.toISOString().replace("T", " ").slice(0, 19)} UTC
        </time>
        <span className="font-semibold" data-testid="audit-action">{event.action}</span>
        <Link
          href={`/audit${auditQuery({ page: 1, targetType: event.targetType, targetId: event.targetId })}`}
          title="Every event of this record"
          className="text-ink"
        >
          {event.targetType} <span className="text-muted">#{event.targetId}</span>
        </Link>
        <span>
          by{" "}
          {event.actor ? (
            <span title={event.actor.id}>{event.actor.email}</span>
          ) : (
            <span className="text-muted">system (CLI)</span>
          )}
        </span>
        <span className="text-xs text-faint">request {event.requestId}</span>
      </div>
      {(event.before !== null || event.after !== null) && (
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          <JsonBlock label="Before" value={event.before} />
          <JsonBlock label="After" value={event.after} />
        </div>
      )}
    </li>
  );
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-xs font-semibold tracking-wider text-muted uppercase">{label}</figcaption>
      {value === null ? (
        <p className="text-muted">—</p>
      ) : (
        <pre className="max-h-80 overflow-auto rounded-md bg-raised p-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-ink">
          {jsonText(value)}
        </pre>
      )}
    </figure>
  );
}

function FilterForm({
  filters,
  options,
}: {
  filters: AuditFilters;
  options: { actions: string[]; targetTypes: string[]; actors: { id: string; email: string }[] };
}) {
  const field = "mt-1 block w-full rounded-md border border-rule bg-raised px-2 py-1.5 text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus";
  return (
    // GET: the filters live in the URL, so a filtered view can be bookmarked and shared.
    <form method="get" action="/audit" className="grid gap-4 font-sans text-sm sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
      <label className="block">
        <span className="font-semibold">Action</span>
        <select name="action" defaultValue={filters.action ?? ""} className={field}>
          <option value="">Any</option>
          {withCurrent(options.actions, filters.action).map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-semibold">Target type</span>
        <select name="targetType" defaultValue={filters.targetType ?? ""} className={field}>
          <option value="">Any</option>
          {withCurrent(options.targetTypes, filters.targetType).map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-semibold">Target id</span>
        <input name="targetId" defaultValue={filters.targetId ?? ""} className={field} />
      </label>
      <label className="block">
        <span className="font-semibold">Actor</span>
        <select name="actor" defaultValue={filters.actor ?? ""} className={field}>
          <option value="">Anyone</option>
          <option value="system">System (CLI)</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>{a.email}</option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-semibold">From</span>
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={field} />
      </label>
      <label className="block">
        <span className="font-semibold">To</span>
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={field} />
      </label>
      <div className="flex items-center gap-4 sm:col-span-3 lg:col-span-6">
        <button
          type="submit"
          className="rounded-md bg-ink px-4 py-2 font-semibold text-paper hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          Apply filters
        </button>
        <Link href="/audit" className="text-muted hover:text-ink">
          Clear
        </Link>
      </div>
    </form>
  );
}

/** A filter value from the URL stays selectable even when no event has it (yet). */
function withCurrent(values: string[], current: string | undefined): string[] {
  return current && !values.includes(current) ? [...values, current].sort() : values;
}

function Pagination({ filters, page, pages }: { filters: AuditFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const link = "rounded-md border border-rule px-3 py-1.5 hover:bg-accent-soft";
  return (
    <nav aria-label="Pages of the audit log" className="mt-8 flex items-center gap-3 font-sans text-sm">
      {page > 1 ? (
        <Link href={`/audit${auditQuery(filters, { page: page - 1 })}`} rel="prev" className={link}>
          ← Newer
        </Link>
      ) : (
        <span className="px-3 py-1.5 text-faint">← Newer</span>
      )}
      <span className="text-muted">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={`/audit${auditQuery(filters, { page: page + 1 })}`} rel="next" className={link}>
          Older →
        </Link>
      ) : (
        <span className="px-3 py-1.5 text-faint">Older →</span>
      )}
    </nav>
  );
}
