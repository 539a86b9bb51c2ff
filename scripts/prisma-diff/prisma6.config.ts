// Config for Prisma 6.19's WebAssembly schema engine (see scripts/lib/prisma-diff.ts): it writes
// migration SQL offline through a driver adapter instead of a native engine that would be downloaded.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  schema: process.env.PRISMA6_SCHEMA!,
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL!, idleTimeoutMillis: 100 }),
});
