import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { db } from "@/lib/server/db";
import { getSourceTitle, parseId } from "@/lib/server/queries/sources";

/**
 * A cheap existence check above the segment's loading.tsx, so that an unknown or malformed id answers
 * HTTP 404 before the loading skeleton starts the stream (which would fix the status at 200).
 */
export default async function SourceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await connection();
  const id = parseId((await params).id);
  if (id === null || !(await getSourceTitle(db(), id))) notFound();
  return children;
}
