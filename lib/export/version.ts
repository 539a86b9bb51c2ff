/**
 * A version as a document to keep: Markdown to read and quote, JSON to process. Both carry every
 * clause with its evidence grade, the source of its text, its other readings (JSON), its topics and
 * its permalink with the hash of the text shown, and the list of sources with URLs and SHA-256, so an
 * export can be checked against the renditions it came from. Pure.
 */
import type { ClauseRole, EvidenceGrade, SourceKind, VersionKind, VersionStatus } from "@/generated/prisma/enums";
import { clausePagePath, contentHash, pointLabel } from "@/lib/cite";
import { EVIDENCE, formatDate, KIND_LABEL, languageName, SOURCE_KIND_LABEL, STATUS_LABEL } from "@/lib/format";

export interface ExportSource {
  id: number;
  slug: string;
  title: string;
  outlet: string;
  urls: string[];
  language: string;
  kind: SourceKind;
  retrievedAt: Date;
  sha256: string;
  completeness: string;
  pointsRecovered: string;
}

export interface ExportReading {
  sourceId: number;
  label: string;
  text: string;
  language: string;
  evidence: EvidenceGrade;
  truncated: boolean;
}

export interface ExportClause {
  key: string;
  label: string;
  role: ClauseRole;
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
  truncated: boolean;
  deleted: boolean;
  sourceId: number | null;
  lineageId: string | null;
  topics: Array<{ slug: string; status: "proposed" | "confirmed" }>;
  readings: ExportReading[];
  children: ExportClause[];
}

export interface VersionExport {
  slug: string;
  title: string;
  party: string;
  date: Date;
  status: VersionStatus;
  kind: VersionKind;
  summary: string;
  pointCount: number | null;
  respondsTo: string | null;
  points: ExportClause[];
  reports: ExportClause[];
  sources: ExportSource[];
  /** Absolute origin of the site the export was made on ("https://pointwise.example"). */
  origin: string;
  exportedAt: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Markdown's inline syntax characters, escaped so printed text stays text. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, "\\$1");
}

function clauseLines(c: ExportClause, v: VersionExport, sources: Map<number, ExportSource>, depth: number): string[] {
  const indent = "  ".repeat(depth);
  // The label as printed when it names the point ("6.", "(b)"); a bare bullet gives way to the key.
  const label = pointLabel(c.label, c.key);
  const grade = `[${EVIDENCE[c.evidence].letter}]`;
  const body =
    c.evidence === "unknown" && c.text.trim() === ""
      ? "*Not recovered — no available source holds this point.*"
      : (c.deleted ? "~~" : "") + md(c.text.trim()).replace(/\n+/g, ` `) + (c.deleted ? "~~" : "") + (c.truncated ? " *[text breaks off]*" : "");
  const source = c.sourceId !== null ? sources.get(c.sourceId) : undefined;
  const hash = contentHash(c.text);
  const meta = [
    source ? `source: ${md(source.outlet)} (${languageName(source.language)})` : null,
    c.topics.length ? `topics: ${c.topics.map((t) => t.slug + (t.status === "proposed" ? "?" : "")).join(", ")}` : null,
    `${v.origin}${clausePagePath(v.slug, c.key)}` + (hash ? ` · sha256:${hash}` : ""),
  ].filter((x) => x !== null);
  return [
    `${indent}- **${md(label)}** ${grade} ${body}`,
    `${indent}  <sub>${meta.join(" · ")}</sub>`,
    ...c.children.flatMap((child) => clauseLines(child, v, sources, depth + 1)),
  ];
}

export function versionMarkdown(v: VersionExport): string {
  const sources = new Map(v.sources.map((s) => [s.id, s]));
  const out: string[] = [
    `# ${md(v.title)}`,
    "",
    `${md(v.party)} · ${formatDate(v.date)} · ${STATUS_LABEL[v.status]} · ${KIND_LABEL[v.kind]}${v.pointCount ? ` · ${v.pointCount} points` : ""}`,
    "",
  ];
  if (v.summary) out.push(md(v.summary), "");
  out.push(
    `Exported from Pointwise (${v.origin}/versions/${v.slug}) on ${day(v.exportedAt)}.`,
    `Evidence: ${(["verbatim", "paraphrase", "reported", "unknown"] as const).map((g) => `[${EVIDENCE[g].letter}] ${EVIDENCE[g].label.toLowerCase()}`).join(", ")}. Topics marked “?” are suggested, not yet reviewed.`,
    "",
  );
  if (v.points.length > 0) out.push("## Points", "", ...v.points.flatMap((c) => clauseLines(c, v, sources, 0)), "");
  if (v.reports.length > 0) out.push(v.points.length > 0 ? "## Further reports" : "## What was reported", "", ...v.reports.flatMap((c) => clauseLines(c, v, sources, 0)), "");
  out.push("## Sources", "");
  for (const s of v.sources) {
    out.push(
      `- **${md(s.outlet)}** — ${md(s.title)}. ${languageName(s.language)}, ${SOURCE_KIND_LABEL[s.kind].toLowerCase()}. ${s.urls.map((u) => `<${u}>`).join(" ")} (retrieved ${day(s.retrievedAt)}; sha256 \`${s.sha256}\`)`,
    );
  }
  return out.join("\n") + "\n";
}

function clauseJson(c: ExportClause, v: VersionExport): unknown {
  return {
    key: c.key,
    label: c.label,
    role: c.role,
    text: c.text,
    evidence: c.evidence,
    language: c.language,
    truncated: c.truncated,
    deleted: c.deleted,
    sourceId: c.sourceId,
    lineage: c.lineageId,
    topics: c.topics,
    permalink: `${v.origin}${clausePagePath(v.slug, c.key)}`,
    contentHash: contentHash(c.text),
    readings: c.readings,
    children: c.children.map((child) => clauseJson(child, v)),
  };
}

export function versionJson(v: VersionExport): unknown {
  return {
    slug: v.slug,
    title: v.title,
    party: v.party,
    date: day(v.date),
    status: v.status,
    kind: v.kind,
    summary: v.summary,
    pointCount: v.pointCount,
    respondsTo: v.respondsTo,
    permalink: `${v.origin}/versions/${v.slug}`,
    exportedOn: day(v.exportedAt),
    points: v.points.map((c) => clauseJson(c, v)),
    reports: v.reports.map((c) => clauseJson(c, v)),
    sources: v.sources.map((s) => ({ ...s, retrievedAt: day(s.retrievedAt) })),
  };
}
