/**
 * What every step page of a draft does first: editors only (a signed-out visitor goes to sign-in, a
 * reader gets 403 from the page), a real id, the draft itself.
 */
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { getDraft, type DraftView } from "@/lib/server/queries/editor";
import { parseId } from "@/lib/server/queries/sources";
import { pageAccess, type PageAccess } from "@/lib/server/session";

export type DraftAccess = { draft: DraftView; denied?: undefined } | { draft?: undefined; denied: Extract<PageAccess, { allowed: false }> };

export async function loadDraft(rawId: string, path: string): Promise<DraftAccess> {
  const access = await pageAccess("editor", path);
  if (!access.allowed) return { denied: access };
  const id = parseId(rawId);
  if (id === null) notFound();
  const draft = await getDraft(db(), id);
  if (!draft) notFound();
  return { draft };
}
