/**
 * Form fields are strings; the schemas take numbers, nulls and lists. The conversions, in one place, so
 * the new-draft form, the details form and the tests read a form the same way. Pure.
 */
import { splitUrls, type SourceMetaInput, type VersionMetaInput } from "@/lib/schemas/editor";
import { slugify } from "./slug";

export interface VersionFormValues {
  planId: string;
  title: string;
  slug: string;
  party: string;
  date: string;
  status: string;
  kind: string;
  respondsToId: string;
  pointCount: string;
  summary: string;
}

export interface SourceFormValues {
  outlet: string;
  title: string;
  urls: string;
  language: string;
  kind: string;
}

export const EMPTY_SOURCE: SourceFormValues = { outlet: "", title: "", urls: "", language: "", kind: "verbatim" };

const toInt = (v: string): number | null => (v.trim() === "" ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : Number.NaN);

export function versionMetaFrom(v: VersionFormValues): VersionMetaInput {
  const pointCount = toInt(v.pointCount);
  const respondsToId = toInt(v.respondsToId);
  const slug = v.slug.trim();
  return {
    planId: toInt(v.planId) ?? Number.NaN,
    title: v.title,
    ...(slug ? { slug } : {}),
    party: v.party,
    date: v.date,
    status: v.status as VersionMetaInput["status"],
    kind: v.kind as VersionMetaInput["kind"],
    respondsToId,
    pointCount,
    summary: v.summary,
  };
}

export function sourceMetaFrom(s: SourceFormValues): SourceMetaInput {
  const language = s.language.trim();
  return {
    outlet: s.outlet,
    title: s.title,
    urls: splitUrls(s.urls),
    ...(language ? { language } : {}),
    kind: s.kind as SourceMetaInput["kind"],
  };
}

/** The slug the server will use when the field is left empty (shown as the field's placeholder). */
export function slugPreview(v: Pick<VersionFormValues, "title" | "date">): string {
  return slugify(v.title) || (v.date ? `draft-${v.date}` : "");
}

function text(meta: Record<string, unknown>, field: string): string {
  const value = meta[field];
  if (value === undefined || value === null) return "";
  return value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "object" ? "" : String(value).trim();
}

/**
 * Front matter of a pasted or uploaded file → the fields it can fill (only where the editor has not
 * typed anything yet). The seed's renditions use `title`, `outlet`, `url`, `language`, `date`.
 */
export function fillFromFrontMatter(
  meta: Record<string, unknown>,
  version: VersionFormValues,
  source: SourceFormValues,
): { version: VersionFormValues; source: SourceFormValues; filled: string[] } {
  const filled: string[] = [];
  const v = { ...version };
  const s = { ...source };
  const take = <T extends object>(target: T, field: keyof T & string, value: string, name: string) => {
    if (value && !String(target[field]).trim()) {
      (target as Record<string, string>)[field] = value;
      filled.push(name);
    }
  };
  take(s, "outlet", text(meta, "outlet"), "outlet");
  take(s, "title", text(meta, "title"), "source title");
  take(s, "urls", text(meta, "url").split(/\s*;\s*|\s+/).join("\n"), "URL");
  take(s, "language", /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(text(meta, "language")) ? text(meta, "language") : "", "language");
  take(v, "date", /^\d{4}-\d{2}-\d{2}$/.test(text(meta, "date")) ? text(meta, "date") : "", "date");
  return { version: v, source: s, filled };
}
