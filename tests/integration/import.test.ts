/**
 * The import on real PostgreSQL: every rendition stored faithfully and collated; re-import is a no-op;
 * a changed file updates only what changed; a failing import leaves the database as it was.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "@/lib/collate/describe";
import { importRenditions, SEED_DIR } from "@/lib/server/import";
import { createTestDatabase, type TestDatabase } from "./database";

const PLANS = path.join(SEED_DIR, "plans");
const files = readdirSync(PLANS).filter((f) => f.endsWith(".md"));

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await importRenditions(t.db, SEED_DIR);
}, 180_000);
afterAll(async () => t.drop());

/** A copy of the seed folder that a test may edit. */
function seedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pointwise-seed-"));
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

async function snapshot(db: TestDatabase["db"]) {
  const [sources, clauses, readings, links, audit] = await Promise.all([
    db.source.findMany({ select: { id: true, slug: true, sha256: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.clause.findMany({ select: { id: true, key: true, versionId: true, text: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.reading.findMany({ select: { id: true, text: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.link.count(),
    db.auditEvent.count(),
  ]);
  return { sources, clauses, readings, links, audit };
}

describe("import of the seed renditions", () => {
  it("stores every rendition byte-identical with its sha256", async () => {
    const sources = await t.db.source.findMany();
    expect(sources).toHaveLength(files.length);
    for (const s of sources) {
      const raw = readFileSync(path.join(PLANS, `${s.slug}.md`), "utf8");
      expect(s.rawText).toBe(raw);
      expect(s.sha256).toBe(sha256(raw));
    }
  });

  it("records which version each one answers (versions.yaml's respondsTo)", async () => {
    const versions = await t.db.version.findMany({ select: { slug: true, respondsTo: { select: { slug: true } } } });
    const answers = Object.fromEntries(versions.map((v) => [v.slug, v.respondsTo?.slug ?? null]));
    expect(answers).toMatchObject({ "us-28-draft": null, "eu-counter-proposal": "us-28-draft", "framework-19": "us-28-draft" });
  });

  it("gives the 28-point draft its 28 points, with unrecovered ones unknown rather than missing", async () => {
    const version = await t.db.version.findFirstOrThrow({ where: { slug: "us-28-draft" } });
    const points = await t.db.clause.findMany({ where: { versionId: version.id, parentId: null, role: "point" }, orderBy: { position: "asc" } });
    expect(points.map((p) => p.key)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(points.every((p) => p.evidence !== "unknown" || p.text === "")).toBe(true);
    // Point 6 is known word for word in English, from several outlets.
    const six = points.find((p) => p.key === "6")!;
    expect(six.evidence).toBe("verbatim");
    expect(six.text).toMatch(/600,000/);
    expect(await t.db.reading.count({ where: { clauseId: six.id } })).toBeGreaterThanOrEqual(5);
    // Point 10's sub-points are present under it.
    const ten = points.find((p) => p.key === "10")!;
    expect(await t.db.clause.count({ where: { parentId: ten.id } })).toBe(4);
  });

  it("keeps the E3 mark-up's numbering: point 3 struck, points with no text or report unknown", async () => {
    const version = await t.db.version.findFirstOrThrow({ where: { slug: "eu-counter-proposal" } });
    const points = await t.db.clause.findMany({ where: { versionId: version.id, parentId: null, role: "point" } });
    expect(points).toHaveLength(28);
    const byKey = new Map(points.map((p) => [p.key, p]));
    expect(byKey.get("3")!.deleted).toBe(true);
    expect(byKey.get("6")!.text).toMatch(/800,000/);
    for (const key of ["15", "16", "17", "18"]) expect(byKey.get(key)!.evidence).toBe("unknown");
    // The amnesty point is known only from a report.
    expect(byKey.get("26")!.evidence).toBe("reported");
  });

  it("shows reported-only versions as their reported elements, not as points", async () => {
    const version = await t.db.version.findFirstOrThrow({ where: { slug: "framework-19" } });
    const clauses = await t.db.clause.findMany({ where: { versionId: version.id } });
    expect(clauses.length).toBeGreaterThanOrEqual(19);
    expect(clauses.every((c) => c.role === "report" && c.evidence === "reported")).toBe(true);
  });

  it("stores proposed links and derives lineages", async () => {
    expect(await t.db.link.count({ where: { origin: "auto", status: "proposed" } })).toBeGreaterThan(28);
    const six = await t.db.clause.findFirstOrThrow({ where: { key: "6", version: { slug: "us-28-draft" } } });
    expect(six.lineageId).toBe("us-28-draft.6");
    const e3six = await t.db.clause.findFirstOrThrow({ where: { key: "6", version: { slug: "eu-counter-proposal" } } });
    expect(e3six.lineageId).toBe("us-28-draft.6");
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(t.db);
    const report = await importRenditions(t.db, SEED_DIR);
    expect(report.summary.sourcesWritten).toBe(0);
    expect(report.summary.clausesWritten).toBe(0);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe("re-import of a changed file", () => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase();
    await importRenditions(d.db, SEED_DIR);
  }, 180_000);
  afterAll(async () => d.drop());

  it("updates only that source and the clauses it changes, in its own version", async () => {
    const dir = seedCopy();
    const file = path.join(dir, "plans", "us-28-draft--golda-dk.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("5. Ukraine will receive reliable security guarantees.", "5. Ukraine will receive reliable and lasting security guarantees."));
    const before = await snapshot(d.db);
    const report = await importRenditions(d.db, dir);
    const after = await snapshot(d.db);

    expect(report.summary.sourcesWritten).toBe(1);
    expect(report.summary.versionsCollated).toEqual(["us-28-draft"]);
    const changedSources = after.sources.filter((s, i) => s.sha256 !== before.sources[i]!.sha256).map((s) => s.slug);
    expect(changedSources).toEqual(["us-28-draft--golda-dk"]);
    // Clauses of every other version are untouched.
    const us28 = (await d.db.version.findFirstOrThrow({ where: { slug: "us-28-draft" } })).id;
    const touched = after.clauses.filter((c, i) => c.updatedAt.getTime() !== before.clauses[i]!.updatedAt.getTime());
    expect(touched.every((c) => c.versionId === us28)).toBe(true);
    const changedReadings = after.readings.filter((r) => !before.readings.some((b) => b.id === r.id && b.text === r.text));
    expect(changedReadings.map((r) => r.text)).toEqual(["Ukraine will receive reliable and lasting security guarantees."]);
  });

  it("rolls back completely when the import fails half-way", async () => {
    const dir = seedCopy();
    const edited = path.join(dir, "plans", "plan-20--ukrinform.md");
    writeFileSync(edited, readFileSync(edited, "utf8").replace("Ukraine will receive strong security guarantees.", "Ukraine will receive strong security guarantees, it says."));
    const newFile = path.join(dir, "plans", "plan-20--zz-broken.md");
    writeFileSync(newFile, readFileSync(edited, "utf8").replace(/^slug: .*$/m, "slug: plan-20--zz-broken"));
    // A real failure inside the transaction, after the edited file has been written: the database refuses the new source.
    await d.db.$executeRawUnsafe(`ALTER TABLE "Source" ADD CONSTRAINT "test_refuse_broken" CHECK (slug <> 'plan-20--zz-broken')`);
    try {
      const before = await snapshot(d.db);
      await expect(importRenditions(d.db, dir)).rejects.toThrow();
      expect(await snapshot(d.db)).toEqual(before);
    } finally {
      await d.db.$executeRawUnsafe(`ALTER TABLE "Source" DROP CONSTRAINT "test_refuse_broken"`);
    }
  });

  it("refuses a file whose version is not in the catalogue, writing nothing", async () => {
    const dir = seedCopy();
    writeFileSync(path.join(dir, "plans", "mystery.md"), "---\nslug: mystery\nversion: no-such-version\n---\n1. Text.\n");
    const before = await snapshot(d.db);
    await expect(importRenditions(d.db, dir)).rejects.toThrow(/no-such-version/);
    expect(await snapshot(d.db)).toEqual(before);
  });
});
