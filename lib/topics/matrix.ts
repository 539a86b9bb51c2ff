/**
 * The topic × version matrix, computed from plain rows (pure, so the rules are unit-tested):
 * each cell lists the points of one version on one topic, with how each changed from the version
 * it answers (the stored link's kind), the earlier points on the topic that the version dropped,
 * and — when the version says nothing on the topic — whether that silence means "not in the text"
 * or "unknown" because part of the version was never recovered. Unknown is never shown as removed.
 */
import type { ClauseRole, EvidenceGrade, LinkKind, ReviewStatus } from "@/generated/prisma/enums";

export interface MatrixVersion {
  id: number;
  slug: string;
  title: string;
  date: Date;
  respondsToId: number | null;
  /** Part of the version's text was never recovered (or it is known only from reports). */
  incomplete: boolean;
}

export interface MatrixClause {
  id: number;
  versionId: number;
  key: string;
  label: string;
  text: string;
  role: ClauseRole;
  evidence: EvidenceGrade;
  language: string | null;
  parentId: number | null;
  position: number;
}

export interface MatrixTag {
  clauseId: number;
  topicId: number;
  status: ReviewStatus;
}

export interface MatrixLink {
  kind: LinkKind;
  status: ReviewStatus;
  fromVersionId: number;
  toVersionId: number;
  from: number[];
  to: number[];
}

/** How an item came to be: the stored link from an earlier version, as shown in a badge. */
export interface ItemChange {
  /** The link's kind; "unknown" also when either side's text is unknown. */
  kind: LinkKind;
  fromVersion: { slug: string; title: string };
  fromKeys: string[];
}

export interface CellItem {
  clauseId: number;
  key: string;
  label: string;
  text: string;
  role: ClauseRole;
  evidence: EvidenceGrade;
  language: string | null;
  /** Confirmed when an editor confirmed the tag on the point or one of its sub-points. */
  tag: "confirmed" | "proposed" | "counterpart";
  /** Keys of the tagged sub-points, when the tag sits on them rather than on the point. */
  via: string[];
  change: ItemChange | null;
}

export interface Cell {
  versionId: number;
  /** present: the version has points on the topic (or dropped some); unknown: it may have, its text is
   * incomplete; absent: its recovered text is complete and says nothing on the topic. */
  state: "present" | "unknown" | "absent";
  items: CellItem[];
  dropped: Array<{ fromVersion: { slug: string; title: string }; keys: string[] }>;
}

export interface MatrixInput {
  versions: MatrixVersion[];
  clauses: MatrixClause[];
  tags: MatrixTag[];
  links: MatrixLink[];
}

/** Cells of one topic, one per version in the order given. */
export function topicCells(topicIds: ReadonlySet<number>, input: MatrixInput): Cell[] {
  const clauses = new Map(input.clauses.map((c) => [c.id, c]));
  const versions = new Map(input.versions.map((v) => [v.id, v]));
  const top = (c: MatrixClause): MatrixClause => (c.parentId !== null ? (clauses.get(c.parentId) ?? c) : c);

  // Tags rolled up to their point: point id → { confirmed?, via sub-point keys }.
  const tagged = new Map<number, { confirmed: boolean; direct: boolean; via: string[] }>();
  for (const t of input.tags) {
    if (t.status === "rejected" || !topicIds.has(t.topicId)) continue;
    const c = clauses.get(t.clauseId);
    if (!c) continue;
    const point = top(c);
    const entry = tagged.get(point.id) ?? { confirmed: false, direct: false, via: [] };
    entry.confirmed ||= t.status === "confirmed";
    if (point.id === c.id) entry.direct = true;
    else if (!entry.via.includes(c.key)) entry.via.push(c.key);
    tagged.set(point.id, entry);
  }

  const live = input.links.filter((l) => l.status !== "rejected");
  const incoming = new Map<number, MatrixLink[]>();
  for (const l of live) for (const id of l.to) incoming.set(id, [...(incoming.get(id) ?? []), l]);

  const changeOf = (clause: MatrixClause): ItemChange | null => {
    const version = versions.get(clause.versionId);
    const links = incoming.get(clause.id) ?? [];
    if (!version || links.length === 0) return null;
    // The link from the version this one answers, else from the latest earlier version.
    const ranked = [...links].sort((a, b) => {
      const ra = a.fromVersionId === version.respondsToId ? 1 : 0;
      const rb = b.fromVersionId === version.respondsToId ? 1 : 0;
      if (ra !== rb) return rb - ra;
      return (versions.get(b.fromVersionId)?.date.getTime() ?? 0) - (versions.get(a.fromVersionId)?.date.getTime() ?? 0);
    });
    const link = ranked[0]!;
    const from = versions.get(link.fromVersionId);
    if (!from) return null;
    const ends = [...link.from, ...link.to].map((id) => clauses.get(id));
    const unknown = link.kind === "unknown" || ends.some((c) => c?.evidence === "unknown");
    return {
      kind: unknown ? "unknown" : link.kind,
      fromVersion: { slug: from.slug, title: from.title },
      fromKeys: link.from.map((id) => clauses.get(id)?.key ?? "?"),
    };
  };

  return input.versions.map((version): Cell => {
    const items: CellItem[] = [];
    for (const c of input.clauses) {
      if (c.versionId !== version.id || c.parentId !== null) continue;
      const tag = tagged.get(c.id);
      if (!tag) continue;
      items.push({
        clauseId: c.id,
        key: c.key,
        label: c.label,
        text: c.text,
        role: c.role,
        evidence: c.evidence,
        language: c.language,
        tag: tag.confirmed ? "confirmed" : "proposed",
        via: tag.direct ? [] : tag.via,
        change: changeOf(c),
      });
    }

    // Links into this version from points on the topic: dropped ones, and counterparts whose text is unknown.
    const dropped: Cell["dropped"] = [];
    for (const l of live) {
      if (l.toVersionId !== version.id) continue;
      const fromOnTopic = l.from.filter((id) => tagged.has(id));
      if (fromOnTopic.length === 0) continue;
      const fromVersion = versions.get(l.fromVersionId);
      if (!fromVersion) continue;
      if (l.kind === "removed") {
        dropped.push({ fromVersion: { slug: fromVersion.slug, title: fromVersion.title }, keys: fromOnTopic.map((id) => clauses.get(id)!.key) });
        continue;
      }
      for (const id of l.to) {
        const c = clauses.get(id);
        if (!c || c.evidence !== "unknown" || items.some((i) => i.clauseId === c.id)) continue;
        items.push({ clauseId: c.id, key: c.key, label: c.label, text: "", role: c.role, evidence: "unknown", language: null, tag: "counterpart", via: [], change: changeOf(c) });
      }
    }
    const position = new Map(input.clauses.map((c) => [c.id, c.position]));
    items.sort((a, b) => (position.get(a.clauseId) ?? 0) - (position.get(b.clauseId) ?? 0));

    const known = items.some((i) => i.tag !== "counterpart") || dropped.length > 0;
    // Only counterparts whose text was not recovered: the version has the point, what it says is unknown.
    const state = known ? "present" : items.length > 0 || version.incomplete ? "unknown" : "absent";
    return { versionId: version.id, state, items, dropped };
  });
}
