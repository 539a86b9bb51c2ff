/**
 * One embedded PostgreSQL for the whole integration run, started from empty and migrated once into a
 * template database. Each test file clones the template (CREATE DATABASE … TEMPLATE …, milliseconds),
 * so files never see each other's rows and no test mocks the database.
 */
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/server/database/embedded";
import { migrate } from "@/lib/server/database/migrate";

export const TEMPLATE_DB = "pointwise_migrated";

export default async function setup(project: TestProject) {
  const pg = await startEmbeddedPostgres({ dir: ".data/test-postgres", database: TEMPLATE_DB, fresh: true });
  await migrate(pg.url);
  project.provide("pgAdminUrl", pg.urlFor("postgres"));
  project.provide("templateDb", TEMPLATE_DB);
  return async () => {
    await pg.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
  }
}
