import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { db } from "@/lib/server/db";
import { getVersionTitle } from "@/lib/server/queries/version-page";

/**
 * A cheap existence check above the segment's loading.tsx: an unknown slug answers HTTP 404 before the
 * loading skeleton starts the stream (which would fix the status at 200).
 */
export default async function VersionLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  if (!(await getVersionTitle(db(), slug))) notFound();
  return children;
}
