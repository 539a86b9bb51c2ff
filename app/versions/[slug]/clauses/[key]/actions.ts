"use server";
/**
 * Server actions of the clause page: editors confirm, reject or add a topic. Each is the one mutation
 * wrapper around a definition from lib/server/actions/topics.ts (session, editor role, zod, lockVersion,
 * audit row), so calling them without the page is refused just the same.
 */
import { mutation } from "@/lib/server/actions/mutation";
import { addTopicDefinition, reviewTopicDefinition } from "@/lib/server/actions/topics";
import type { TopicAddInput, TopicReviewInput } from "@/lib/schemas/topics";

const review = mutation(reviewTopicDefinition);
const add = mutation(addTopicDefinition);

export async function reviewTopic(input: TopicReviewInput) {
  return review(input);
}

export async function addTopic(input: TopicAddInput) {
  return add(input);
}
