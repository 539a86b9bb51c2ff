/**
 * The clause tree of a draft as the editor fixes it: split a clause at a point in its text, merge it
 * with the next, indent it under the point before (a sub-point) or outdent it, relabel it. Pure: the
 * server actions apply these to the stored rows, the tests call them directly.
 *
 * The tree is a list in reading order with a depth (0 = point, 1 = sub-point); a sub-point belongs to
 * the nearest point before it. That is how the rest of Pointwise stores it (Clause.position, sub-points
 * right after their parent) and it makes the outliner rules fall out by themselves: outdenting a
 * sub-point makes the sub-points after it its own; indenting a point hands its sub-points to the point
 * before. Two levels, as in every text of the seed (the aligner and the collation read two levels).
 *
 * Keys ("10", "10.a", "10.1", "r3") are derived from the printed labels and the structure after every
 * change, so they stay unique and readable: the printed number when there is one and it is free,
 * else the number after the previous point's.
 */
import { readLetterLabel, readMarker, readNumberLabel, toNumber } from "@/lib/parse/labels";

export type Depth = 0 | 1;

export interface TreeItem {
  /** The stored row's id; null for a clause a split has just made. */
  id: number | null;
  label: string;
  text: string;
  depth: Depth;
  role: "point" | "report";
}

/** A change the tree does not allow, with the reason in the editor's words. */
export class TreeError extends Error {}

/** Max length of a printed label ("10.", "(b)", "Point 12", "1.º"). */
export const MAX_LABEL_LENGTH = 40;

const DIGITS = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]{1,4}/u;
const LETTER = /^\(?(\p{L})[.)]?$/u;

/** The point number a printed label carries ("10." → 10, "Point 3" → 3, "١." → 1), or null. */
export function labelNumber(label: string): number | null {
  const m = DIGITS.exec(label);
  if (!m) return null;
  const n = toNumber(m[0]);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The letter of a lettered sub-point label ("a)", "(b)", "c.", "г)"), lower-cased, or null. */
export function labelLetter(label: string): string | null {
  const m = LETTER.exec(label.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** A sub-point must follow a point: one at the very start (or after nothing but reports) is a point. */
export function normalizeDepths<T extends Pick<TreeItem, "depth" | "role">>(items: readonly T[]): T[] {
  let seenPoint = false;
  return items.map((item) => {
    if (item.role === "report") return item.depth === 0 ? item : { ...item, depth: 0 };
    if (item.depth === 1 && !seenPoint) return { ...item, depth: 0 };
    if (item.depth === 0) seenPoint = true;
    return item;
  });
}

/** For each item, the index of its parent point, or null for a point or a report. */
export function parentIndexes(items: readonly Pick<TreeItem, "depth" | "role">[]): Array<number | null> {
  let lastPoint: number | null = null;
  return items.map((item, i) => {
    if (item.role === "report" || item.depth === 0) {
      if (item.role === "point") lastPoint = i;
      return null;
    }
    return lastPoint;
  });
}

const SUFFIXES = "bcdefghijklmnopqrstuvwxyz";

/**
 * Unique keys for the items, in order (see the file comment). A point keeps the number it prints. A point
 * that prints none takes the next number, unless a later point prints that number: then it is keyed
 * after the point before it ("5b" for an unnumbered point between 5 and 6), so that splitting off an
 * unnumbered paragraph never renumbers the points the document numbers itself.
 */
export function deriveKeys(items: readonly Pick<TreeItem, "label" | "depth" | "role">[]): string[] {
  const normalized = normalizeDepths(items);
  // How many top-level points from here on print each number: the numbers still to come are reserved.
  const reserved = new Map<number, number>();
  const printedAt = normalized.map((item) => (item.role === "point" && item.depth === 0 ? labelNumber(item.label) : null));
  for (const n of printedAt) if (n !== null) reserved.set(n, (reserved.get(n) ?? 0) + 1);
  const used = new Set<string>();
  const take = (key: string) => {
    used.add(key);
    return key;
  };
  let lastTop = 0;
  let lastTopKey = "0";
  let parentKey: string | null = null;
  let subIndex = 0;
  let reports = 0;
  return normalized.map((item, i) => {
    if (item.role === "report") {
      reports++;
      let key = `r${reports}`;
      while (used.has(key)) key = `r${++reports}`;
      return take(key);
    }
    if (item.depth === 0 || parentKey === null) {
      const printed = printedAt[i] ?? null;
      if (printed !== null) reserved.set(printed, (reserved.get(printed) ?? 1) - 1);
      let key: string;
      if (printed !== null && !used.has(String(printed))) {
        key = String(printed);
        lastTop = printed;
      } else if (!used.has(String(lastTop + 1)) && !(reserved.get(lastTop + 1) ?? 0)) {
        lastTop += 1;
        key = String(lastTop);
      } else {
        const base = lastTopKey.replace(/[a-z]+$/, "");
        let k = 0;
        key = `${base}${SUFFIXES[k]}`;
        while (used.has(key)) key = `${base}${SUFFIXES[++k] ?? `z${k}`}`;
      }
      lastTopKey = key;
      parentKey = key;
      subIndex = 0;
      return take(key);
    }
    subIndex++;
    const letter = labelLetter(item.label);
    let key: string = letter ? `${parentKey}.${letter}` : `${parentKey}.${subIndex}`;
    let n = subIndex;
    while (used.has(key)) key = `${parentKey}.${++n}`;
    return take(key);
  });
}

/**
 * The printed label at the start of a text, if it has one ("5. Sanctions…" → "5."), and the text after it.
 * Used when a split makes a new clause: a label printed inside the old clause becomes the new one's.
 */
export function leadingLabel(text: string): { label: string; rest: string } {
  const trimmed = text.trimStart();
  // The editor chose this place: even a bare number ("6 Elections …") is the label printed there.
  const num = readNumberLabel(trimmed);
  if (num) return { label: num.label.trim(), rest: num.rest };
  const letter = readLetterLabel(trimmed);
  if (letter) return { label: letter.label.trim(), rest: letter.rest };
  const marker = readMarker(trimmed);
  if (marker) return { label: marker.marker, rest: marker.rest };
  return { label: "", rest: trimmed.trim() };
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new TreeError("That clause is no longer in the draft. Reload the page.");
  return item;
}

/**
 * Split item `index` at character `offset` of its text: the text before stays, the text after becomes
 * a new clause right after it, at the same level, taking the label printed at its start. Sub-points
 * that followed the clause now follow the new one (reading order is kept).
 */
export function splitItem(items: readonly TreeItem[], index: number, offset: number): TreeItem[] {
  const item = at(items, index);
  if (!Number.isInteger(offset) || offset < 0 || offset > item.text.length) {
    throw new TreeError("The split point is outside the clause's text. Place the cursor inside the text and try again.");
  }
  const before = item.text.slice(0, offset).trimEnd();
  const after = item.text.slice(offset).trim();
  if (!before || !after) {
    throw new TreeError("Place the cursor between two words of the text: a split needs text on both sides.");
  }
  const { label, rest } = leadingLabel(after);
  const created: TreeItem = { id: null, label, text: rest || after, depth: item.depth, role: item.role };
  return [...items.slice(0, index), { ...item, text: before }, created, ...items.slice(index + 1)];
}

/**
 * Merge item `index` with the next one in reading order (the undo of a wrong split): the texts join,
 * the next clause's printed label kept inside the text where it was printed.
 */
export function mergeWithNext(items: readonly TreeItem[], index: number): TreeItem[] {
  const item = at(items, index);
  const next = items[index + 1];
  if (!next) throw new TreeError("This is the last clause: there is no next clause to merge it with.");
  if (item.role !== next.role) throw new TreeError("A point cannot be merged with a reported element.");
  const joined = [item.text.trimEnd(), next.label.trim(), next.text.trim()].filter(Boolean).join(" ");
  return [...items.slice(0, index), { ...item, text: joined }, ...items.slice(index + 2)];
}

/** Make point `index` a sub-point of the point before it (its own sub-points go along, one level). */
export function indentItem(items: readonly TreeItem[], index: number): TreeItem[] {
  const item = at(items, index);
  if (item.role === "report") throw new TreeError("A reported element cannot be a sub-point.");
  if (item.depth === 1) throw new TreeError("This is already a sub-point; Pointwise keeps two levels (points and sub-points).");
  const previousPoint = items.slice(0, index).some((c) => c.role === "point");
  if (!previousPoint) throw new TreeError("The first point cannot be a sub-point: there is no point before it.");
  return items.map((c, i) => (i === index ? { ...c, depth: 1 } : c));
}

/** Make sub-point `index` a point of its own; the sub-points after it become its sub-points. */
export function outdentItem(items: readonly TreeItem[], index: number): TreeItem[] {
  const item = at(items, index);
  if (item.depth === 0) throw new TreeError("This is already a point: it cannot move further out.");
  return items.map((c, i) => (i === index ? { ...c, depth: 0 } : c));
}
