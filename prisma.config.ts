// Prisma CLI configuration. `prisma generate` needs no database; `prisma migrate deploy` (on machines
// that have Prisma's schema engine) reads DATABASE_URL. Locally we apply migrations with scripts/cli.ts db:migrate.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
