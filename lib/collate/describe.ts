/**
 * What a rendition file is: its metadata from the front matter, the kind of witness it is, its
 * language, and its parsed clauses. Pure: the import persists this, the tests and the bench read it.
 */
import { createHash } from "node:crypto";
import type { EvidenceGrade } from "@/lib/align/types";
import { detectLanguage } from "@/lib/align/language";
import { parseRendition, splitFrontMatter } from "@/lib/parse";
import type { ParseResult } from "@/lib/parse/types";

export const SOURCE_KINDS = ["verbatim", "translation", "machine_translation", "summary", "report"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceDescription {
  slug: string;
  version: string;
  title: string;
  outlet: string;
  urls: string[];
  language: string;
  kind: SourceKind;
  languageNote: string;
  completeness: string;
  pointsRecovered: string;
  recoveryNote: string;
  publishedNote: string;
  /** Exactly as read: the import stores it byte-identical. */
  rawText: string;
  sha256: string;
  meta: Record<string, unknown>;
  parse: ParseResult;
  /** The file collects press reports (quotes between ⟦ ⟧) rather than giving the text. */
  isReportCollection: boolean;
}

/** The grade a witness of this kind gives its clauses (design §1: T, S, R). */
export function gradeOf(kind: SourceKind): EvidenceGrade {
  if (kind === "summary") return "paraphrase";
  if (kind === "report") return "reported";
  return "verbatim";
}

function text(meta: Record<string, unknown>, field: string): string {
  const value = meta[field];
  if (value === undefined || value === null) return "";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

/**
 * The front matter describes the witness in prose (`language_note`), not in fields, so the kind is read
 * from that prose: summaries and paraphrases first (a "machine-translated summary" is a summary),
 * then machine translation, then translation; anything else is the outlet's own wording.
 */
export function kindFromNote(note: string, isReportCollection: boolean): SourceKind {
  if (isReportCollection) return "report";
  const n = note.toLowerCase();
  if (/\b(summary|summaries|condensed|condensation|paraphrase|thematic|regroup)/.test(n)) return "summary";
  if (/\bmachine[ -]?translat|\(machine\)/.test(n)) return "machine_translation";
  if (/\btranslat|\bre-translat|\bback-translat/.test(n)) return "translation";
  return "verbatim";
}

/** Quotes between ⟦ ⟧ mark a collection of press reports about a version, not the version's text. */
export function isReportCollection(body: string): boolean {
  return (body.match(/⟦/g) ?? []).length >= 2;
}

export function urlsOf(field: string): string[] {
  return field
    .split(/\s*;\s*|<br>|\s+/)
    .map((u) => u.trim())
    .filter((u) => /^https?:\/\/\S+$/i.test(u));
}

export function sha256(raw: string): string {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}

export function describeSource(slug: string, raw: string): SourceDescription {
  const { meta, body } = splitFrontMatter(raw);
  const version = text(meta, "version");
  if (!version) throw new Error(`${slug}: front matter has no \`version\``);
  const reports = isReportCollection(body);
  const languageNote = text(meta, "language_note");
  const language = detectLanguage(body);
  const noted = kindFromNote(languageNote, reports);
  // The texts are negotiated in English; a page in another language that does not say so is still a translation.
  const kind = noted === "verbatim" && language !== "en" ? "translation" : noted;
  return {
    slug: text(meta, "slug") || slug,
    version,
    title: text(meta, "title") || slug,
    outlet: text(meta, "outlet"),
    urls: urlsOf(text(meta, "url")),
    language,
    kind,
    languageNote,
    completeness: text(meta, "completeness"),
    pointsRecovered: text(meta, "points_recovered"),
    recoveryNote: text(meta, "recovery_note"),
    publishedNote: text(meta, "published"),
    rawText: raw,
    sha256: sha256(raw),
    meta,
    parse: parseRendition(body),
    isReportCollection: reports,
  };
}
