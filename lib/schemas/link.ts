/**
 * A stored link's `evidence` (JSON written by the aligner, or by an editor's tool) read back as the
 * aligner's LinkEvidence. Tolerant: a field an older writer left out reads as empty, never as an error
 * on a reader's page.
 */
import { z } from "./zod";
import type { LinkEvidence } from "@/lib/align/types";

const strings = z.array(z.string()).catch([]);

export const linkEvidenceSchema = z.object({
  similarity: z.number().catch(0),
  sharedNumbers: strings,
  changedNumbers: z.object({ from: strings, to: strings }).catch({ from: [], to: [] }),
  sharedNames: strings,
  labelMatch: z.boolean().catch(false),
  crossLanguage: z.boolean().catch(false),
  notes: strings,
}) satisfies z.ZodType<LinkEvidence>;

export function parseLinkEvidence(json: unknown): LinkEvidence {
  const parsed = linkEvidenceSchema.safeParse(json ?? {});
  return parsed.success
    ? parsed.data
    : { similarity: 0, sharedNumbers: [], changedNumbers: { from: [], to: [] }, sharedNames: [], labelMatch: false, crossLanguage: false, notes: [] };
}
