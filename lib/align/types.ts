/**
 * The aligner's contract: two clause lists in, typed links out.
 * Pure data, shared by the import, the CLI, the compare page and the editor.
 */

/** How solid a clause's text is (design §1): T, S, R, ?. */
export const EVIDENCE_GRADES = ["verbatim", "paraphrase", "reported", "unknown"] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

export const LINK_KINDS = [
  "unchanged",
  "reworded",
  "changed",
  "moved",
  "merged",
  "split",
  "removed",
  "added",
  "unknown",
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const CHANGE_FLAGS = ["number", "actor", "modality", "negation", "deadline", "cosmetic"] as const;
export type ChangeFlag = (typeof CHANGE_FLAGS)[number];

/** One top-level clause as the aligner sees it: its own text with its sub-points' text appended. */
export interface AlignClause {
  key: string;
  text: string;
  grade: EvidenceGrade;
  /** BCP 47 language of the text ("en", "de", …). */
  language: string;
  /** The version says this point was struck out. */
  deleted?: boolean;
  /** The text breaks off where the recovered excerpt ends: only the visible part can be compared. */
  truncated?: boolean;
  /** The text right after this clause was not recovered (a gap): nothing there can be called removed or added. */
  gapAfter?: boolean;
  /** The text right before this clause was not recovered. */
  gapBefore?: boolean;
}

/** What the aligner saw when it made a link, so an editor can see why. */
export interface LinkEvidence {
  /** Similarity of the two texts in [0, 1]. */
  similarity: number;
  /** Numbers found on both sides, and on one side only. */
  sharedNumbers: string[];
  changedNumbers: { from: string[]; to: string[] };
  /** Names (actors, places, organisations) on both sides. */
  sharedNames: string[];
  /** The printed numbers agree. */
  labelMatch: boolean;
  /** Matched by structure only, because the texts are in different languages. */
  crossLanguage: boolean;
  /** Free-text reasons, e.g. "exact match after normalisation", "one side not recovered". */
  notes: string[];
}

export interface AlignLink {
  from: string[];
  to: string[];
  kind: LinkKind;
  /** Confidence of the link in [0, 1]. */
  score: number;
  flags: ChangeFlag[];
  evidence: LinkEvidence;
}

export interface AlignResult {
  links: AlignLink[];
}
