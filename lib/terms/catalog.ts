/**
 * Reading prisma/seed/terms.yaml. Files are found from the working directory (the repository root for
 * `npm start`, the CLI, the tests and `next start`), because bundled server code has no reliable
 * notion of its own location.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { compileGroups, type TermGroups } from "./index";

export const SEED_DATA_DIR = path.join(process.cwd(), "prisma", "seed");
export const TERMS_FILE = path.join(SEED_DATA_DIR, "terms.yaml");

const groupName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by '-'");
export const termsFileSchema = z.object({
  groups: z.record(groupName, z.array(z.union([z.string(), z.number()]).transform(String)).min(1)),
});

/** Parse and validate a YAML file with a zod schema; errors name the file. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function readTermGroups(file: string = TERMS_FILE): TermGroups {
  return compileGroups(readYaml(file, termsFileSchema).groups);
}

let cached: TermGroups | undefined;
/** The repository's term groups, read once per process. */
export function termGroups(): TermGroups {
  cached ??= readTermGroups();
  return cached;
}
