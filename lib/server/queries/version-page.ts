/**
 * One version as printed: its header, its sources, and its clauses in order with sub-points nested
 * under their points and every other witness's reading beside each clause.
 */
import type { ClauseRole, EvidenceGrade, SourceKind, VersionKind, VersionStatus } from "@/generated/prisma/enums";
import type { DbOrTx } from "../db";
import { CLAUSE_TOPICS, topicChip, type TopicChip } from "./topics";
import { completeness, PUBLISHED, type Completeness } from "./versions";

export interface SourceRef {
  id: number;
  outlet: string;
  language: string;
  kind: SourceKind;
}

export interface ReadingView {
  id: number;
  label: string;
  text: string;
  language: string;
  evidence: EvidenceGrade;
  truncated: boolean;
  source: SourceRef;
}

export interface ClauseView {
  id: number;
  key: string;
  role: ClauseRole;
  label: string;
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
  truncated: boolean;
  deleted: boolean;
  /** The clause's identity through all versions (top-level points only): its lineage page is /clauses/<lineageId>. */
  lineageId: string | null;
  source: SourceRef | null;
  readings: ReadingView[];
  /** Topics shown with the clause (components/TopicChips.tsx). */
  topics: TopicChip[];
  children: ClauseView[];
}

export interface VersionSourceView extends SourceRef {
  title: string;
  completeness: string;
  pointsRecovered: string;
}

export interface VersionLink {
  slug: string;
  title: string;
  date: Date;
}

export interface VersionPage {
  id: number;
  slug: string;
  revision: number;
  title: string;
  party: string;
  date: Date;
  status: VersionStatus;
  kind: VersionKind;
  summary: string;
  pointCount: number | null;
  plan: { slug: string; title: string };
  respondsTo: VersionLink | null;
  responses: VersionLink[];
  sources: VersionSourceView[];
  /** Top-level points in order, each with its sub-points. */
  points: ClauseView[];
  /** Reported elements: reports about the version that are not points of its text. */
  reports: ClauseView[];
  completeness: Completeness;
}

const SOURCE_REF = { select: { id: true, outlet: true, language: true, kind: true } } as const;

export async function getVersionPage(db: DbOrTx, slug: string): Promise<VersionPage | null> {
  const version = await db.version.findFirst({
    where: { slug, ...PUBLISHED },
    orderBy: { revision: "desc" },
    select: {
      id: true,
      slug: true,
      revision: true,
      title: true,
      party: true,
      date: true,
      status: true,
      kind: true,
      summary: true,
      pointCount: true,
      plan: { select: { slug: true, title: true } },
      respondsTo: { select: { slug: true, title: true, date: true, state: true } },
      responses: { where: PUBLISHED, orderBy: { date: "asc" }, select: { slug: true, title: true, date: true } },
      sources: {
        orderBy: [{ kind: "asc" }, { outlet: "asc" }],
        select: { id: true, outlet: true, language: true, kind: true, title: true, completeness: true, pointsRecovered: true },
      },
      clauses: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          role: true,
          label: true,
          parentId: true,
          text: true,
          evidence: true,
          language: true,
          truncated: true,
          deleted: true,
          lineageId: true,
          source: SOURCE_REF,
          topics: CLAUSE_TOPICS,
          readings: {
            orderBy: [{ evidence: "asc" }, { language: "asc" }, { id: "asc" }],
            select: { id: true, label: true, text: true, language: true, evidence: true, truncated: true, source: SOURCE_REF },
          },
        },
      },
    },
  });
  if (!version) return null;

  // Nest in one pass: clauses arrive in position order, sub-points after their parent.
  const byId = new Map<number, ClauseView>();
  const topLevel: ClauseView[] = [];
  for (const { parentId, ...c } of version.clauses) {
    const view: ClauseView = { ...c, topics: c.topics.map(topicChip), children: [] };
    byId.set(c.id, view);
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent) parent.children.push(view);
    else topLevel.push(view);
  }

  // A revision's other revisions share its slug; responses to any revision are responses to the version.
  const responses = dedupeBySlug(version.responses);
  const respondsTo = version.respondsTo?.state === "published" ? { slug: version.respondsTo.slug, title: version.respondsTo.title, date: version.respondsTo.date } : null;

  return {
    id: version.id,
    slug: version.slug,
    revision: version.revision,
    title: version.title,
    party: version.party,
    date: version.date,
    status: version.status,
    kind: version.kind,
    summary: version.summary,
    pointCount: version.pointCount,
    plan: version.plan,
    respondsTo,
    responses,
    sources: version.sources,
    points: topLevel.filter((c) => c.role === "point"),
    reports: topLevel.filter((c) => c.role === "report"),
    completeness: completeness(version.pointCount, topLevel),
  };
}

function dedupeBySlug(links: VersionLink[]): VersionLink[] {
  const seen = new Set<string>();
  return links.filter((l) => (seen.has(l.slug) ? false : (seen.add(l.slug), true)));
}

/** The title of a published version, for page metadata without loading its clauses. */
export async function getVersionTitle(db: DbOrTx, slug: string): Promise<{ title: string; summary: string } | null> {
  return db.version.findFirst({ where: { slug, ...PUBLISHED }, orderBy: { revision: "desc" }, select: { title: true, summary: true } });
}
