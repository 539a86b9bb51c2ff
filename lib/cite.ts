/**
 * Citing a clause: its stable addresses and a short hash of the text shown, so a citation proves what
 * was displayed (if the text is corrected later, the hash in an old citation no longer matches).
 * Pure: the clause page, the read API and the exports compute the same values.
 */
import { createHash } from "node:crypto";

/**
 * First 10 hex digits of the SHA-256 of the text (NFC-normalised, so equal text gives an equal hash);
 * null when there is no text (a point not recovered proves nothing by a hash of nothing).
 */
export function contentHash(text: string): string | null {
  if (text.trim() === "") return null;
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex").slice(0, 10);
}

/** The clause in its version (the version page's anchor). */
export function clauseAnchorPath(versionSlug: string, key: string): string {
  return `/versions/${encodeURIComponent(versionSlug)}#clause-${encodeURIComponent(key)}`;
}

/** The clause's own page. */
export function clausePagePath(versionSlug: string, key: string): string {
  return `/versions/${encodeURIComponent(versionSlug)}/clauses/${encodeURIComponent(key)}`;
}

/**
 * How to name a point: its label as printed when that names it ("6.", "(b)", "1.º"), else its key —
 * a bare bullet ("-", "•") or no label at all says nothing. Reported elements' keys ("r10") read "R10".
 */
export function pointLabel(label: string, key: string): string {
  const printed = label.trim();
  return /[\p{L}\p{N}]/u.test(printed) ? printed : key.replace(/^r(?=\d)/, "R");
}

export interface CitationInput {
  versionTitle: string;
  party: string;
  date: string;
  label: string;
  key: string;
  url: string;
  /** null: no text to prove (a point not recovered). */
  hash: string | null;
  accessed: string;
}

/** A plain-text citation, e.g. for a footnote. */
export function citationText(c: CitationInput): string {
  const point = `point ${pointLabel(c.label, c.key).replace(/[.:)\s]+$/, "")}`;
  return `${c.versionTitle} (${c.party}, ${c.date}), ${point}. Pointwise, ${c.url} (${c.hash ? `text sha256:${c.hash}, ` : ""}accessed ${c.accessed}).`;
}
