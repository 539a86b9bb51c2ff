/**
 * An editor's decision about one link, on the draft's links step and on the compare page alike:
 * confirm it, reject it, change its kind, or relink it to other clauses. Every decision names the
 * lockVersion the editor saw (a stale one gets Conflict with the link as it is now) and is kept by
 * automatic re-alignment: lib/server/links.ts `realign` only replaces links that are still automatic
 * proposals (origin auto, status proposed).
 */
import type { Prisma } from "@/generated/prisma/client";
import { align } from "@/lib/align";
import type { LinkEvidence } from "@/lib/align/types";
import { linkShapeProblem } from "@/lib/editor/link-shape";
import { linkReviewSchema } from "@/lib/schemas/editor";
import type { Tx } from "@/lib/server/db";
import { Invalid, NotFound } from "@/lib/server/errors";
import { deriveLineages } from "@/lib/server/lineage";
import { assertFresh, linkSnapshot, type LinkSnapshot } from "./editor-common";
import { updateWithLock, type LockedData } from "./lock";
import type { MutationDefinition } from "./mutation";

const AUDIT_ACTION = { confirm: "link.confirm", reject: "link.reject", kind: "link.set-kind", relink: "link.relink" } as const;

async function endsOf(tx: Tx, linkId: number) {
  return tx.linkClause.findMany({ where: { linkId }, select: { clauseId: true, side: true } });
}

/** Clauses of `versionId` among `ids`; Invalid naming the side when one is not. */
async function checkSide(tx: Tx, ids: number[], versionId: number, side: "from" | "to"): Promise<void> {
  if (new Set(ids).size !== ids.length) throw Invalid.field(side, "The same clause is listed twice.");
  if (ids.length === 0) return;
  const found = await tx.clause.findMany({ where: { id: { in: ids }, versionId }, select: { id: true, role: true } });
  if (found.length !== ids.length) {
    throw Invalid.field(side, side === "from" ? "Pick clauses of the earlier version for this side of the link." : "Pick clauses of the later version for this side of the link.");
  }
  if (found.some((c) => c.role !== "point")) throw Invalid.field(side, "Links join points; a reported element cannot be linked.");
}

/**
 * What the aligner sees in the pairing an editor chose (similarity, shared numbers and names), so the
 * compare page can still say why — plus a note that an editor made it.
 */
async function evidenceFor(tx: Tx, from: number[], to: number[]): Promise<LinkEvidence> {
  const note = "relinked by an editor";
  const empty: LinkEvidence = { similarity: 0, sharedNumbers: [], changedNumbers: { from: [], to: [] }, sharedNames: [], labelMatch: false, crossLanguage: false, notes: [note] };
  if (from.length === 0 || to.length === 0) return empty;
  const rows = await tx.clause.findMany({
    where: { id: { in: [...from, ...to] } },
    select: { id: true, key: true, text: true, evidence: true, language: true, children: { select: { text: true }, orderBy: { position: "asc" } } },
  });
  const side = (ids: number[]) => {
    const picked = ids.map((id) => rows.find((r) => r.id === id)!);
    return {
      key: picked.map((r) => r.key).join("+"),
      text: picked.map((r) => [r.text, ...r.children.map((c) => c.text)].join(" ")).join(" ").trim(),
      grade: picked[0]!.evidence,
      language: picked[0]!.language ?? "en",
    };
  };
  const [a, b] = [side(from), side(to)];
  if (!a.text || !b.text) return empty;
  const found = align([a], [b]).links.find((l) => l.from.length === 1 && l.to.length === 1);
  return found ? { ...found.evidence, notes: [...found.evidence.notes, note] } : empty;
}

export const reviewLinkDefinition = {
  action: "link.review",
  role: "editor",
  input: linkReviewSchema,
  async run({ tx, input, user, audit }) {
    const link = await tx.link.findUnique({ where: { id: input.linkId } });
    if (!link) throw new NotFound("This link");
    const ends = await endsOf(tx, link.id);
    const beforeSnapshot = linkSnapshot(link, ends);
    assertFresh(link, input.lockVersion, beforeSnapshot, "Someone reviewed this link meanwhile. Its current state is shown; decide again if needed.");

    const reviewed = { reviewedById: user.id };
    let data: LockedData<"link">;
    const fromCount = ends.filter((e) => e.side === "from").length;
    const toCount = ends.filter((e) => e.side === "to").length;
    switch (input.op) {
      case "confirm":
        if (link.status === "confirmed") throw Invalid.field("op", "This link is already confirmed.");
        data = { status: "confirmed", ...reviewed };
        break;
      case "reject":
        if (link.status === "rejected") throw Invalid.field("op", "This link is already rejected.");
        data = { status: "rejected", ...reviewed };
        break;
      case "kind": {
        if (input.kind === link.kind) throw Invalid.field("kind", "The link already has this kind.");
        const problem = linkShapeProblem(input.kind, fromCount, toCount);
        if (problem) throw Invalid.field("kind", problem);
        // Choosing the kind is a decision: the link is the editor's from now on, and confirmed.
        data = { kind: input.kind, origin: "editor", status: "confirmed", ...reviewed };
        break;
      }
      case "relink": {
        const problem = linkShapeProblem(input.kind, input.from.length, input.to.length);
        if (problem) throw Invalid.field("kind", problem);
        await checkSide(tx, input.from, link.fromVersionId, "from");
        await checkSide(tx, input.to, link.toVersionId, "to");
        const same = (a: number[], b: number[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
        if (same(input.from, beforeSnapshot.from) && same(input.to, beforeSnapshot.to) && input.kind === link.kind) {
          throw Invalid.field("to", "The link already joins these clauses with this kind.");
        }
        await tx.linkClause.deleteMany({ where: { linkId: link.id } });
        await tx.linkClause.createMany({
          data: [...input.from.map((clauseId) => ({ linkId: link.id, clauseId, side: "from" as const })), ...input.to.map((clauseId) => ({ linkId: link.id, clauseId, side: "to" as const }))],
        });
        const evidence = await evidenceFor(tx, input.from, input.to);
        data = {
          kind: input.kind,
          origin: "editor",
          status: "confirmed",
          // The editor's decision is the confidence; the evidence says what the texts share.
          score: 1,
          evidence: evidence as unknown as Prisma.InputJsonValue,
          ...reviewed,
        };
        break;
      }
    }
    const { after } = await updateWithLock(tx, "link", link.id, input.lockVersion, data);
    const afterSnapshot = linkSnapshot(after, await endsOf(tx, link.id));
    // Lineages follow confirmed links; a draft's are derived when it is published.
    const states = await tx.version.findMany({ where: { id: { in: [link.fromVersionId, link.toVersionId] } }, select: { state: true } });
    if (states.every((s) => s.state === "published")) await deriveLineages(tx);
    await audit({ action: AUDIT_ACTION[input.op], targetType: "Link", targetId: link.id, before: beforeSnapshot, after: afterSnapshot });
    return afterSnapshot;
  },
} satisfies MutationDefinition<typeof linkReviewSchema, LinkSnapshot>;
