import { exportAlignment } from "@/lib/server/api/exports";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";
const handler = exportAlignment("json");
export const GET = (request: Request, context: { params: Promise<{ from: string; to: string }> }) => handler(db(), request, context);
