/**
 * The draft workflow's mutations (editors and admins): create a draft from a pasted text, edit its
 * details, its source and its text, propose links to the version it answers, publish it, correct a
 * published version through a new revision, discard a draft. Definitions, not server actions:
 * app/editor/actions.ts exposes them to the browser, tests run them with `runMutation`.
 *
 * A draft is stored as it is at every step (Version with state "draft", its Source, Clauses and Links),
 * so a reload loses nothing. Published versions are never changed here: a correction is a new
 * revision (revision + 1, revisionOfId) with its own audit trail.
 */
import type { Prisma } from "@/generated/prisma/client";
import { collateVersion } from "@/lib/collate/collate";
import { gradeOf } from "@/lib/collate/describe";
import { slugify, uniqueSlug } from "@/lib/editor/slug";
import {
  draftCreateSchema,
  draftTextReplaceSchema,
  draftUpdateSchema,
  sourceUpdateSchema,
  versionLockedSchema,
  versionMetaSchema,
  versionRefSchema,
} from "@/lib/schemas/editor";
import type { z } from "@/lib/schemas/zod";
import type { Tx } from "@/lib/server/db";
import { Conflict, Invalid, NotFound } from "@/lib/server/errors";
import { writeClauses } from "@/lib/server/import";
import { deriveLineages } from "@/lib/server/lineage";
import { realign } from "@/lib/server/links";
import { toJson } from "./audit";
import {
  assertFresh,
  createPastedSource,
  describePasted,
  freeSourceSlug,
  insertCollated,
  lockDraft,
  outletSourceSlug,
  pruneEmptyLinks,
  PUBLISHED_IS_IMMUTABLE,
  sourceSnapshot,
  versionSnapshot,
} from "./editor-common";
import { updateWithLock } from "./lock";
import type { MutationDefinition } from "./mutation";

type VersionMeta = z.output<typeof versionMetaSchema>;

/** The version's row fields from the form's values (slug derived from the title when left out). */
async function versionData(tx: Tx, meta: VersionMeta, selfSlug?: string) {
  const plan = await tx.plan.findUnique({ where: { id: meta.planId }, select: { id: true } });
  if (!plan) throw new NotFound("The plan");
  if (meta.respondsToId !== null) {
    const target = await tx.version.findUnique({ where: { id: meta.respondsToId }, select: { state: true } });
    if (!target) throw Invalid.field("version.respondsToId", "The version it responds to no longer exists. Choose another one.");
    if (target.state !== "published") {
      throw Invalid.field("version.respondsToId", "A draft can only respond to a published version: publish that one first, or choose another.");
    }
  }
  let slug = meta.slug ?? (slugify(meta.title) || `draft-${meta.date}`);
  if (slug !== selfSlug) {
    const taken = await tx.version.findFirst({ where: { slug }, select: { title: true } });
    // A slug the editor chose is theirs to change; one derived from the title (a title in another
    // script gives only "draft-<date>") gets the next free number.
    if (taken && meta.slug) throw new Conflict(`The slug “${slug}” is already used by “${taken.title}”. Choose another slug.`);
    if (taken) slug = uniqueSlug(slug, new Set((await tx.version.findMany({ where: { slug: { startsWith: slug } }, select: { slug: true } })).map((v) => v.slug)));
  }
  return {
    planId: meta.planId,
    slug,
    title: meta.title,
    party: meta.party,
    date: new Date(`${meta.date}T00:00:00Z`),
    status: meta.status,
    kind: meta.kind,
    respondsToId: meta.respondsToId,
    pointCount: meta.pointCount,
    summary: meta.summary,
  };
}

/** Above this many clauses, a replaced text's clauses are rewritten in bulk instead of row by row. */
const ROW_BY_ROW_LIMIT = 1_000;

/**
 * Collate the draft's one source into clauses, as the import does (lib/collate), and write them: in bulk
 * for a new draft; for a replaced text through the import's own `writeClauses`, which keeps the rows
 * (and the links) of clauses whose key did not change — unless the texts are too long for row by row.
 */
async function writeDraftClauses(tx: Tx, version: { id: number; slug: string; status: "leaked" | "published" | "reported"; pointCount: number | null }, description: ReturnType<typeof describePasted>, sourceId: number) {
  const collated = collateVersion({ slug: version.slug, status: version.status, ...(version.pointCount ? { pointCount: version.pointCount } : {}) }, [description]);
  const sourceIds = new Map([[description.slug, sourceId]]);
  const existing = await tx.clause.count({ where: { versionId: version.id } });
  let changed: number;
  if (existing > 0 && existing <= ROW_BY_ROW_LIMIT && collated.clauses.length <= ROW_BY_ROW_LIMIT) {
    changed = (await writeClauses(tx, version.id, collated.clauses, sourceIds)).clauses;
  } else {
    if (existing > 0) {
      await tx.clause.updateMany({ where: { versionId: version.id }, data: { parentId: null } });
      await tx.clause.deleteMany({ where: { versionId: version.id } });
    }
    changed = existing + (await insertCollated(tx, version.id, collated.clauses, sourceIds));
  }
  return { clauses: collated.clauses.length, notes: collated.notes, changed };
}

export interface DraftCreated {
  versionId: number;
  slug: string;
  clauses: number;
  warnings: number;
}

export const createDraftDefinition = {
  action: "version.create-draft",
  role: "editor",
  input: draftCreateSchema,
  async run({ tx, input, user, audit }) {
    const data = await versionData(tx, input.version);
    const version = await tx.version.create({ data: { ...data, revision: 1, state: "draft", createdById: user.id } });
    const sourceSlug = await outletSourceSlug(tx, version.slug, input.source.outlet);
    const description = describePasted(sourceSlug, version.slug, input.text, input.source);
    const source = await createPastedSource(tx, version.id, sourceSlug, description);
    const result = await writeDraftClauses(tx, version, description, source.id);
    await audit({ targetType: "Version", targetId: version.id, after: { ...versionSnapshot(version), clauses: result.clauses, notes: result.notes } });
    await audit({ action: "source.create", targetType: "Source", targetId: source.id, after: { ...sourceSnapshot(source), versionId: version.id } });
    return { versionId: version.id, slug: version.slug, clauses: result.clauses, warnings: description.parse.warnings.length };
  },
} satisfies MutationDefinition<typeof draftCreateSchema, DraftCreated>;

export const updateDraftDefinition = {
  action: "version.update-draft",
  role: "editor",
  input: draftUpdateSchema,
  async run({ tx, input, audit }) {
    const current = await lockDraft(tx, input.versionId);
    assertFresh(current, input.lockVersion, versionSnapshot(current));
    if (input.version.respondsToId === current.id) throw Invalid.field("version.respondsToId", "A version cannot respond to itself.");
    const data = await versionData(tx, input.version, current.slug);
    if (current.revision > 1 && data.slug !== current.slug) {
      throw Invalid.field("version.slug", "A correction keeps the slug of the version it corrects.");
    }
    const { before, after } = await updateWithLock(tx, "version", current.id, input.lockVersion, data);
    await audit({ targetType: "Version", targetId: after.id, before: versionSnapshot(before), after: versionSnapshot(after) });
    return versionSnapshot(after);
  },
} satisfies MutationDefinition<typeof draftUpdateSchema, ReturnType<typeof versionSnapshot>>;

export const updateSourceDefinition = {
  action: "source.update",
  role: "editor",
  input: sourceUpdateSchema,
  async run({ tx, input, audit }) {
    const found = await tx.source.findUnique({ where: { id: input.sourceId } });
    if (!found) throw new NotFound("This source");
    await lockDraft(tx, found.versionId);
    assertFresh(found, input.lockVersion, sourceSnapshot(found));
    const meta = input.source;
    const { before, after } = await updateWithLock(tx, "source", found.id, input.lockVersion, {
      outlet: meta.outlet,
      title: meta.title || meta.outlet,
      urls: meta.urls,
      language: meta.language ?? found.language,
      kind: meta.kind,
    });
    // The grade of the clauses this source gives follows its kind (a summary gives paraphrases).
    let regraded = 0;
    if (before.kind !== after.kind) {
      const result = await tx.clause.updateMany({
        where: { sourceId: found.id, evidence: gradeOf(before.kind) },
        data: { evidence: gradeOf(after.kind), lockVersion: { increment: 1 } },
      });
      await tx.reading.updateMany({ where: { sourceId: found.id, evidence: gradeOf(before.kind) }, data: { evidence: gradeOf(after.kind) } });
      regraded = result.count;
    }
    if (before.language !== after.language) {
      await tx.clause.updateMany({ where: { sourceId: found.id, language: before.language }, data: { language: after.language } });
    }
    await audit({ targetType: "Source", targetId: after.id, before: sourceSnapshot(before), after: { ...sourceSnapshot(after), regradedClauses: regraded } });
    return sourceSnapshot(after);
  },
} satisfies MutationDefinition<typeof sourceUpdateSchema, ReturnType<typeof sourceSnapshot>>;

export const replaceDraftTextDefinition = {
  action: "source.replace-text",
  role: "editor",
  input: draftTextReplaceSchema,
  async run({ tx, input, audit }) {
    const version = await lockDraft(tx, input.versionId);
    const found = await tx.source.findUnique({ where: { id: input.sourceId } });
    if (!found || found.versionId !== version.id) throw new NotFound("This source");
    assertFresh(found, input.lockVersion, sourceSnapshot(found));
    const description = describePasted(found.slug, version.slug, input.text, {
      outlet: found.outlet,
      title: found.title,
      urls: found.urls,
      language: undefined,
      kind: found.kind,
    });
    if (description.sha256 === found.sha256) throw Invalid.field("text", "This is the text the draft already has: nothing to replace.");
    const { before, after } = await updateWithLock(tx, "source", found.id, input.lockVersion, {
      rawText: description.rawText,
      sha256: description.sha256,
      language: description.language,
      meta: description.meta as Prisma.InputJsonValue,
    });
    const result = await writeDraftClauses(tx, version, description, found.id);
    const pruned = await pruneEmptyLinks(tx, version.id);
    await audit({
      targetType: "Source",
      targetId: after.id,
      before: sourceSnapshot(before),
      after: { ...sourceSnapshot(after), clauses: result.clauses, clauseRowsChanged: result.changed, linksDropped: pruned },
    });
    return { sourceId: after.id, clauses: result.clauses };
  },
} satisfies MutationDefinition<typeof draftTextReplaceSchema, { sourceId: number; clauses: number }>;

export interface AlignSummary {
  links: number;
  kept: number;
}

/** (Re-)run the aligner between the draft and the version it responds to; editors' decisions stay. */
export const alignDraftDefinition = {
  action: "version.align-draft",
  role: "editor",
  input: versionRefSchema,
  async run({ tx, input, user, requestId, audit }) {
    const version = await lockDraft(tx, input.versionId);
    if (version.respondsToId === null) {
      throw Invalid.field("versionId", "This draft does not respond to another version, so there is nothing to align it with. Set “Responds to” in its details first.");
    }
    await realign(tx, version.respondsToId, version.id, { requestId, actorId: user.id });
    const [links, kept] = await Promise.all([
      tx.link.count({ where: { fromVersionId: version.respondsToId, toVersionId: version.id } }),
      tx.link.count({ where: { fromVersionId: version.respondsToId, toVersionId: version.id, NOT: { origin: "auto", status: "proposed" } } }),
    ]);
    await audit({ targetType: "Version", targetId: version.id, after: { respondsToId: version.respondsToId, links, keptEditorDecisions: kept } });
    return { links, kept };
  },
} satisfies MutationDefinition<typeof versionRefSchema, AlignSummary>;

export interface Published {
  versionId: number;
  slug: string;
  revision: number;
  publishedAt: string;
}

/**
 * Publish a draft: readers see it from now on, its lineages are derived. Idempotent: a second publish
 * of the same draft (a double click, a retry) changes nothing and says so (Conflict whose `current`
 * has state "published"), so there is never a second revision by accident.
 */
export const publishDefinition = {
  action: "version.publish",
  role: "editor",
  input: versionLockedSchema,
  async run({ tx, input, audit }) {
    await tx.$queryRaw`SELECT "id" FROM "Version" WHERE "id" = ${input.versionId} FOR UPDATE`;
    const current = await tx.version.findUnique({ where: { id: input.versionId } });
    if (!current) throw new NotFound("This draft");
    if (current.state === "published") {
      const when = current.publishedAt ? ` on ${current.publishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : "";
      throw new Conflict(`“${current.title}” was already published${when}. Nothing was changed.`, toJson({ ...versionSnapshot(current), alreadyPublished: true }) ?? null);
    }
    assertFresh(current, input.lockVersion, versionSnapshot(current), "Someone changed this draft after you opened this page. Review it again, then publish.");
    const points = await tx.clause.count({ where: { versionId: current.id } });
    if (points === 0) throw Invalid.field("versionId", "This draft has no clauses yet: a version needs at least one clause to be published.");
    const { before, after } = await updateWithLock(tx, "version", current.id, input.lockVersion, { state: "published", publishedAt: new Date() });
    const lineages = await deriveLineages(tx);
    await audit({ targetType: "Version", targetId: after.id, before: versionSnapshot(before), after: { ...versionSnapshot(after), lineagesChanged: lineages } });
    return { versionId: after.id, slug: after.slug, revision: after.revision, publishedAt: after.publishedAt!.toISOString() };
  },
} satisfies MutationDefinition<typeof versionLockedSchema, Published>;

export interface CorrectionStarted {
  versionId: number;
  revision: number;
}

/**
 * Correct a published version: a new draft revision (revision + 1, revisionOfId) with a copy of its
 * sources, clauses, readings and links, which the editor then fixes and publishes. The published
 * revision stays as it was. A second click finds the correction already started (Conflict with its id).
 */
export const correctDefinition = {
  action: "version.correct",
  role: "editor",
  input: versionRefSchema,
  async run({ tx, input, user, audit }) {
    await tx.$queryRaw`SELECT "id" FROM "Version" WHERE "id" = ${input.versionId} FOR UPDATE`;
    const base = await tx.version.findUnique({ where: { id: input.versionId } });
    if (!base) throw new NotFound("This version");
    if (base.state !== "published") throw Invalid.field("versionId", "This version is still a draft: edit it directly, there is nothing to correct yet.");
    const revisions = await tx.version.findMany({ where: { slug: base.slug }, orderBy: { revision: "desc" } });
    const open = revisions.find((r) => r.state === "draft");
    if (open) {
      throw new Conflict(`A correction of this version is already in progress (revision ${open.revision}). Continue that one.`, toJson({ ...versionSnapshot(open), correctionId: open.id }) ?? null);
    }
    if (revisions[0]!.id !== base.id) {
      throw Invalid.field("versionId", `Revision ${revisions[0]!.revision} is newer; correct the latest revision instead.`);
    }
    const revision = base.revision + 1;
    const copy = await tx.version.create({
      data: {
        planId: base.planId,
        slug: base.slug,
        revision,
        title: base.title,
        party: base.party,
        date: base.date,
        status: base.status,
        kind: base.kind,
        pointCount: base.pointCount,
        summary: base.summary,
        respondsToId: base.respondsToId,
        revisionOfId: base.id,
        state: "draft",
        createdById: user.id,
      },
    });
    const counts = await copyVersionContent(tx, base.id, copy.id, revision);
    await audit({ targetType: "Version", targetId: copy.id, after: { ...versionSnapshot(copy), copied: counts } });
    return { versionId: copy.id, revision };
  },
} satisfies MutationDefinition<typeof versionRefSchema, CorrectionStarted>;

/** Sources, clauses (with parents), readings and links of `fromId`, copied onto `toId`. */
async function copyVersionContent(tx: Tx, fromId: number, toId: number, revision: number) {
  const sources = await tx.source.findMany({ where: { versionId: fromId }, orderBy: { id: "asc" } });
  const sourceIds = new Map<number, number>();
  for (const s of sources) {
    const { id, versionId: _v, createdAt: _c, updatedAt: _u, lockVersion: _l, slug, meta, ...rest } = s;
    const created = await tx.source.create({
      data: { ...rest, versionId: toId, slug: await freeSourceSlug(tx, `${slug}--r${revision}`), meta: meta as Prisma.InputJsonValue },
    });
    sourceIds.set(id, created.id);
  }
  const clauses = await tx.clause.findMany({ where: { versionId: fromId }, orderBy: [{ position: "asc" }, { id: "asc" }], include: { readings: true } });
  const clauseIds = new Map<number, number>();
  for (const c of clauses) {
    const created = await tx.clause.create({
      data: {
        versionId: toId,
        key: c.key,
        role: c.role,
        label: c.label,
        parentId: c.parentId === null ? null : (clauseIds.get(c.parentId) ?? null),
        position: c.position,
        text: c.text,
        evidence: c.evidence,
        language: c.language,
        sourceId: c.sourceId === null ? null : (sourceIds.get(c.sourceId) ?? null),
        truncated: c.truncated,
        deleted: c.deleted,
        lineageId: c.lineageId,
      },
    });
    clauseIds.set(c.id, created.id);
    if (c.readings.length) {
      await tx.reading.createMany({
        data: c.readings.map((r) => ({
          clauseId: created.id,
          sourceId: sourceIds.get(r.sourceId) ?? r.sourceId,
          label: r.label,
          text: r.text,
          language: r.language,
          evidence: r.evidence,
          truncated: r.truncated,
        })),
      });
    }
  }
  const links = await tx.link.findMany({ where: { OR: [{ fromVersionId: fromId }, { toVersionId: fromId }] }, include: { ends: true } });
  for (const l of links) {
    await tx.link.create({
      data: {
        fromVersionId: l.fromVersionId === fromId ? toId : l.fromVersionId,
        toVersionId: l.toVersionId === fromId ? toId : l.toVersionId,
        kind: l.kind,
        score: l.score,
        flags: l.flags,
        origin: l.origin,
        status: l.status,
        evidence: l.evidence as Prisma.InputJsonValue,
        note: l.note,
        reviewedById: l.reviewedById,
        ends: { create: l.ends.map((e) => ({ clauseId: clauseIds.get(e.clauseId) ?? e.clauseId, side: e.side })) },
      },
    });
  }
  return { sources: sources.length, clauses: clauses.length, links: links.length };
}

/** Delete a draft (never a published version) with everything stored for it. */
export const discardDraftDefinition = {
  action: "version.discard-draft",
  role: "editor",
  input: versionLockedSchema,
  async run({ tx, input, audit }) {
    const version = await lockDraft(tx, input.versionId);
    assertFresh(version, input.lockVersion, versionSnapshot(version));
    const [clauses, sources] = await Promise.all([
      tx.clause.count({ where: { versionId: version.id } }),
      tx.source.findMany({ where: { versionId: version.id }, select: { id: true, slug: true, sha256: true } }),
    ]);
    await tx.version.delete({ where: { id: version.id } });
    await audit({ targetType: "Version", targetId: version.id, before: { ...versionSnapshot(version), clauses, sources } });
    return { versionId: version.id };
  },
} satisfies MutationDefinition<typeof versionLockedSchema, { versionId: number }>;

export { PUBLISHED_IS_IMMUTABLE };
