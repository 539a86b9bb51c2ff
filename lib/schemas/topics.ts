/** Editors' topic decisions: what a confirm/reject or an added tag must carry. Shared by actions, forms and tests. */
import { z } from "zod";
import { slugSchema } from "./search";

const id = z.coerce.number().int().positive();

export const topicReviewSchema = z.object({
  clauseId: id,
  topicId: id,
  decision: z.enum(["confirmed", "rejected"], { error: "Choose confirm or reject." }),
  /** The tag's lockVersion as the editor saw it: a stale decision is refused, never applied. */
  lockVersion: z.coerce.number().int().min(0),
});
export type TopicReviewInput = z.input<typeof topicReviewSchema>;

export const topicAddSchema = z.object({
  clauseId: id,
  topic: slugSchema,
});
export type TopicAddInput = z.input<typeof topicAddSchema>;
