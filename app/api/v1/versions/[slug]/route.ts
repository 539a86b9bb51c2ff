import { getVersion } from "@/lib/server/api/v1";
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";
export const GET = (request: Request, context: { params: Promise<{ slug: string }> }) => getVersion(db(), request, context);
