/**
 * Filters of the audit log, as they appear in the page's URL (?action=…&actor=…&from=…&to=…&page=…).
 * Each parameter is checked on its own: a malformed one is dropped (and reported), the rest apply.
 */
import { z } from "./zod";
import { userIdSchema } from "./user";

export const AUDIT_PAGE_SIZE = 50;

const name = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);

export const auditFilterFields = {
  action: name,
  targetType: name,
  targetId: z.string().trim().min(1).max(200),
  /** A user id, or "system" for writes made by the CLI (actor null). */
  actor: z.union([z.literal("system"), userIdSchema]),
  from: z.iso.date(),
  to: z.iso.date(),
  page: z.coerce.number().int().min(1).max(1_000_000),
} as const;

export type AuditFilterKey = keyof typeof auditFilterFields;

export interface AuditFilters {
  action?: string;
  targetType?: string;
  targetId?: string;
  actor?: string;
  from?: string;
  to?: string;
  page: number;
}

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  ignored: AuditFilterKey[];
} {
  const filters: AuditFilters = { page: 1 };
  const ignored: AuditFilterKey[] = [];
  for (const key of Object.keys(auditFilterFields) as AuditFilterKey[]) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = auditFilterFields[key].safeParse(value);
    if (!parsed.success) {
      ignored.push(key);
      continue;
    }
    if (key === "page") filters.page = parsed.data as number;
    else filters[key] = parsed.data as string;
  }
  return { filters, ignored };
}

/** The URL query for `filters` (page 1 and empty values left out), for links that keep the filters. */
export function auditQuery(filters: AuditFilters, overrides: Partial<AuditFilters> = {}): string {
  const merged: AuditFilters = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of Object.keys(auditFilterFields) as AuditFilterKey[]) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
