import { exportVersion } from "@/lib/server/api/exports";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";
const handler = exportVersion("json");
export const GET = (request: Request, context: { params: Promise<{ slug: string }> }) => handler(db(), request, context);
