/**
 * What the compare and lineage pages show: rows of linked clauses of two versions, each with the link
 * (stored or computed), the texts as compared, and the word diff of the pair. Pure data, built by
 * lib/server/queries/compare.ts, filtered and counted by ./filters.ts, rendered by components/.
 */
import type { ChangeFlag, EvidenceGrade, LinkEvidence, LinkKind } from "@/lib/align/types";
import type { DiffPart } from "@/lib/diff";

export interface VersionRef {
  id: number;
  slug: string;
  title: string;
  date: Date;
}

/** A sub-point as shown under its point. */
export interface SideSub {
  key: string;
  label: string;
  text: string;
  evidence: EvidenceGrade;
  truncated: boolean;
  /** Compared together with its point (same language); otherwise shown after it, unmarked. */
  compared: boolean;
}

/** One top-level point on one side of a row. */
export interface SidePoint {
  id: number;
  key: string;
  label: string;
  evidence: EvidenceGrade;
  /** Language of `text`. */
  language: string | null;
  truncated: boolean;
  deleted: boolean;
  lineageId: string | null;
  /**
   * The text compared and shown: the preferred reading, or its English witness when the preferred reading
   * is in another language (wording can only be compared within one language; the aligner does the same).
   */
  text: string;
  /** Set when `text` is not the preferred reading: which witness it is. */
  witness: { outlet: string; language: string } | null;
  /** The outlet's own notes printed inside the text ("(… – Ed.)"), taken out of `text`: shown apart, never diffed. */
  notes?: string[];
  subs: SideSub[];
}

/** Where a row's link comes from. */
export type LinkSource =
  | { kind: "stored"; linkId: number; lockVersion: number; origin: "auto" | "editor"; status: "proposed" | "confirmed"; reversed: boolean }
  | { kind: "computed" }
  /** No link covers this clause (e.g. an editor rejected the aligner's proposal and made no other). */
  | { kind: "none" };

/** The word diff of a row, or why there is none. */
export type PairDiff =
  /** Parts over `joinSegments` of each side's compared texts (own text, then compared sub-points, per point). */
  | { status: "ok"; parts: DiffPart[]; changeRatio: number }
  /** So little in common that marking every word would hide the reading: both texts shown plainly. */
  | { status: "rewritten"; changeRatio: number }
  | { status: "limit"; reason: string }
  | { status: "cross-language"; from: string | null; to: string | null }
  /** One side is a report or not recovered, or a side is empty: there is no pair of wordings to diff. */
  | { status: "none" };

/** Why a row is unknown, said on its missing or unreadable side. */
export type UnknownReason =
  /** A side's text was not recovered. */
  | "not-recovered"
  /** A side is known only from press reports: the wording cannot be compared. */
  | "reported"
  /** No counterpart found, but the other version's text there is not recovered or not comparable. */
  | "not-identified";

export interface CompareRowData {
  /** `row-<fromKey>` (or `row-to-<toKey>` for a row with no from side): the row's permalink. */
  anchor: string;
  /** Further anchors for the other keys of a merged row, so `#row-<key>` works for each. */
  extraAnchors: string[];
  /** null: no link covers the clause. */
  kind: LinkKind | null;
  score: number | null;
  flags: ChangeFlag[];
  evidence: LinkEvidence | null;
  note: string;
  source: LinkSource;
  from: SidePoint[];
  to: SidePoint[];
  /** The to-version's own removal notice ("point 3 … has been removed") for a removed row. */
  struck: SidePoint | null;
  diff: PairDiff;
  unknownReason: UnknownReason | null;
}
