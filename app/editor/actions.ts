"use server";
/**
 * Server actions of the editor's pages and of the compare page's link curation. Each is the one
 * mutation wrapper around a definition from lib/server/actions/ (session, editor role, zod, lock,
 * transaction with its audit rows): calling one directly, without the page, is refused just the same.
 */
import { headers } from "next/headers";
import { mutation } from "@/lib/server/actions/mutation";
import {
  alignDraftDefinition,
  correctDefinition,
  createDraftDefinition,
  discardDraftDefinition,
  publishDefinition,
  replaceDraftTextDefinition,
  updateDraftDefinition,
  updateSourceDefinition,
} from "@/lib/server/actions/drafts";
import { editClauseDefinition, levelClauseDefinition, mergeClauseDefinition, removeClauseDefinition, splitClauseDefinition } from "@/lib/server/actions/clauses";
import { reviewLinkDefinition } from "@/lib/server/actions/link-review";
import { addRenditionDefinition, previewRendition as previewRenditionRead } from "@/lib/server/actions/renditions";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import type {
  ClauseEditInput,
  ClauseLevelInput,
  ClauseMergeInput,
  ClauseRemoveInput,
  ClauseSplitInput,
  DraftCreateInput,
  DraftTextReplaceInput,
  DraftUpdateInput,
  LinkReviewInput,
  RenditionInput,
  SourceUpdateInput,
  VersionLockedInput,
  VersionRefInput,
} from "@/lib/schemas/editor";

const create = mutation(createDraftDefinition);
const update = mutation(updateDraftDefinition);
const updateSrc = mutation(updateSourceDefinition);
const replaceText = mutation(replaceDraftTextDefinition);
const alignDraftAction = mutation(alignDraftDefinition);
const publish = mutation(publishDefinition);
const correct = mutation(correctDefinition);
const discard = mutation(discardDraftDefinition);
const edit = mutation(editClauseDefinition);
const split = mutation(splitClauseDefinition);
const merge = mutation(mergeClauseDefinition);
const level = mutation(levelClauseDefinition);
const remove = mutation(removeClauseDefinition);
const review = mutation(reviewLinkDefinition);
const rendition = mutation(addRenditionDefinition);

export async function createDraft(input: DraftCreateInput) {
  return create(input);
}
export async function updateDraft(input: DraftUpdateInput) {
  return update(input);
}
export async function updateSource(input: SourceUpdateInput) {
  return updateSrc(input);
}
export async function replaceDraftText(input: DraftTextReplaceInput) {
  return replaceText(input);
}
export async function alignDraft(input: VersionRefInput) {
  return alignDraftAction(input);
}
export async function publishDraft(input: VersionLockedInput) {
  return publish(input);
}
export async function correctVersion(input: VersionRefInput) {
  return correct(input);
}
export async function discardDraft(input: VersionLockedInput) {
  return discard(input);
}
export async function editClause(input: ClauseEditInput) {
  return edit(input);
}
export async function splitClause(input: ClauseSplitInput) {
  return split(input);
}
export async function mergeClause(input: ClauseMergeInput) {
  return merge(input);
}
export async function levelClause(input: ClauseLevelInput) {
  return level(input);
}
export async function removeClause(input: ClauseRemoveInput) {
  return remove(input);
}
export async function reviewLink(input: LinkReviewInput) {
  return review(input);
}
export async function addRendition(input: RenditionInput) {
  return rendition(input);
}
/** Read-only (nothing is written), but editors only like the rest. */
export async function previewRendition(input: RenditionInput) {
  return previewRenditionRead(input, { db: db(), auth: auth(), headers: await headers() });
}
