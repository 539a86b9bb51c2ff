/**
 * One source (witness) exactly as imported, for readers: only sources of published versions.
 */
import type { SourceKind } from "@/generated/prisma/enums";
import type { DbOrTx } from "../db";
import { PUBLISHED } from "./versions";

export interface SourcePage {
  id: number;
  slug: string;
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
  retrievedAt: Date;
  /** Byte-identical to the imported file: render as text, never as HTML. */
  rawText: string;
  sha256: string;
  version: { slug: string; title: string };
  /** How many clauses of the version take their preferred text from this source, and how many readings it gives. */
  preferredClauses: number;
  readings: number;
}

/** PostgreSQL `integer` ids: anything else cannot name a row, so callers answer 404 rather than query. */
export function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

export async function getSource(db: DbOrTx, id: number): Promise<SourcePage | null> {
  const source = await db.source.findFirst({
    where: { id, version: PUBLISHED },
    select: {
      id: true,
      slug: true,
      title: true,
      outlet: true,
      urls: true,
      language: true,
      kind: true,
      languageNote: true,
      completeness: true,
      pointsRecovered: true,
      recoveryNote: true,
      publishedNote: true,
      retrievedAt: true,
      rawText: true,
      sha256: true,
      version: { select: { slug: true, title: true } },
      _count: { select: { clauses: true, readings: true } },
    },
  });
  if (!source) return null;
  const { _count, ...rest } = source;
  return { ...rest, preferredClauses: _count.clauses, readings: _count.readings };
}

/** Outlet and version title of a source, for page metadata. */
export async function getSourceTitle(db: DbOrTx, id: number): Promise<{ outlet: string; kind: SourceKind; versionTitle: string } | null> {
  const source = await db.source.findFirst({ where: { id, version: PUBLISHED }, select: { outlet: true, kind: true, version: { select: { title: true } } } });
  return source ? { outlet: source.outlet, kind: source.kind, versionTitle: source.version.title } : null;
}
