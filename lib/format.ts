/**
 * Reader-facing words for the data model's values, and date/language formatting.
 * Pure (no framework imports) so pages, components, exports and tests all say the same thing.
 */
import type { ClauseRole, EvidenceGrade, SourceKind, VersionKind, VersionStatus } from "@/generated/prisma/enums";

export const STATUS_LABEL: Record<VersionStatus, string> = {
  leaked: "Leaked",
  published: "Published",
  reported: "Reported only",
};

export const STATUS_DESCRIPTION: Record<VersionStatus, string> = {
  leaked: "The text reached the public through leaks; it was not released by its authors.",
  published: "Released by its authors.",
  reported: "Never published: known only from what reports said about it.",
};

export const KIND_LABEL: Record<VersionKind, string> = {
  draft: "Draft",
  related: "Related document",
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  verbatim: "Original text",
  translation: "Translation",
  machine_translation: "Machine translation",
  summary: "Summary",
  report: "Press reports",
};

export const ROLE_LABEL: Record<ClauseRole, string> = {
  point: "Point",
  report: "Reported element",
};

/** The evidence grades, in the order of how solid the text is. Letters are the ones the seed data uses. */
export const EVIDENCE: Record<EvidenceGrade, { letter: string; label: string; description: string }> = {
  verbatim: {
    letter: "T",
    label: "Verbatim",
    description: "Text as printed by a source (or its translation): the wording of the document itself.",
  },
  paraphrase: {
    letter: "S",
    label: "Paraphrase",
    description: "Only a summary or paraphrase of this point is known, not its wording.",
  },
  reported: {
    letter: "R",
    label: "Reported",
    description: "Known only from press reports about the document, quoted as printed.",
  },
  unknown: {
    letter: "?",
    label: "Not recovered",
    description: "No available source holds this point. It is missing from the record, not deleted from the document.",
  },
};

export const EVIDENCE_ORDER: readonly EvidenceGrade[] = ["verbatim", "paraphrase", "reported", "unknown"];

// Dates in the data are calendar days (PostgreSQL `date`), stored as UTC midnight: format them in UTC.
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dayMonthFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return dayFormat.format(date);
}

export function formatDayMonth(date: Date): string {
  return dayMonthFormat.format(date);
}

/** `YYYY-MM-DD`, for `<time dateTime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** "de" → "German"; unknown or malformed codes are shown as given. */
export function languageName(code: string | null | undefined): string {
  if (!code) return "Unknown language";
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
