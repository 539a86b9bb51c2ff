/**
 * The editors' workflow on real PostgreSQL, through the one mutation wrapper with real sessions: a new
 * draft from a pasted text, its clause tree fixed, links proposed and reviewed, publish (once), a
 * correction as a new revision, a rendition added to an existing version — and for every bad input
 * and every stale save, an error and no write at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createAuth, type Auth } from "@/lib/server/auth";
import { runAsSystem, runMutation, type MutationDefinition } from "@/lib/server/actions/mutation";
import { createUserDefinition } from "@/lib/server/actions/users";
import {
  alignDraftDefinition,
  correctDefinition,
  createDraftDefinition,
  discardDraftDefinition,
  publishDefinition,
  replaceDraftTextDefinition,
  updateDraftDefinition,
  updateSourceDefinition,
} from "@/lib/server/actions/drafts";
import { editClauseDefinition, levelClauseDefinition, mergeClauseDefinition, removeClauseDefinition, splitClauseDefinition } from "@/lib/server/actions/clauses";
import { reviewLinkDefinition } from "@/lib/server/actions/link-review";
import { addRenditionDefinition } from "@/lib/server/actions/renditions";
import type { ActionResult } from "@/lib/server/errors";
import { importRenditions, SEED_DIR } from "@/lib/server/import";
import { realign } from "@/lib/server/links";
import { createTestDatabase, type TestDatabase } from "./database";

const PASSWORD = "correct horse battery staple";
let t: TestDatabase;
let auth: Auth;
const cookies = { editor: "", reader: "", admin: "" };
let planId = 0;
let plan20 = 0;

const FRAMEWORK = `Revised framework (answer to the 20-point plan)

1. The sovereignty of Ukraine shall be confirmed by all signatories.
2. A full and unconditional ceasefire along the line of contact, monitored from space. 3. Ukraine shall receive security guarantees mirroring Article 5.
4. The Armed Forces of Ukraine shall consist of 800,000 men in peacetime.
5. Sanctions will be lifted in stages:
   a) first, after the ceasefire holds for 100 days;
   b) then, after elections.
6. Frozen Russian assets will fund the reconstruction of Ukraine.`;

function ok<T>(result: ActionResult<T>): T {
  if (result.error) throw new Error(`expected data, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

function as(role: keyof typeof cookies | null): Headers {
  const h = new Headers();
  if (role) h.set("cookie", cookies[role]);
  return h;
}

function run<S extends z.ZodType, O>(def: MutationDefinition<S, O>, input: unknown, role: keyof typeof cookies | null = "editor") {
  return runMutation(def, input, { db: t.db, auth, headers: as(role) });
}

/** Every table the editor writes, counted: "writes nothing" means all of these stay. */
async function counts() {
  const [versions, sources, clauses, readings, links, linkEnds, audit, lineages] = await Promise.all([
    t.db.version.count(),
    t.db.source.count(),
    t.db.clause.count(),
    t.db.reading.count(),
    t.db.link.count(),
    t.db.linkClause.count(),
    t.db.auditEvent.count(),
    t.db.lineage.count(),
  ]);
  return { versions, sources, clauses, readings, links, linkEnds, audit, lineages };
}

function draftInput(overrides: { title?: string; slug?: string; text?: string; urls?: string[]; respondsToId?: number | null } = {}) {
  return {
    version: {
      planId,
      title: overrides.title ?? "Revised framework",
      ...(overrides.slug ? { slug: overrides.slug } : {}),
      party: "Ukraine and European governments",
      date: "2026-01-15",
      status: "leaked",
      respondsToId: overrides.respondsToId === undefined ? plan20 : overrides.respondsToId,
    },
    source: { outlet: "Example Gazette", urls: overrides.urls ?? ["https://example.org/revised-framework"], kind: "verbatim" },
    text: overrides.text ?? FRAMEWORK,
  };
}

async function clausesOf(versionId: number) {
  return t.db.clause.findMany({ where: { versionId }, orderBy: { position: "asc" } });
}

beforeAll(async () => {
  t = await createTestDatabase();
  auth = createAuth(t.db, { secret: "integration-test-secret-0123456789abcdef", baseURL: "http://localhost:3999", secureCookies: false });
  await importRenditions(t.db, SEED_DIR);
  for (const role of ["admin", "editor", "reader"] as const) {
    ok(await runAsSystem(createUserDefinition, { email: `${role}@example.test`, password: PASSWORD, role }, { db: t.db, auth, requestId: `setup-${role}` }));
    const response = await auth.api.signInEmail({ body: { email: `${role}@example.test`, password: PASSWORD }, asResponse: true });
    cookies[role] = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  }
  planId = (await t.db.plan.findFirstOrThrow()).id;
  plan20 = (await t.db.version.findFirstOrThrow({ where: { slug: "plan-20" } })).id;
}, 240_000);
afterAll(async () => t?.drop());

describe("a new draft", () => {
  let versionId = 0;

  it("is stored as a draft with its source byte-identical and its clauses parsed", async () => {
    const before = await counts();
    const created = ok(await run(createDraftDefinition, draftInput()));
    versionId = created.versionId;
    expect(created).toMatchObject({ slug: "revised-framework", clauses: 8 });
    const version = await t.db.version.findUniqueOrThrow({ where: { id: versionId }, include: { sources: true } });
    expect(version).toMatchObject({ state: "draft", revision: 1, respondsToId: plan20, publishedAt: null });
    expect(version.sources[0]!.rawText).toBe(FRAMEWORK);
    const clauses = await clausesOf(versionId);
    expect(clauses.map((c) => c.key)).toEqual(["1", "2", "3", "4", "5", "5.a", "5.b", "6"]);
    expect(clauses.every((c) => c.evidence === "verbatim" && c.sourceId === version.sources[0]!.id)).toBe(true);
    const after = await counts();
    expect(after.audit - before.audit).toBe(2); // version.create-draft + source.create
    // Readers do not see drafts.
    expect(await t.db.version.count({ where: { id: versionId, state: "published" } })).toBe(0);
  });

  it("refuses readers and signed-out callers for every editor mutation, writing nothing", async () => {
    const before = await counts();
    const version = await t.db.version.findUniqueOrThrow({ where: { id: versionId } });
    const clause = (await clausesOf(versionId))[0]!;
    const link = await t.db.link.findFirstOrThrow();
    const attempts: Array<[MutationDefinition<z.ZodType, unknown>, unknown]> = [
      [createDraftDefinition, draftInput({ slug: "reader-draft" })],
      [updateDraftDefinition, { versionId, lockVersion: version.lockVersion, version: draftInput().version }],
      [updateSourceDefinition, { sourceId: clause.sourceId, lockVersion: 0, source: draftInput().source }],
      [replaceDraftTextDefinition, { versionId, sourceId: clause.sourceId, lockVersion: 0, text: "1. x\n2. y" }],
      [alignDraftDefinition, { versionId }],
      [publishDefinition, { versionId, lockVersion: version.lockVersion }],
      [correctDefinition, { versionId: plan20 }],
      [discardDraftDefinition, { versionId, lockVersion: version.lockVersion }],
      [editClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, label: "9.", text: "x" }],
      [splitClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, offset: 5 }],
      [mergeClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, nextId: clause.id + 1, nextLockVersion: 0 }],
      [levelClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, direction: "out" }],
      [removeClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion }],
      [reviewLinkDefinition, { op: "confirm", linkId: link.id, lockVersion: link.lockVersion }],
      [addRenditionDefinition, { versionId: plan20, source: draftInput().source, text: "1. x" }],
    ];
    for (const [def, input] of attempts) {
      expect((await run(def, input, "reader")).error?.code, def.action).toBe("Forbidden");
      expect((await run(def, input, null)).error?.code, def.action).toBe("Unauthenticated");
    }
    expect(await counts()).toEqual(before);
  });

  it("splits a clause at a point in its text; keys follow the printed labels", async () => {
    // The parser already split "2. … 3. …"; the editor splits point 1 after its first sentence, then undoes it.
    const [one] = await clausesOf(versionId);
    const before = await counts();
    const result = ok(await run(splitClauseDefinition, { clauseId: one!.id, lockVersion: one!.lockVersion, offset: one!.text.indexOf(" by all") }));
    expect(result.clause).toMatchObject({ key: "1", text: "The sovereignty of Ukraine shall be confirmed", lockVersion: one!.lockVersion + 1 });
    // The new clause prints no number: the points after it keep theirs.
    expect(result.created).toMatchObject({ key: "1b", label: "", text: "by all signatories." });
    expect((await clausesOf(versionId)).map((c) => c.key)).toEqual(["1", "1b", "2", "3", "4", "5", "5.a", "5.b", "6"]);
    expect((await counts()).audit - before.audit).toBe(2);

    const [kept, made] = await clausesOf(versionId);
    const merged = ok(await run(mergeClauseDefinition, { clauseId: kept!.id, lockVersion: kept!.lockVersion, nextId: made!.id, nextLockVersion: made!.lockVersion }));
    expect(merged.clause.text).toBe("The sovereignty of Ukraine shall be confirmed by all signatories.");
    expect((await clausesOf(versionId)).map((c) => c.key)).toEqual(["1", "2", "3", "4", "5", "5.a", "5.b", "6"]);
  });

  it("indents and outdents, renumbering sub-points", async () => {
    const clauses = await clausesOf(versionId);
    const six = clauses.find((c) => c.key === "6")!;
    ok(await run(levelClauseDefinition, { clauseId: six.id, lockVersion: six.lockVersion, direction: "in" }));
    expect((await clausesOf(versionId)).map((c) => c.key)).toEqual(["1", "2", "3", "4", "5", "5.a", "5.b", "5.3"]);
    const moved = (await clausesOf(versionId)).find((c) => c.id === six.id)!;
    ok(await run(levelClauseDefinition, { clauseId: moved.id, lockVersion: moved.lockVersion, direction: "out" }));
    const back = await clausesOf(versionId);
    expect(back.map((c) => c.key)).toEqual(["1", "2", "3", "4", "5", "5.a", "5.b", "6"]);
    expect(back.find((c) => c.key === "5.a")!.parentId).toBe(back.find((c) => c.key === "5")!.id);

    const first = back[0]!;
    const refused = await run(levelClauseDefinition, { clauseId: first.id, lockVersion: first.lockVersion, direction: "in" });
    expect(refused.error).toMatchObject({ code: "Invalid", message: expect.stringMatching(/first point cannot be a sub-point/) });
  });

  it("refuses a stale save with Conflict showing the current values, and writes nothing", async () => {
    const clause = (await clausesOf(versionId)).find((c) => c.key === "4")!;
    ok(await run(editClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, label: "4.", text: "The Armed Forces of Ukraine shall number 800,000 in peacetime." }));
    const before = await counts();
    const current = await t.db.clause.findUniqueOrThrow({ where: { id: clause.id } });
    for (const [def, input] of [
      [editClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, label: "4.", text: "A stale edit." }],
      [splitClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, offset: 10 }],
      [levelClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, direction: "in" }],
      [removeClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion }],
    ] as Array<[MutationDefinition<z.ZodType, unknown>, unknown]>) {
      const result = await run(def, input);
      expect(result.error?.code, def.action).toBe("Conflict");
      expect(result.error?.message).toMatch(/changed this in the meantime/);
      expect(result.error?.details?.current).toMatchObject({ text: "The Armed Forces of Ukraine shall number 800,000 in peacetime.", lockVersion: current.lockVersion });
    }
    expect(await counts()).toEqual(before);
    expect(await t.db.clause.findUniqueOrThrow({ where: { id: clause.id } })).toEqual(current);
  });

  it("lets exactly one of two concurrent edits of one clause win, with one audit row", async () => {
    const clause = (await clausesOf(versionId)).find((c) => c.key === "6")!;
    const before = await counts();
    const results = await Promise.all(
      ["Frozen assets fund reconstruction (one).", "Frozen assets fund reconstruction (two)."].map((text) =>
        run(editClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, label: "6.", text }),
      ),
    );
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.error?.code === "Conflict")).toHaveLength(1);
    expect((await counts()).audit - before.audit).toBe(1);
  });

  it("updates the draft's details and source with lockVersion", async () => {
    const version = await t.db.version.findUniqueOrThrow({ where: { id: versionId } });
    const updated = ok(await run(updateDraftDefinition, { versionId, lockVersion: version.lockVersion, version: { ...draftInput().version, slug: "revised-framework", title: "Revised framework (January)" } }));
    expect(updated).toMatchObject({ title: "Revised framework (January)", lockVersion: version.lockVersion + 1 });
    const stale = await run(updateDraftDefinition, { versionId, lockVersion: version.lockVersion, version: { ...draftInput().version, slug: "revised-framework", title: "Stale" } });
    expect(stale.error?.code).toBe("Conflict");
    expect(stale.error?.details?.current).toMatchObject({ title: "Revised framework (January)" });

    const source = await t.db.source.findFirstOrThrow({ where: { versionId } });
    const summary = ok(await run(updateSourceDefinition, { sourceId: source.id, lockVersion: source.lockVersion, source: { outlet: "Example Gazette", kind: "summary", urls: [] } }));
    expect(summary.kind).toBe("summary");
    expect(await t.db.clause.count({ where: { versionId, evidence: "paraphrase" } })).toBe(8);
    ok(await run(updateSourceDefinition, { sourceId: source.id, lockVersion: summary.lockVersion, source: { outlet: "Example Gazette", kind: "verbatim", urls: ["https://example.org/a"] } }));
    expect(await t.db.clause.count({ where: { versionId, evidence: "verbatim" } })).toBe(8);
  });

  it("proposes links to the version it answers; an editor's decisions survive realign", async () => {
    const aligned = ok(await run(alignDraftDefinition, { versionId }));
    expect(aligned.links).toBeGreaterThan(0);
    // The aligner's own audit row names the editor who ran it, under the same request.
    const [alignRow, proposeRow] = await Promise.all([
      t.db.auditEvent.findFirstOrThrow({ where: { action: "version.align-draft" }, orderBy: { id: "desc" } }),
      t.db.auditEvent.findFirstOrThrow({ where: { action: "links.propose" }, orderBy: { id: "desc" } }),
    ]);
    expect(proposeRow).toMatchObject({ actorId: alignRow.actorId, requestId: alignRow.requestId });
    expect(proposeRow.actorId).not.toBeNull();
    const links = await t.db.link.findMany({ where: { fromVersionId: plan20, toVersionId: versionId }, include: { ends: true }, orderBy: { id: "asc" } });
    const oneToOne = links.filter((l) => l.ends.filter((e) => e.side === "from").length === 1 && l.ends.filter((e) => e.side === "to").length === 1);
    const [toConfirm, toRekind, toReject] = oneToOne;
    ok(await run(reviewLinkDefinition, { op: "confirm", linkId: toConfirm!.id, lockVersion: toConfirm!.lockVersion }));
    ok(await run(reviewLinkDefinition, { op: "kind", linkId: toRekind!.id, lockVersion: toRekind!.lockVersion, kind: toRekind!.kind === "changed" ? "reworded" : "changed" }));
    ok(await run(reviewLinkDefinition, { op: "reject", linkId: toReject!.id, lockVersion: toReject!.lockVersion }));

    const wrongKind = await run(reviewLinkDefinition, { op: "kind", linkId: toConfirm!.id, lockVersion: toConfirm!.lockVersion + 1, kind: "added" });
    expect(wrongKind.error).toMatchObject({ code: "Invalid", message: expect.stringMatching(/“Added” has nothing before/) });

    const decided = await t.db.link.findMany({ where: { id: { in: [toConfirm!.id, toRekind!.id, toReject!.id] } }, include: { ends: true }, orderBy: { id: "asc" } });
    await t.db.$transaction((tx) => realign(tx, plan20, versionId, { requestId: "test-realign", actorId: null }));
    ok(await run(alignDraftDefinition, { versionId }));
    const after = await t.db.link.findMany({ where: { id: { in: decided.map((d) => d.id) } }, include: { ends: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(decided);
    // The rejected pairing is not proposed again.
    const rejectedEnds = toReject!.ends.map((e) => e.clauseId).sort();
    const again = await t.db.link.findMany({ where: { fromVersionId: plan20, toVersionId: versionId, status: "proposed" }, include: { ends: true } });
    expect(again.some((l) => l.kind === toReject!.kind && l.ends.map((e) => e.clauseId).sort().join() === rejectedEnds.join())).toBe(false);
  });

  it("relinks a link to another clause, refusing clauses of the wrong version", async () => {
    const link = await t.db.link.findFirstOrThrow({ where: { fromVersionId: plan20, toVersionId: versionId, status: "proposed", ends: { some: { side: "to" } } }, include: { ends: true } });
    const target = link.ends.find((e) => e.side === "to")!.clauseId;
    const other = await t.db.clause.findFirstOrThrow({ where: { versionId: plan20, key: "11" } });
    const wrong = await run(reviewLinkDefinition, { op: "relink", linkId: link.id, lockVersion: link.lockVersion, from: [target], to: [target], kind: "changed" });
    expect(wrong.error).toMatchObject({ code: "Invalid", message: expect.stringMatching(/earlier version/) });
    const relinked = ok(await run(reviewLinkDefinition, { op: "relink", linkId: link.id, lockVersion: link.lockVersion, from: [other.id], to: [target], kind: "changed" }));
    expect(relinked).toMatchObject({ from: [other.id], to: [target], kind: "changed", origin: "editor", status: "confirmed" });
  });

  it("publishes once: a second publish (double click) is a no-op with a message, never a second revision", async () => {
    const version = await t.db.version.findUniqueOrThrow({ where: { id: versionId } });
    const before = await counts();
    const [first, second] = await Promise.all([
      run(publishDefinition, { versionId, lockVersion: version.lockVersion }),
      run(publishDefinition, { versionId, lockVersion: version.lockVersion }),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.data)).toHaveLength(1);
    const refused = results.find((r) => r.error)!;
    expect(refused.error).toMatchObject({ code: "Conflict", message: expect.stringMatching(/was already published .*Nothing was changed/) });
    expect(refused.error?.details?.current).toMatchObject({ state: "published", alreadyPublished: true });
    const after = await counts();
    expect(after.versions).toBe(before.versions);
    expect(await t.db.auditEvent.count({ where: { action: "version.publish", targetId: String(versionId) } })).toBe(1);
    const published = await t.db.version.findUniqueOrThrow({ where: { id: versionId } });
    expect(published).toMatchObject({ state: "published", revision: 1 });
    expect(published.publishedAt).not.toBeNull();
    // Its points now have lineages: the one confirmed to a plan-20 point continues that point's lineage.
    const withLineage = await t.db.clause.count({ where: { versionId, parentId: null, lineageId: { not: null } } });
    expect(withLineage).toBe(6);
  });

  it("keeps a published version immutable: clause edits and draft edits are refused", async () => {
    const clause = (await clausesOf(versionId))[0]!;
    const version = await t.db.version.findUniqueOrThrow({ where: { id: versionId } });
    const before = await counts();
    const edit = await run(editClauseDefinition, { clauseId: clause.id, lockVersion: clause.lockVersion, label: "1.", text: "Changed after publishing." });
    expect(edit.error).toMatchObject({ code: "Conflict", message: expect.stringMatching(/published versions are not changed/) });
    const update = await run(updateDraftDefinition, { versionId, lockVersion: version.lockVersion, version: draftInput().version });
    expect(update.error?.code).toBe("Conflict");
    const discard = await run(discardDraftDefinition, { versionId, lockVersion: version.lockVersion });
    expect(discard.error?.code).toBe("Conflict");
    expect(await counts()).toEqual(before);
  });

  it("corrects a published version through a new revision, once", async () => {
    const before = await counts();
    const started = ok(await run(correctDefinition, { versionId }));
    expect(started.revision).toBe(2);
    const copy = await t.db.version.findUniqueOrThrow({ where: { id: started.versionId } });
    expect(copy).toMatchObject({ slug: "revised-framework", revision: 2, revisionOfId: versionId, state: "draft" });
    expect(await t.db.clause.count({ where: { versionId: copy.id } })).toBe(await t.db.clause.count({ where: { versionId } }));
    expect(await t.db.link.count({ where: { toVersionId: copy.id } })).toBe(await t.db.link.count({ where: { toVersionId: versionId } }));
    const again = await run(correctDefinition, { versionId });
    expect(again.error).toMatchObject({ code: "Conflict", message: expect.stringMatching(/already in progress \(revision 2\)/) });
    expect(again.error?.details?.current).toMatchObject({ correctionId: copy.id });
    expect((await counts()).versions).toBe(before.versions + 1);

    // The correction is a draft like any other: edited, published as revision 2; revision 1 stays.
    const first = (await clausesOf(copy.id))[0]!;
    ok(await run(editClauseDefinition, { clauseId: first.id, lockVersion: first.lockVersion, label: "1.", text: "The sovereignty of Ukraine shall be confirmed by every signatory." }));
    ok(await run(publishDefinition, { versionId: copy.id, lockVersion: copy.lockVersion }));
    expect((await clausesOf(versionId))[0]!.text).toBe("The sovereignty of Ukraine shall be confirmed by all signatories.");
    expect(await t.db.version.count({ where: { slug: "revised-framework", state: "published" } })).toBe(2);
  });
});

describe("bad input: a clear, specific message and no write", () => {
  const cases: Array<[string, Parameters<typeof draftInput>[0], RegExp]> = [
    ["an empty paste", { text: "" }, /text is empty/],
    ["whitespace only", { text: " \n\n\t  \n" }, /only spaces and line breaks/],
    ["over 1 MB", { text: `1. ${"peace ".repeat(170_000)}` }, /the limit is 1 MB \(1,000,000 bytes\)/],
    ["a NUL byte (binary)", { text: "1. One\u0000\u0001\u0002" }, /NUL byte \(line 1, column 7\)/],
    ["replacement characters (garbled upload)", { text: "1. Gew\uFFFDhrleistung" }, /replacement characters/],
    ["control characters", { text: "1. One\u001b[31m" }, /control character U\+001B/],
    ["no recognisable points", { text: "* * *\n\n---\n\n[GAP: not recovered]" }, /No points found/],
    ["one paragraph without points", { text: "The parties will negotiate in good faith." }, /one paragraph with no numbered/],
    ["a javascript: URL", { urls: ["javascript:alert(document.cookie)"] }, /Only http:\/\/ and https:\/\/ addresses are accepted/],
    ["a data: URL", { urls: ["data:text/html,<script>alert(1)</script>"] }, /uses “data:”/],
    ["front matter that is not YAML", { text: "---\ntitle: [unclosed\nurl: x\n---\n1. One\n2. Two" }, /front matter .* is not valid YAML/],
    ["a slug already in use", { slug: "us-28-draft" }, /already used by “US 28-point draft”/],
  ];

  it.each(cases)("%s", async (_, overrides, message) => {
    const before = await counts();
    const result = await run(createDraftDefinition, draftInput({ title: "Bad input draft", ...overrides }));
    expect(result.error?.message).toMatch(message);
    expect(["Invalid", "Conflict"]).toContain(result.error?.code);
    expect(await counts()).toEqual(before);
  });

  it("titles in another script get a slug of their own: draft-<date>, then draft-<date>-2", async () => {
    const first = ok(await run(createDraftDefinition, draftInput({ title: "مسودة عربية" })));
    const second = ok(await run(createDraftDefinition, draftInput({ title: "Проєкт рамкової угоди" })));
    const slugs = await t.db.version.findMany({ where: { id: { in: [first.versionId, second.versionId] } }, select: { slug: true }, orderBy: { id: "asc" } });
    expect(slugs.map((v) => v.slug)).toEqual(["draft-2026-01-15", "draft-2026-01-15-2"]);
  });

  it("responding to a draft is refused", async () => {
    const draft = ok(await run(createDraftDefinition, draftInput({ title: "A draft to answer", slug: "a-draft-to-answer" })));
    const before = await counts();
    const result = await run(createDraftDefinition, draftInput({ title: "Answer to a draft", respondsToId: draft.versionId }));
    expect(result.error).toMatchObject({ code: "Invalid", message: expect.stringMatching(/only respond to a published version/) });
    expect(await counts()).toEqual(before);
    const version = await t.db.version.findUniqueOrThrow({ where: { id: draft.versionId } });
    ok(await run(discardDraftDefinition, { versionId: draft.versionId, lockVersion: version.lockVersion }));
    expect(await t.db.version.findUnique({ where: { id: draft.versionId } })).toBeNull();
  });

  it("stores HTML and script as plain text, right-to-left and Cyrillic as given", async () => {
    const text = "1. <script>alert(1)</script> sanctions\n2. <img src=x onerror=alert(1)>\n3. Україна отримає гарантії безпеки.\n4. نص البند الرابع";
    const created = ok(await run(createDraftDefinition, draftInput({ title: "Markup draft", text })));
    const clauses = await clausesOf(created.versionId);
    expect(clauses.map((c) => c.text)).toEqual(["<script>alert(1)</script> sanctions", "<img src=x onerror=alert(1)>", "Україна отримає гарантії безпеки.", "نص البند الرابع"]);
  });

  it("takes a paste of 5,000 points", async () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `${i + 1}. Point ${i + 1}: the parties agree on item ${i * 7}.`).join("\n");
    const created = ok(await run(createDraftDefinition, draftInput({ title: "Five thousand points", text, respondsToId: null })));
    expect(created.clauses).toBe(5_000);
    // A structural edit near the top renumbers all that follow, in one go.
    const [first] = await clausesOf(created.versionId);
    const started = performance.now();
    ok(await run(splitClauseDefinition, { clauseId: first!.id, lockVersion: first!.lockVersion, offset: 8 }));
    expect(performance.now() - started).toBeLessThan(20_000);
    const keys = (await clausesOf(created.versionId)).map((c) => c.key);
    expect(keys).toHaveLength(5_001);
    expect(new Set(keys).size).toBe(5_001);
  }, 120_000);

  it("a failure inside a publish leaves no rows behind", async () => {
    const draft = ok(await run(createDraftDefinition, draftInput({ title: "Publish that fails", slug: "publish-that-fails" })));
    const version = await t.db.version.findUniqueOrThrow({ where: { id: draft.versionId } });
    const lineagesBefore = await t.db.clause.findMany({ select: { id: true, lineageId: true }, orderBy: { id: "asc" } });
    const before = await counts();
    const failing = {
      ...publishDefinition,
      async run(ctx) {
        await publishDefinition.run(ctx); // state, publishedAt, lineages, audit row: all written…
        throw new Error("the disk filled up"); // …then the publish fails
      },
    } satisfies MutationDefinition<typeof publishDefinition.input, never>;
    const result = await run(failing, { versionId: version.id, lockVersion: version.lockVersion });
    expect(result.error?.code).toBe("Internal");
    expect(result.error?.message).not.toMatch(/disk/);
    expect(await counts()).toEqual(before);
    expect(await t.db.version.findUniqueOrThrow({ where: { id: version.id } })).toEqual(version);
    expect(await t.db.clause.findMany({ select: { id: true, lineageId: true }, orderBy: { id: "asc" } })).toEqual(lineagesBefore);
  });

  it("a failure inside draft creation leaves no rows behind", async () => {
    const before = await counts();
    const failing = {
      ...createDraftDefinition,
      async run(ctx) {
        await createDraftDefinition.run(ctx);
        throw new Error("connection reset");
      },
    } satisfies MutationDefinition<typeof createDraftDefinition.input, never>;
    expect((await run(failing, draftInput({ title: "Never stored", slug: "never-stored" }))).error?.code).toBe("Internal");
    expect(await counts()).toEqual(before);
  });
});

describe("adding a rendition to an existing version", () => {
  const E3_15 = `---
title: E3 counter-proposal, point 15 (test rendition)
---
15. A joint security working group with the participation of the United States, Ukraine, Russia and the Europeans will be established to promote and enforce all provisions of this agreement.`;

  it("fills an unknown clause, upgrades its grade, and audits the fill with before and after", async () => {
    const e3 = await t.db.version.findFirstOrThrow({ where: { slug: "eu-counter-proposal" } });
    const fifteen = await t.db.clause.findFirstOrThrow({ where: { versionId: e3.id, key: "15" } });
    expect(fifteen).toMatchObject({ evidence: "unknown", text: "" });
    const before = await counts();
    const added = ok(await run(addRenditionDefinition, { versionId: e3.id, source: { outlet: "Test Wire", kind: "verbatim", urls: ["https://example.org/e3"] }, text: E3_15 }));
    expect(added).toMatchObject({ filled: 1, upgraded: 0, readings: 0, unmatched: 0 });
    const filled = await t.db.clause.findUniqueOrThrow({ where: { id: fifteen.id } });
    expect(filled).toMatchObject({ evidence: "verbatim", language: "en", sourceId: added.sourceId, lockVersion: fifteen.lockVersion + 1 });
    expect(filled.text).toMatch(/^A joint security working group/);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "clause.fill", targetId: String(fifteen.id) } });
    expect(audit.before).toMatchObject({ evidence: "unknown", text: "" });
    expect(audit.after).toMatchObject({ evidence: "verbatim", fromSource: added.sourceId });
    const source = await t.db.source.findUniqueOrThrow({ where: { id: added.sourceId } });
    expect(source.rawText).toBe(E3_15);
    expect((await counts()).sources).toBe(before.sources + 1);
    // The us-28 → E3 link at point 15 is no longer "unknown": both sides have text now.
    const link = await t.db.link.findFirst({ where: { toVersionId: e3.id, ends: { some: { clauseId: fifteen.id } } } });
    expect(link?.kind).not.toBe("unknown");
  });

  it("refuses the same text twice, and a text that matches nothing, writing nothing", async () => {
    const e3 = await t.db.version.findFirstOrThrow({ where: { slug: "eu-counter-proposal" } });
    const before = await counts();
    const twice = await run(addRenditionDefinition, { versionId: e3.id, source: { outlet: "Test Wire", kind: "verbatim", urls: [] }, text: E3_15 });
    expect(twice.error).toMatchObject({ code: "Conflict", message: expect.stringMatching(/already a source of this version/) });
    const nothing = await run(addRenditionDefinition, { versionId: e3.id, source: { outlet: "Elsewhere", kind: "verbatim", urls: [] }, text: "41. Nothing here.\n42. Nor here." });
    expect(nothing.error).toMatchObject({ code: "Invalid", message: expect.stringMatching(/matches a clause of “E3 counter-proposal”/) });
    const empty = await run(addRenditionDefinition, { versionId: e3.id, source: { outlet: "Elsewhere", kind: "verbatim", urls: [] }, text: "   " });
    expect(empty.error?.message).toMatch(/The rendition has only spaces/);
    expect(await counts()).toEqual(before);
  });

  it("keeps a second witness of a known point as a reading", async () => {
    const us = await t.db.version.findFirstOrThrow({ where: { slug: "us-28-draft" } });
    const seventeen = await t.db.clause.findFirstOrThrow({ where: { versionId: us.id, key: "17" } });
    const added = ok(
      await run(addRenditionDefinition, {
        versionId: us.id,
        source: { outlet: "Another Wire", kind: "verbatim", urls: [] },
        text: "17. The United States and Russia will agree to extend the nuclear non-proliferation and arms control treaties, including the START I Treaty.",
      }),
    );
    expect(added).toMatchObject({ readings: 1, filled: 0 });
    expect(await t.db.clause.findUniqueOrThrow({ where: { id: seventeen.id } })).toMatchObject({ text: seventeen.text, sourceId: seventeen.sourceId });
    expect(await t.db.reading.count({ where: { clauseId: seventeen.id, sourceId: added.sourceId } })).toBe(1);
  });
});

describe("link curation on published versions", () => {
  it("a confirmed link between published versions survives realign", async () => {
    const us = await t.db.version.findFirstOrThrow({ where: { slug: "us-28-draft" } });
    const e3 = await t.db.version.findFirstOrThrow({ where: { slug: "eu-counter-proposal" } });
    const link = await t.db.link.findFirstOrThrow({ where: { fromVersionId: us.id, toVersionId: e3.id, status: "proposed" }, include: { ends: true } });
    ok(await run(reviewLinkDefinition, { op: "confirm", linkId: link.id, lockVersion: link.lockVersion }));
    const confirmed = await t.db.link.findUniqueOrThrow({ where: { id: link.id }, include: { ends: true } });
    expect(confirmed).toMatchObject({ status: "confirmed", lockVersion: link.lockVersion + 1 });
    await t.db.$transaction((tx) => realign(tx, us.id, e3.id, { requestId: "test-realign-2", actorId: null }));
    expect(await t.db.link.findUniqueOrThrow({ where: { id: link.id }, include: { ends: true } })).toEqual(confirmed);
    const stale = await run(reviewLinkDefinition, { op: "reject", linkId: link.id, lockVersion: link.lockVersion });
    expect(stale.error?.code).toBe("Conflict");
    expect(stale.error?.details?.current).toMatchObject({ status: "confirmed" });
  });
});
