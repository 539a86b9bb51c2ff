/**
 * Audit rows. Only the mutation wrapper (and the CLI through it) writes them, always with the
 * transaction of the change they describe, so a change and its audit row commit or vanish together.
 * The table is append-only in the database itself (trigger in the init migration).
 */
import type { Prisma } from "@/generated/prisma/client";
import type { JsonValue } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db";

export interface AuditEntry {
  /** Defaults to the mutation's action name ("user.set-role"). */
  action?: string;
  /** What kind of row changed: "User", "Version", "Link" (the Prisma model name). */
  targetType: string;
  targetId: string | number | bigint;
  /** The row (or the relevant part) before the change; omit for creations. */
  before?: unknown;
  /** The row after the change; omit for deletions. */
  after?: unknown;
}

/**
 * Keys whose values never go into the audit trail, at any depth. Exact names, not patterns: domain
 * data has keys like "sharedTokens" (aligner evidence) that must be kept whole.
 */
const SECRET_KEY = /^(password|passwordHash|newPassword|currentPassword|secret|token|sessionToken|accessToken|refreshToken|idToken|hash|salt)$/i;

/**
 * A JSON copy of `value` fit for the audit trail and for the client: Dates as ISO strings, BigInts
 * as strings, no functions or undefined, secrets redacted. Returns undefined for undefined.
 */
export function toJson(value: unknown): JsonValue | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value, (key, v: unknown) => {
    if (key && SECRET_KEY.test(key) && v !== null && v !== undefined) return "[redacted]";
    if (typeof v === "bigint") return v.toString();
    return v;
  });
  return text === undefined ? undefined : (JSON.parse(text) as JsonValue);
}

function jsonInput(value: unknown): Prisma.InputJsonValue | undefined {
  const json = toJson(value);
  // A JSON null would need Prisma.JsonNull; "nothing recorded" is SQL NULL, i.e. leave it out.
  return json === undefined || json === null ? undefined : (json as Prisma.InputJsonValue);
}

export interface AuditWriteContext {
  actorId: string | null;
  requestId: string;
  defaultAction: string;
}

export async function writeAuditEvent(tx: Tx, ctx: AuditWriteContext, entry: AuditEntry): Promise<void> {
  const before = jsonInput(entry.before);
  const after = jsonInput(entry.after);
  await tx.auditEvent.create({
    data: {
      actorId: ctx.actorId,
      action: entry.action ?? ctx.defaultAction,
      targetType: entry.targetType,
      targetId: String(entry.targetId),
      requestId: ctx.requestId,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  });
}
