/**
 * Reader-facing words for link kinds and change flags, shared by the badges, the legend, the summary
 * sentence and the filters, so every place says the same thing.
 */
import type { ChangeFlag, LinkKind } from "@/lib/align/types";

export const KIND_LABEL: Record<LinkKind, string> = {
  unchanged: "Unchanged",
  reworded: "Reworded",
  changed: "Changed",
  moved: "Moved",
  merged: "Merged",
  split: "Split",
  removed: "Removed",
  added: "Added",
  unknown: "Unknown",
};

export const KIND_DESCRIPTION: Record<LinkKind, string> = {
  unchanged: "The same text in both versions.",
  reworded: "Different wording, same substance: no number, actor, hedge, negation or deadline changed.",
  changed: "Changed in substance: a number, an actor, a hedge, a negation or a deadline differs, or much of the text.",
  moved: "The same or similar text at another place in the order of points.",
  merged: "Several points of the earlier version became one.",
  split: "One point of the earlier version became several.",
  removed: "The point has no counterpart in the later version, whose text around it is known.",
  added: "New in the later version: no counterpart in the earlier one, whose text around it is known.",
  unknown:
    "Cannot be known from the record: a side is not recovered or known only from reports. Unknown is not removed.",
};

/** Order of the kinds in summaries and filters: what changed most first, what is not known last. */
export const KIND_ORDER: readonly LinkKind[] = ["changed", "removed", "added", "merged", "split", "moved", "reworded", "unchanged", "unknown"];

/** Kinds that say the text changed: the "changes only" filter keeps these. */
export const CHANGE_KINDS: ReadonlySet<LinkKind> = new Set(["changed", "reworded", "moved", "merged", "split", "removed", "added"]);

export const FLAG_LABEL: Record<ChangeFlag, string> = {
  number: "Number",
  actor: "Actor",
  modality: "Hedging",
  negation: "Negation",
  deadline: "Deadline",
  cosmetic: "Cosmetic",
};

export const FLAG_DESCRIPTION: Record<ChangeFlag, string> = {
  number: "A figure differs (troop numbers, sums, days, years).",
  actor: "Who acts or who is named differs (Europe → NATO, the US → the parties).",
  modality: "How firm the commitment is differs (will → is expected to, shall → may).",
  negation: "A “not”, “no” or “never” was added or dropped.",
  deadline: "A time limit or trigger differs (within 100 days → immediately after signing).",
  cosmetic: "Only punctuation, case or spelling differs.",
};
