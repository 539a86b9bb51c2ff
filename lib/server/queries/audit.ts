/** Reads of the audit trail (newest first, filtered, paginated). */
import type { Prisma } from "@/generated/prisma/client";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "@/lib/schemas/audit";
import type { DbOrTx } from "@/lib/server/db";

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string;
  actor: { id: string; email: string; name: string } | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
}

export interface AuditPage {
  events: AuditEventRow[];
  total: number;
  page: number;
  pages: number;
}

const DAY = 24 * 60 * 60 * 1000;

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.action) where.action = filters.action;
  if (filters.targetType) where.targetType = filters.targetType;
  if (filters.targetId) where.targetId = filters.targetId;
  if (filters.actor) where.actorId = filters.actor === "system" ? null : filters.actor;
  // Dates are whole UTC days, both ends included.
  if (filters.from || filters.to) {
    where.at = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY) } : {}),
    };
  }
  return where;
}

export async function listAuditEvents(db: DbOrTx, filters: AuditFilters): Promise<AuditPage> {
  const where = auditWhere(filters);
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    include: { actor: { select: { id: true, email: true, name: true } } },
  });
  return {
    total,
    page,
    pages,
    events: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      requestId: r.requestId,
      actor: r.actor,
      before: r.before,
      after: r.after,
    })),
  };
}

/** The values the filter menus offer: what actually occurs in the trail, and every account. */
export async function auditFilterOptions(db: DbOrTx) {
  const [actions, targetTypes, actors] = await Promise.all([
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.auditEvent.findMany({ distinct: ["targetType"], select: { targetType: true }, orderBy: { targetType: "asc" } }),
    db.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  return {
    actions: actions.map((a) => a.action),
    targetTypes: targetTypes.map((t) => t.targetType),
    actors,
  };
}
