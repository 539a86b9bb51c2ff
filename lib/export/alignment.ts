/**
 * The alignment of two versions as data: one row per link of the compare view, in the compare view's
 * order, with the gold alignment's columns first (from_key, to_key, kind, evidence — see
 * prisma/seed/gold/*.csv, so lib/align/gold.ts can read an export) and then what Pointwise knows beyond
 * the gold: flags, score, origin, review status, and each side's evidence grade. Pure.
 */
import type { EvidenceGrade } from "@/lib/align/types";
import type { CompareRowData } from "@/lib/compare/types";
import { EVIDENCE } from "@/lib/format";
import { csvDocument } from "./csv";

export interface AlignmentVersion {
  slug: string;
  title: string;
  date: Date;
}

export interface AlignmentRow {
  from: string[];
  to: string[];
  kind: string;
  /** Gold-style evidence code of the pair: T, T/S, S, R or ?. */
  evidence: string;
  flags: string[];
  score: number | null;
  /** auto or editor for stored links; computed when the aligner ran for this view and nothing is stored. */
  origin: "auto" | "editor" | "computed";
  status: "proposed" | "confirmed" | "computed";
  fromEvidence: EvidenceGrade[];
  toEvidence: EvidenceGrade[];
  linkId: number | null;
  note: string;
}

const letter = (g: EvidenceGrade) => EVIDENCE[g].letter;

/**
 * The evidence code the gold files use: "?" when a side's text is not recovered, "R" when a side is
 * known only from reports, else the letters of both sides ("T", "T/S", "S").
 */
export function evidenceCode(from: readonly EvidenceGrade[], to: readonly EvidenceGrade[]): string {
  const all = [...from, ...to];
  if (all.length === 0) return "?";
  if (all.includes("unknown")) return "?";
  if (all.includes("reported")) return "R";
  const letters = [...new Set(all.map(letter))].sort((a, b) => (a === "T" ? -1 : b === "T" ? 1 : a.localeCompare(b)));
  return letters.join("/");
}

/** Rows of the compare view that are links (a clause no link covers is not a row of an alignment). */
export function alignmentRows(rows: readonly CompareRowData[]): AlignmentRow[] {
  return rows.flatMap((r): AlignmentRow[] => {
    if (r.kind === null || r.source.kind === "none") return [];
    const fromEvidence = r.from.map((p) => p.evidence);
    const toEvidence = r.to.map((p) => p.evidence);
    const stored = r.source.kind === "stored" ? r.source : null;
    return [
      {
        from: r.from.map((p) => p.key),
        to: r.to.map((p) => p.key),
        kind: r.kind,
        evidence: evidenceCode(fromEvidence, toEvidence),
        flags: [...r.flags],
        score: r.score,
        origin: stored ? stored.origin : "computed",
        status: stored ? stored.status : "computed",
        fromEvidence,
        toEvidence,
        linkId: stored ? stored.linkId : null,
        note: r.note,
      },
    ];
  });
}

export const ALIGNMENT_CSV_COLUMNS = [
  "from_key",
  "to_key",
  "kind",
  "evidence",
  "flags",
  "score",
  "origin",
  "status",
  "from_evidence",
  "to_evidence",
  "link_id",
  "note",
] as const;

/** CSV: the gold's four columns, then the rest. Several keys are joined with "+", as in the gold files. */
export function alignmentCsv(rows: readonly AlignmentRow[]): string {
  return csvDocument(
    ALIGNMENT_CSV_COLUMNS,
    rows.map((r) => [
      r.from.join("+"),
      r.to.join("+"),
      r.kind,
      r.evidence,
      r.flags.join("|"),
      r.score === null ? "" : r.score.toFixed(3),
      r.origin,
      r.status,
      r.fromEvidence.map(letter).join("+"),
      r.toEvidence.map(letter).join("+"),
      r.linkId === null ? "" : String(r.linkId),
      r.note,
    ]),
  );
}

export interface AlignmentDocument {
  from: AlignmentVersion;
  to: AlignmentVersion;
  /** stored: links kept in Pointwise (reversed: kept for the other direction); computed: aligned on request. */
  mode: "stored" | "computed";
  reversed: boolean;
  /** The compare view's filters the export was made with ({} = all links). */
  filters: Record<string, string | string[]>;
  links: AlignmentRow[];
}

export function alignmentJson(doc: AlignmentDocument): unknown {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: { ...doc.from, date: day(doc.from.date) },
    to: { ...doc.to, date: day(doc.to.date) },
    mode: doc.mode,
    reversed: doc.reversed,
    filters: doc.filters,
    links: doc.links,
  };
}
