/**
 * Add a rendition (another outlet's text) to an existing version. Its points are matched to the
 * version's clauses (lib/editor/rendition.ts, after the collation) and stored as readings; where the
 * version's clause was not recovered, the rendition's text fills it and the clause's evidence grade
 * goes up — each such fill is audited with the clause before and after. Then the aligner re-proposes
 * the version's automatic links (a clause that was unknown can now be compared; editors' decisions
 * stay) and lineages are derived again.
 *
 * This changes what is known about a version, not the version's text as its authors wrote it, so it
 * applies to published versions as well (the version page shows the new witness at once).
 */
import { planRendition, type RenditionPlan, type VersionClauseRef } from "@/lib/editor/rendition";
import { renditionInputSchema } from "@/lib/schemas/editor";
import type { z } from "@/lib/schemas/zod";
import type { DbOrTx } from "@/lib/server/db";
import { hasRole } from "@/lib/schemas/user";
import { sessionUser } from "@/lib/server/auth";
import { Conflict, Forbidden, internalError, Invalid, isAppError, NotFound, toActionError, Unauthenticated, type ActionResult } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { requestIdFrom } from "@/lib/server/request";
import { deriveLineages } from "@/lib/server/lineage";
import { realign } from "@/lib/server/links";
import { clauseSnapshot, createPastedSource, describePasted, outletSourceSlug, sourceSnapshot } from "./editor-common";
import type { MutationDefinition, RequestContext } from "./mutation";

type RenditionInput = z.output<typeof renditionInputSchema>;

export interface RenditionPreview {
  version: { id: number; slug: string; title: string };
  language: string;
  numbering: RenditionPlan["numbering"];
  matches: Array<RenditionPlan["matches"][number] & { clauseId: number; currentEvidence: string; currentText: string }>;
  unmatched: RenditionPlan["unmatched"];
  duplicateOf: string | null;
}

/** What adding the rendition would do, from the version as stored now. Writes nothing. */
export async function planForVersion(db: DbOrTx, input: RenditionInput): Promise<{ preview: RenditionPreview; description: ReturnType<typeof describePasted> }> {
  const version = await db.version.findUnique({ where: { id: input.versionId }, select: { id: true, slug: true, title: true } });
  if (!version) throw new NotFound("This version");
  const rows = await db.clause.findMany({
    where: { versionId: version.id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, key: true, parentId: true, role: true, text: true, evidence: true, language: true },
  });
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  const clauses: VersionClauseRef[] = rows.map((r) => ({
    key: r.key,
    parentKey: r.parentId === null ? null : (keyOf.get(r.parentId) ?? null),
    role: r.role,
    text: r.text,
    evidence: r.evidence,
    language: r.language,
  }));
  const description = describePasted("preview", version.slug, input.text, input.source);
  const plan = planRendition(clauses, description.parse, {
    kind: description.kind,
    language: description.language,
    isReportCollection: description.isReportCollection,
  });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const duplicate = await db.source.findFirst({ where: { versionId: version.id, sha256: description.sha256 }, select: { outlet: true } });
  return {
    description,
    preview: {
      version,
      language: description.language,
      numbering: plan.numbering,
      matches: plan.matches.map((m) => {
        const row = byKey.get(m.clauseKey)!;
        return { ...m, clauseId: row.id, currentEvidence: row.evidence, currentText: row.text };
      }),
      unmatched: plan.unmatched,
      duplicateOf: duplicate?.outlet ?? null,
    },
  };
}

export interface RenditionAdded {
  sourceId: number;
  filled: number;
  upgraded: number;
  readings: number;
  unmatched: number;
}

export const addRenditionDefinition = {
  action: "source.add-rendition",
  role: "editor",
  input: renditionInputSchema,
  async run({ tx, input, user, requestId, audit }) {
    // One rendition at a time per version: two editors adding texts would otherwise fill the same clause twice.
    await tx.$queryRaw`SELECT "id" FROM "Version" WHERE "id" = ${input.versionId} FOR UPDATE`;
    const { preview, description } = await planForVersion(tx, input);
    if (preview.duplicateOf) {
      throw new Conflict(`This exact text is already a source of this version (${preview.duplicateOf}). Nothing was added.`);
    }
    if (preview.matches.length === 0) {
      throw Invalid.field(
        "text",
        `None of the rendition's ${description.parse.clauses.length} point(s) matches a clause of “${preview.version.title}”, by number or by wording. Check that it is a text of this version.`,
      );
    }
    const slug = await outletSourceSlug(tx, preview.version.slug, input.source.outlet);
    const source = await createPastedSource(tx, preview.version.id, slug, description);

    const counts = { filled: 0, upgraded: 0, readings: 0 };
    for (const match of preview.matches) {
      const clause = await tx.clause.findUniqueOrThrow({ where: { id: match.clauseId } });
      const reading = { label: match.label, text: match.text, language: description.language, evidence: match.evidence, truncated: match.truncated };
      if (match.action === "reading") {
        await tx.reading.create({ data: { clauseId: clause.id, sourceId: source.id, ...reading } });
        counts.readings++;
        continue;
      }
      // Fill or upgrade: the rendition's text becomes the clause's; a text it replaces stays as a reading.
      if (clause.text.trim() && clause.sourceId !== null) {
        await tx.reading.upsert({
          where: { clauseId_sourceId: { clauseId: clause.id, sourceId: clause.sourceId } },
          create: { clauseId: clause.id, sourceId: clause.sourceId, label: clause.label, text: clause.text, language: clause.language ?? "en", evidence: clause.evidence, truncated: clause.truncated },
          update: {},
        });
      }
      const updated = await tx.clause.update({
        where: { id: clause.id },
        data: {
          text: match.text,
          label: clause.label || match.label,
          evidence: match.evidence,
          language: description.language,
          sourceId: source.id,
          truncated: match.truncated,
          lockVersion: { increment: 1 },
        },
      });
      await audit({
        action: match.action === "fill" ? "clause.fill" : "clause.upgrade",
        targetType: "Clause",
        targetId: clause.id,
        before: clauseSnapshot(clause),
        after: { ...clauseSnapshot(updated), fromSource: source.id },
      });
      counts[match.action === "fill" ? "filled" : "upgraded"]++;
    }

    // Links that touch this version: re-proposed where still automatic, decisions kept.
    const pairs = await tx.link.findMany({
      where: { OR: [{ fromVersionId: preview.version.id }, { toVersionId: preview.version.id }] },
      distinct: ["fromVersionId", "toVersionId"],
      select: { fromVersionId: true, toVersionId: true },
    });
    for (const p of pairs) await realign(tx, p.fromVersionId, p.toVersionId, { requestId, actorId: user.id });
    const state = await tx.version.findUniqueOrThrow({ where: { id: preview.version.id }, select: { state: true } });
    if (state.state === "published") await deriveLineages(tx);

    await audit({
      action: "source.add-rendition",
      targetType: "Source",
      targetId: source.id,
      after: {
        ...sourceSnapshot(source),
        versionId: preview.version.id,
        numbering: preview.numbering,
        ...counts,
        unmatched: preview.unmatched.length,
        matches: preview.matches.map((m) => ({ clause: m.clauseKey, action: m.action })),
      },
    });
    return { sourceId: source.id, ...counts, unmatched: preview.unmatched.length };
  },
} satisfies MutationDefinition<typeof renditionInputSchema, RenditionAdded>;

/**
 * The preview as a read for the rendition form: same checks as the mutation (session, editor role,
 * zod), no transaction and no audit row, because nothing is written.
 */
export async function previewRendition(rawInput: unknown, ctx: RequestContext): Promise<ActionResult<RenditionPreview>> {
  const requestId = requestIdFrom(ctx.headers);
  try {
    const user = await sessionUser(ctx.auth, ctx.headers);
    if (!user) throw new Unauthenticated();
    if (!hasRole(user.role, "editor")) throw new Forbidden();
    const parsed = renditionInputSchema.safeParse(rawInput);
    if (!parsed.success) throw Invalid.fromZod(parsed.error);
    return { data: (await planForVersion(ctx.db, parsed.data)).preview };
  } catch (error) {
    if (isAppError(error)) return { error: toActionError(error, requestId) };
    logger.error({ err: error, requestId }, "rendition preview failed");
    return { error: internalError(requestId) };
  }
}
