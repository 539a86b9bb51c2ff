/**
 * The compare view's filters as the export and the read API accept them: the same URL parameters the
 * compare page writes (lib/compare/filters.ts), validated here so a wrong value is an error, not a
 * silently different file.
 */
import { z } from "zod";
import { LINK_KINDS } from "@/lib/align/types";
import { MIN_CHANGE_STEPS, type CompareFilter } from "@/lib/compare/filters";

const many = <S extends z.ZodType>(item: S) => z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<S>[]);

export const compareFilterSchema = z.object({
  changes: z.literal("only", { error: "changes must be \"only\"" }).optional(),
  kind: many(z.enum(LINK_KINDS)).optional(),
  min: z
    .enum(MIN_CHANGE_STEPS.map(String) as [string, ...string[]], { error: `min must be one of ${MIN_CHANGE_STEPS.join(", ")}` })
    .transform(Number)
    .optional(),
});

export type CompareFilterInput = z.output<typeof compareFilterSchema>;

export function toCompareFilter(input: CompareFilterInput): CompareFilter {
  return { changesOnly: input.changes === "only", kinds: [...new Set(input.kind ?? [])], minChange: input.min ?? 0 };
}

/** The filter back as query parameters (what an export records it was made with). */
export function filterParams(input: CompareFilterInput): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (input.changes) out.changes = input.changes;
  if (input.kind?.length) out.kind = input.kind;
  if (input.min) out.min = String(input.min);
  return out;
}
