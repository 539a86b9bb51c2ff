/**
 * One answer to "which database?": DATABASE_URL when set, otherwise the embedded PostgreSQL kept
 * under POINTWISE_DATA_DIR (started here, stopped by the caller).
 */
import path from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedPostgres } from "./embedded";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function ensureDatabase(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  const pg = await startEmbeddedPostgres({ dir: path.join(env.POINTWISE_DATA_DIR, "postgres"), database: "pointwise" });
  return { url: pg.url, embedded: true, stop: () => pg.stop() };
}
