/**
 * Topics on real PostgreSQL: the tree from topics.yaml, the import's proposals on the seed clauses,
 * re-tagging that never overrides an editor, editors' decisions through the mutation wrapper (role,
 * lockVersion, audit), and the topic × version matrix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/lib/server/auth";
import { addTopicDefinition, reviewTopicDefinition } from "@/lib/server/actions/topics";
import { runAsSystem, runMutation } from "@/lib/server/actions/mutation";
import { createUserDefinition } from "@/lib/server/actions/users";
import type { ActionResult } from "@/lib/server/errors";
import { getClauseTopics, getTopicMatrix, getTopicPage } from "@/lib/server/queries/topics";
import { tagClauses } from "@/lib/server/topics";
import { topicCatalog } from "@/lib/topics/catalog";
import type { TestDatabase } from "./database";
import { createSeededDatabase } from "./seeded";

const PASSWORD = "correct horse battery staple";
let t: TestDatabase;
let auth: Auth;
const cookie: Record<"editor" | "reader", string> = { editor: "", reader: "" };

function ok<T>(result: ActionResult<T>): T {
  if (result.error) throw new Error(`expected data, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
const as = (role: keyof typeof cookie) => new Headers({ cookie: cookie[role] });

beforeAll(async () => {
  t = await createSeededDatabase();
  auth = createAuth(t.db, { secret: "integration-test-secret-0123456789abcdef", baseURL: "http://localhost:3999", secureCookies: false });
  for (const role of ["editor", "reader"] as const) {
    ok(await runAsSystem(createUserDefinition, { email: `${role}@example.test`, password: PASSWORD, role }, { db: t.db, auth, requestId: `setup-${role}` }));
    const response = await auth.api.signInEmail({ body: { email: `${role}@example.test`, password: PASSWORD }, asResponse: true });
    cookie[role] = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  }
}, 300_000);
afterAll(async () => t?.drop());

async function clause(version: string, key: string) {
  return t.db.clause.findFirstOrThrow({ where: { version: { slug: version }, key } });
}
async function topicId(slug: string) {
  return (await t.db.topic.findUniqueOrThrow({ where: { slug } })).id;
}
async function tagsOf(version: string, key: string) {
  const c = await clause(version, key);
  return (await getClauseTopics(t.db, [c.id])).get(c.id)?.map((x) => x.slug) ?? [];
}
const allVersionIds = async () => (await t.db.version.findMany({ select: { id: true } })).map((v) => v.id);

describe("the import", () => {
  it("stores the tree: four buckets, at least 15 topics under them", async () => {
    const buckets = await t.db.topic.findMany({ where: { parentId: null }, orderBy: { position: "asc" }, include: { children: true } });
    expect(buckets.map((b) => b.slug)).toEqual(["peace-in-ukraine", "guarantees", "security-in-europe", "future-relations"]);
    expect(buckets.reduce((n, b) => n + b.children.length, 0)).toBe(topicCatalog().topics.length);
    expect(topicCatalog().topics.length).toBeGreaterThanOrEqual(15);
  });

  it("proposes topics for the seed clauses, from every witness", async () => {
    expect(await tagsOf("us-28-draft", "6")).toEqual(["army-size"]);
    expect(await tagsOf("us-28-draft", "19")).toContain("zaporizhzhia-npp");
    expect(await tagsOf("us-28-draft", "26")).toEqual(["amnesty"]); // known only in German, Latvian and Japanese
    expect(await tagsOf("plan-20", "4")).toEqual(["army-size"]);
    const rows = await t.db.clauseTopic.findMany();
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.origin === "auto" && r.status === "proposed" && r.score >= 0.5 && r.score < 1)).toBe(true);
    const counts = await t.db.clauseTopic.groupBy({ by: ["topicId"], _count: { _all: true } });
    expect(counts.length).toBe(topicCatalog().topics.length); // every topic is used somewhere
    const audit = await t.db.auditEvent.count({ where: { action: "topics.propose" } });
    expect(audit).toBeGreaterThan(0);
  });

  it("re-tags without writing when nothing changed", async () => {
    const all = await t.db.$transaction(async (tx) => tagClauses(tx, await allVersionIds()), { timeout: 120_000 });
    expect(all).toMatchObject({ created: 0, updated: 0, removed: 0 });
  });
});

describe("editors' decisions", () => {
  it("confirm, reject and add through the mutation wrapper, audited, and survive re-tagging", async () => {
    const six = await clause("us-28-draft", "6");
    const army = await topicId("army-size");
    const nato = await topicId("nato");
    const tag = await t.db.clauseTopic.findUniqueOrThrow({ where: { clauseId_topicId: { clauseId: six.id, topicId: army } } });

    const confirmed = ok(await runMutation(reviewTopicDefinition, { clauseId: six.id, topicId: army, decision: "confirmed", lockVersion: tag.lockVersion }, { db: t.db, auth, headers: as("editor") }));
    expect(confirmed).toMatchObject({ status: "confirmed", origin: "editor", lockVersion: tag.lockVersion + 1 });
    const added = ok(await runMutation(addTopicDefinition, { clauseId: six.id, topic: "nato" }, { db: t.db, auth, headers: as("editor") }));
    expect(added).toMatchObject({ topicId: nato, status: "confirmed", origin: "editor" });
    const nineteen = await clause("us-28-draft", "19");
    const npp = await topicId("zaporizhzhia-npp");
    const nppTag = await t.db.clauseTopic.findUniqueOrThrow({ where: { clauseId_topicId: { clauseId: nineteen.id, topicId: npp } } });
    ok(await runMutation(reviewTopicDefinition, { clauseId: nineteen.id, topicId: npp, decision: "rejected", lockVersion: nppTag.lockVersion }, { db: t.db, auth, headers: as("editor") }));

    const audit = await t.db.auditEvent.findMany({ where: { targetType: "ClauseTopic" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["topic.review", "topic.add", "topic.review"]);
    expect(audit.every((a) => a.actorId !== null)).toBe(true);

    // The import's re-tagging leaves every decision as the editor left it.
    await t.db.$transaction(async (tx) => tagClauses(tx, await allVersionIds()), { timeout: 120_000 });
    const after = await t.db.clauseTopic.findMany({ where: { OR: [{ clauseId: six.id }, { clauseId: nineteen.id, topicId: npp }] } });
    expect(after.map((r) => [r.topicId, r.status, r.origin]).sort()).toEqual(
      [[army, "confirmed", "editor"], [nato, "confirmed", "editor"], [npp, "rejected", "editor"]].sort(),
    );
    // A rejected topic is not shown as a chip.
    expect(await tagsOf("us-28-draft", "19")).not.toContain("zaporizhzhia-npp");
  });

  it("refuse a stale decision, a reader, a bucket and an unknown topic", async () => {
    const six = await clause("us-28-draft", "6");
    const army = await topicId("army-size");
    const stale = await runMutation(reviewTopicDefinition, { clauseId: six.id, topicId: army, decision: "rejected", lockVersion: 0 }, { db: t.db, auth, headers: as("editor") });
    expect(stale.error?.code).toBe("Conflict");
    expect(stale.error?.details?.current).toMatchObject({ status: "confirmed" });
    const reader = await runMutation(addTopicDefinition, { clauseId: six.id, topic: "sanctions" }, { db: t.db, auth, headers: as("reader") });
    expect(reader.error?.code).toBe("Forbidden");
    const bucket = await runMutation(addTopicDefinition, { clauseId: six.id, topic: "guarantees" }, { db: t.db, auth, headers: as("editor") });
    expect(bucket.error?.code).toBe("Invalid");
    const unknown = await runMutation(addTopicDefinition, { clauseId: six.id, topic: "no-such-topic" }, { db: t.db, auth, headers: as("editor") });
    expect(unknown.error?.code).toBe("Invalid");
    const invalid = await runMutation(reviewTopicDefinition, { clauseId: "x", topicId: army, decision: "maybe", lockVersion: 0 }, { db: t.db, auth, headers: as("editor") });
    expect(invalid.error?.code).toBe("Invalid");
    expect(await t.db.auditEvent.count({ where: { targetType: "ClauseTopic" } })).toBe(3);
  });
});

describe("the topic × version matrix", () => {
  it("has a row per topic and a column per published version in date order", async () => {
    const matrix = await getTopicMatrix(t.db);
    expect(matrix.buckets).toHaveLength(4);
    expect(matrix.buckets.flatMap((b) => b.rows)).toHaveLength(topicCatalog().topics.length);
    const dates = matrix.versions.map((v) => v.date.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(matrix.versions.map((v) => v.slug)).toContain("plan-20");
  });

  it("lists the points on a topic with their change, and marks silence as unknown when text is missing", async () => {
    const matrix = await getTopicMatrix(t.db);
    const col = (slug: string) => matrix.versions.findIndex((v) => v.slug === slug);
    const row = matrix.buckets.flatMap((b) => b.rows).find((r) => r.slug === "army-size")!;
    const us = row.cells[col("us-28-draft")]!;
    expect(us.state).toBe("present");
    expect(us.items.map((i) => i.key)).toContain("6");
    const plan = row.cells[col("plan-20")]!;
    const four = plan.items.find((i) => i.key === "4")!;
    expect(four.change).toMatchObject({ kind: "changed", fromVersion: { slug: "us-28-draft" }, fromKeys: ["6"] });
    // The E3 paper left points unrecovered: a topic it does not mention is unknown there, never "removed".
    const elections = matrix.buckets.flatMap((b) => b.rows).find((r) => r.slug === "elections")!;
    const states = new Set(matrix.buckets.flatMap((b) => b.rows).flatMap((r) => r.cells.map((c) => c.state)));
    expect(states).toEqual(new Set(["present", "unknown", "absent"]));
    for (const r of matrix.buckets.flatMap((b) => b.rows)) {
      const e3 = r.cells[col("eu-counter-proposal")]!;
      expect(e3.state === "absent").toBe(false); // incomplete version: never "absent"
    }
    expect(elections.cells[col("framework-19")]!.state).not.toBe("absent");
  });

  it("gives a topic page with word diffs between linked points", async () => {
    const page = (await getTopicPage(t.db, "army-size"))!;
    const plan = page.entries.find((e) => e.version.slug === "plan-20")!;
    const four = plan.cell.items.find((i) => i.key === "4")!;
    const diff = plan.diffs.get(four.clauseId)!;
    expect(diff.status).toBe("ok");
    if (diff.status === "ok") {
      expect(diff.parts.filter((p) => p.op === "delete").map((p) => p.text).join(" ")).toContain("600,000");
      expect(diff.parts.filter((p) => p.op === "insert").map((p) => p.text).join(" ")).toContain("800,000");
    }
    expect(await getTopicPage(t.db, "no-such-topic")).toBeNull();
    // A bucket's page gathers its topics.
    const bucket = (await getTopicPage(t.db, "guarantees"))!;
    expect(bucket.clauseCount).toBeGreaterThan(page.clauseCount);
  });
});
