/**
 * The timeline: every published version of every plan, in date order, with how much of its text is known.
 */
import type { EvidenceGrade, VersionKind, VersionStatus } from "@/generated/prisma/enums";
import type { DbOrTx } from "../db";

/** How much of a version's text is known, counted over its top-level points (sub-points belong to them). */
export interface Completeness {
  /** Points the version has: its declared point count, else the points on record. */
  total: number;
  /** Top-level points by evidence grade, in position order (one entry per point). */
  points: EvidenceGrade[];
  /** Points whose text (or paraphrase) is known. */
  withText: number;
  /** Points known only from reports. */
  reportedOnly: number;
  /** Points not recovered. */
  unknown: number;
  /** Reported elements: press reports about the version that are not points of its text. */
  reports: number;
}

export interface TimelineVersion {
  id: number;
  planId: number;
  slug: string;
  title: string;
  party: string;
  date: Date;
  status: VersionStatus;
  kind: VersionKind;
  summary: string;
  respondsTo: { slug: string; title: string } | null;
  sourceCount: number;
  completeness: Completeness;
}

/** Readers see only published versions; of a corrected version, only its latest published revision. */
export const PUBLISHED = { state: "published" } as const;

export interface TimelinePlan {
  slug: string;
  title: string;
  summary: string;
  versions: TimelineVersion[];
}

/** Plans with their published versions in date order; plans with nothing published are left out. */
export async function listTimeline(db: DbOrTx): Promise<TimelinePlan[]> {
  const [plans, versions] = await Promise.all([
    db.plan.findMany({ orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, summary: true } }),
    listVersions(db),
  ]);
  return plans
    .map(({ id, ...plan }) => ({ ...plan, versions: versions.filter((v) => v.planId === id) }))
    .filter((p) => p.versions.length > 0);
}

export async function listVersions(db: DbOrTx): Promise<TimelineVersion[]> {
  const rows = await db.version.findMany({
    where: PUBLISHED,
    // Same date: drafts before related documents, then the order they were entered (the seed's
    // versions.yaml order: E3's mark-up came before the Geneva framework on 23 November).
    orderBy: [{ date: "asc" }, { kind: "asc" }, { id: "asc" }],
    select: {
      id: true,
      planId: true,
      slug: true,
      revision: true,
      title: true,
      party: true,
      date: true,
      status: true,
      kind: true,
      summary: true,
      pointCount: true,
      respondsTo: { select: { slug: true, title: true, state: true } },
      _count: { select: { sources: true } },
      clauses: {
        where: { parentId: null },
        orderBy: { position: "asc" },
        select: { role: true, evidence: true },
      },
    },
  });

  const newest = new Map<string, number>();
  for (const v of rows) newest.set(v.slug, Math.max(newest.get(v.slug) ?? 0, v.revision));
  const latest = rows.filter((v) => v.revision === newest.get(v.slug));

  return latest.map((v) => ({
    id: v.id,
    planId: v.planId,
    slug: v.slug,
    title: v.title,
    party: v.party,
    date: v.date,
    status: v.status,
    kind: v.kind,
    summary: v.summary,
    respondsTo: v.respondsTo && v.respondsTo.state === "published" ? { slug: v.respondsTo.slug, title: v.respondsTo.title } : null,
    sourceCount: v._count.sources,
    completeness: completeness(v.pointCount, v.clauses),
  }));
}

export function completeness(pointCount: number | null, topLevel: { role: "point" | "report"; evidence: EvidenceGrade }[]): Completeness {
  const points = topLevel.filter((c) => c.role === "point").map((c) => c.evidence);
  const count = (grades: EvidenceGrade[]) => points.filter((g) => grades.includes(g)).length;
  // A declared count larger than the points on record means some were never even listed as unknown.
  // A version with no points at all is known only from reports (or not yet imported): it has no gaps to show.
  const missing = points.length === 0 ? 0 : Math.max(0, (pointCount ?? 0) - points.length);
  const all = [...points, ...Array<EvidenceGrade>(missing).fill("unknown")];
  return {
    total: all.length,
    points: all,
    withText: count(["verbatim", "paraphrase"]),
    reportedOnly: count(["reported"]),
    unknown: count(["unknown"]) + missing,
    reports: topLevel.length - points.length,
  };
}
