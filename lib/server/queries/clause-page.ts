/**
 * One clause on its own page (its citable permalink): the text shown and its evidence, where the text
 * comes from, the other readings, its topics, its lineage through the versions, and its links.
 */
import type { ClauseRole, EvidenceGrade, LinkKind, SourceKind, VersionStatus } from "@/generated/prisma/enums";
import type { DbOrTx } from "../db";
import { getClauseTopics, type TopicChip } from "./topics";
import { PUBLISHED } from "./versions";

export interface ClauseSource {
  id: number;
  outlet: string;
  title: string;
  language: string;
  kind: SourceKind;
  urls: string[];
  sha256: string;
}

export interface ClausePage {
  version: { id: number; slug: string; title: string; party: string; date: Date; status: VersionStatus };
  clause: {
    id: number;
    key: string;
    label: string;
    role: ClauseRole;
    text: string;
    evidence: EvidenceGrade;
    language: string | null;
    truncated: boolean;
    deleted: boolean;
    lineageId: string | null;
    parent: { key: string; label: string } | null;
    source: ClauseSource | null;
  };
  children: Array<{ key: string; label: string; text: string; evidence: EvidenceGrade; language: string | null; truncated: boolean }>;
  readings: Array<{ id: number; label: string; text: string; language: string; evidence: EvidenceGrade; truncated: boolean; source: ClauseSource }>;
  topics: TopicChip[];
  /** The same clause in other published versions (its lineage), in date order, this one included. */
  lineage: Array<{ slug: string; title: string; date: Date; key: string; label: string; evidence: EvidenceGrade; current: boolean }>;
  links: Array<{ direction: "from" | "to"; kind: LinkKind; status: string; other: { slug: string; title: string; keys: string[] } }>;
}

const SOURCE = { select: { id: true, outlet: true, title: true, language: true, kind: true, urls: true, sha256: true } } as const;

export async function getClausePage(db: DbOrTx, slug: string, key: string): Promise<ClausePage | null> {
  const version = await db.version.findFirst({
    where: { slug, ...PUBLISHED },
    orderBy: { revision: "desc" },
    select: { id: true, slug: true, title: true, party: true, date: true, status: true },
  });
  if (!version) return null;
  const clause = await db.clause.findUnique({
    where: { versionId_key: { versionId: version.id, key } },
    select: {
      id: true, key: true, label: true, role: true, text: true, evidence: true, language: true, truncated: true, deleted: true, lineageId: true,
      parent: { select: { key: true, label: true } },
      source: SOURCE,
      children: { orderBy: { position: "asc" }, select: { key: true, label: true, text: true, evidence: true, language: true, truncated: true } },
      readings: { orderBy: [{ evidence: "asc" }, { language: "asc" }, { id: "asc" }], select: { id: true, label: true, text: true, language: true, evidence: true, truncated: true, source: SOURCE } },
    },
  });
  if (!clause) return null;

  // Links touch top-level points; a sub-point shows its point's.
  const pointId = clause.parent ? (await db.clause.findUnique({ where: { versionId_key: { versionId: version.id, key: clause.parent.key } }, select: { id: true } }))?.id : clause.id;
  const [topics, lineage, ends] = await Promise.all([
    getClauseTopics(db, [clause.id]),
    clause.lineageId
      ? db.clause.findMany({
          where: { lineageId: clause.lineageId, version: PUBLISHED },
          select: { id: true, key: true, label: true, evidence: true, version: { select: { slug: true, title: true, date: true } } },
        })
      : Promise.resolve([]),
    pointId === undefined
      ? Promise.resolve([])
      : db.linkClause.findMany({
          where: { clauseId: pointId, link: { status: { not: "rejected" }, fromVersion: PUBLISHED, toVersion: PUBLISHED } },
          select: {
            side: true,
            link: {
              select: {
                kind: true,
                status: true,
                fromVersion: { select: { slug: true, title: true, date: true } },
                toVersion: { select: { slug: true, title: true, date: true } },
                ends: { select: { side: true, clause: { select: { key: true, position: true } } } },
              },
            },
          },
        }),
  ]);

  const { children, readings, source, ...rest } = clause;
  return {
    version,
    clause: { ...rest, source },
    children,
    readings,
    topics: topics.get(clause.id) ?? [],
    lineage: lineage
      .map((c) => ({ slug: c.version.slug, title: c.version.title, date: c.version.date, key: c.key, label: c.label, evidence: c.evidence, current: c.id === clause.id }))
      .sort((a, b) => a.date.getTime() - b.date.getTime() || a.slug.localeCompare(b.slug)),
    links: ends
      .map((e) => {
        const other: "from" | "to" = e.side === "from" ? "to" : "from";
        const otherVersion = other === "to" ? e.link.toVersion : e.link.fromVersion;
        const keys = e.link.ends.filter((x) => x.side === other).sort((a, b) => a.clause.position - b.clause.position).map((x) => x.clause.key);
        return { direction: other, kind: e.link.kind, status: e.link.status, other: { slug: otherVersion.slug, title: otherVersion.title, keys }, date: otherVersion.date };
      })
      .sort((a, b) => a.date.getTime() - b.date.getTime())
      .map(({ date: _date, ...l }) => l),
  };
}
