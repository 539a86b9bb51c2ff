/** The seed's description of the plan and its versions (prisma/seed/versions.yaml), validated. */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by '-'");

export const catalogSchema = z.object({
  plan: z.object({ slug, title: z.string().min(1), summary: z.string().min(1) }),
  versions: z
    .array(
      z.object({
        slug,
        title: z.string().min(1),
        party: z.string().min(1),
        date: z.union([z.date(), z.iso.date()]).transform((d) => (d instanceof Date ? d : new Date(`${d}T00:00:00Z`))),
        status: z.enum(["leaked", "published", "reported"]),
        kind: z.enum(["draft", "related"]),
        pointCount: z.number().int().positive().optional(),
        respondsTo: slug.optional(),
        keepsNumberingOf: slug.optional(),
        summary: z.string().default(""),
      }),
    )
    .min(1),
});

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogVersion = Catalog["versions"][number];

export function readCatalog(file: string): Catalog {
  const parsed = catalogSchema.safeParse(parseYaml(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const slugs = new Set(parsed.data.versions.map((v) => v.slug));
  for (const v of parsed.data.versions) {
    for (const ref of [v.respondsTo, v.keepsNumberingOf]) {
      if (ref && !slugs.has(ref)) throw new Error(`${file}: ${v.slug} refers to unknown version ${ref}`);
    }
  }
  return parsed.data;
}
