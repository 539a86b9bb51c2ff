/**
 * What a link of each kind must look like (design §2): how many clauses it joins on each side. An
 * editor changing a kind or relinking gets a clear refusal instead of a link that reads wrong on the
 * compare page ("added" with an earlier clause, "merged" with one clause on each side). Pure.
 */
import type { LinkKind } from "@/lib/align/types";
import { KIND_LABEL } from "@/lib/compare/labels";

export const KIND_SHAPE: Record<LinkKind, { from: [min: number, max: number]; to: [min: number, max: number]; says: string }> = {
  unchanged: { from: [1, 1], to: [1, 1], says: "joins one clause to one clause" },
  reworded: { from: [1, 1], to: [1, 1], says: "joins one clause to one clause" },
  changed: { from: [1, 1], to: [1, 1], says: "joins one clause to one clause" },
  moved: { from: [1, 1], to: [1, 1], says: "joins one clause to one clause" },
  merged: { from: [2, 3], to: [1, 1], says: "joins two or three earlier clauses to one later clause" },
  split: { from: [1, 1], to: [2, 3], says: "joins one earlier clause to two or three later clauses" },
  removed: { from: [1, 1], to: [0, 0], says: "has one earlier clause and nothing after" },
  added: { from: [0, 0], to: [1, 1], says: "has nothing before and one later clause" },
  unknown: { from: [0, 3], to: [0, 3], says: "joins what is known" },
};

/** Why `kind` cannot join `from` earlier and `to` later clauses, or null when it can. */
export function linkShapeProblem(kind: LinkKind, from: number, to: number): string | null {
  const shape = KIND_SHAPE[kind];
  if (from === 0 && to === 0) return "A link needs at least one clause on one side.";
  const fits = (n: number, [min, max]: [number, number]) => n >= min && n <= max;
  if (fits(from, shape.from) && fits(to, shape.to)) return null;
  const have = `${from} earlier and ${to} later clause${to === 1 ? "" : "s"}`;
  return `“${KIND_LABEL[kind]}” ${shape.says}; this link has ${have}. Relink it first, or choose another kind.`;
}

/** The kinds a link with this many clauses on each side may take (for the kind menu). */
export function kindsFor(from: number, to: number): LinkKind[] {
  return (Object.keys(KIND_SHAPE) as LinkKind[]).filter((k) => linkShapeProblem(k, from, to) === null);
}
