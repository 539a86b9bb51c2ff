/**
 * Search input as the search page, the read API and the tests accept it. Filters are plain strings
 * in the URL, so a result page can be bookmarked, shared and cited.
 */
import { z } from "zod";
import { EVIDENCE_GRADES } from "@/lib/align/types";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug: lower-case words joined by '-'").max(100);

/** An empty form field means "no filter". */
const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const searchFiltersSchema = z.object({
  q: z.string().trim().min(1, "Type something to search for.").max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`),
  version: optional(slugSchema),
  party: optional(z.string().trim().min(1).max(200)),
  topic: optional(slugSchema),
  evidence: optional(z.enum(EVIDENCE_GRADES)),
});

export type SearchFilters = z.infer<typeof searchFiltersSchema>;
