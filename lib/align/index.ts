/**
 * The aligner (design §3): two clause lists in, typed links out. Stage one only — which clauses
 * correspond and how; the word diff of a linked pair is computed on demand by `lib/diff`.
 *
 *  1. Profile every clause once (normalised, canonical tokens, numbers, actors; `text.ts`).
 *  2. Identical canonical text → one-to-one links (unchanged, or moved when out of order).
 *  3. Candidates from an inverted index over content tokens, weighted by rarity (numbers count
 *     double); weighted Dice similarity; greedy one-to-one assignment above a threshold, the clause
 *     key being a weak prior (it only lowers the bar a little, because versions renumber).
 *  4. Splits and merges: a clause against 2–3 adjacent clauses on the other side, accepted when the
 *     group explains clearly more of the clause than its best single partner.
 *  5. Order: the longest increasing subsequence of the links is the backbone; a link off it is moved
 *     (and must be a close match: a weak out-of-order link is dropped). Between two backbone links
 *     ("a slot") the leftovers get four more chances, since the slot already fixes their place:
 *     (a) where both versions number alike, the same key (with a little shared wording, or one side
 *     breaking off, not verbatim, in another language, or the slot's only leftovers); (b) wording
 *     above a lower bar; (c) as many leftovers on both sides, paired in order, each sharing some words;
 *     (d) unequal leftovers (a renumbered version drops, adds and splits points) aligned in order by a
 *     small sequence alignment that may take one-to-two or two-to-one steps. Among backbones of equal
 *     length, the one whose links keep their relative place wins, so that the jump is the move.
 *  6. What is left is removed / added — unless it is not verbatim evidence (grade unknown or reported),
 *     or the other side's text at that position was not recovered (a gap, an unknown point), or the
 *     other side is in another language: then it is `unknown`. Unknown is not deleted.
 *
 * A clause of `to` marked `deleted` (the version prints "this point has been removed") turns its
 * counterpart in `from` into a `removed` link with `to: []`; the stub itself is not linked (it is the
 * removal notice, not a clause), and the link's notes name it.
 */
import { changeFlagsOf } from "./flags";
import { profile, type TextProfile } from "./text";
import type { AlignClause, AlignLink, AlignResult, ChangeFlag, LinkEvidence, LinkKind } from "./types";
import { joinTokens, tokenize } from "@/lib/diff/tokenize";

export type { AlignClause, AlignLink, AlignResult } from "./types";

export interface AlignOptions {
  /** Minimum similarity for a one-to-one link by wording (default 0.3). */
  threshold?: number;
}

/**
 * Thresholds on weighted Dice similarity (0 = no content word in common, 1 = same content words).
 * Paraphrases and translations of one clause score 0.4–0.9 on the seed texts; unrelated clauses of
 * the same plan, which share "Ukraine", "Russia", "security", stay below 0.25.
 */
const THRESHOLD = 0.3;
/** With the same key the bar is lower: renumbering is common, but same number plus shared words is evidence. */
const LABEL_THRESHOLD = 0.2;
const LABEL_BONUS = 0.05;
/** Inside one slot, same key, a little shared wording is enough (a heavily rewritten point stays in place). */
const SLOT_THRESHOLD = 0.1;
/** …and with two content words in common, less still. */
const SAME_KEY_THRESHOLD = 0.05;
/** A split/merge must explain at least this much more of the single clause than its best one partner. */
const GROUP_GAIN = 0.08;
/** A third member must improve the group's similarity by this much to be kept. */
const GROUP_SIZE_MARGIN = 0.03;
/** An out-of-order (moved) link needs this similarity; wikidiff2 uses 0.4 for moved paragraphs too. */
const MOVE_THRESHOLD = 0.4;
/** Shared words (not counting actors) a link by wording needs, unless the similarity is at least STRONG_SIMILARITY. */
const MIN_SHARED_WORDS = 2;
const STRONG_SIMILARITY = 0.5;
/**
 * Inside a slot, unequal leftovers: a pair needs SLOT_THRESHOLD and MIN_SHARED_WORDS shared words
 * (SLOT_OPAQUE_BAR when one side is a report, whose wording is someone else's); a split or merge into
 * two neighbours must beat the better single pair by SLOT_GROUP_GAIN. (At 0.08, chance pairs appeared:
 * US 20 on tolerance with a broken-off point of the 24-point plan, on "countries" and "guarantee".)
 */
const SLOT_OPAQUE_BAR = 0.2;
const SLOT_GROUP_GAIN = 0.03;
/** Slots larger than this (leftovers from × to) are left alone: the in-slot alignment is quadratic. */
const MAX_SLOT_CELLS = 2_500;
const MAX_CANDIDATES = 8;
/** Tokens per clause used to look up candidates (its rarest). */
const MAX_LOOKUP_TOKENS = 16;

const SUBSTANTIVE: ReadonlySet<ChangeFlag> = new Set(["number", "actor", "modality", "negation", "deadline"]);

interface Item {
  side: "from" | "to";
  idx: number;
  clause: AlignClause;
  prof: TextProfile;
  /** Content tokens as sorted unique ids into the call's vocabulary. */
  feats: Int32Array;
  weight: number;
  hash: string;
  /** Not verbatim evidence: a link touching it is `unknown`. */
  opaque: boolean;
  stub: boolean;
}

interface Pair {
  from: Item[];
  to: Item[];
  similarity: number;
  /** How it was found, for the evidence notes. */
  via: "exact" | "similarity" | "group" | "position" | "stub";
}

export function align(fromClauses: AlignClause[], toClauses: AlignClause[], options: AlignOptions = {}): AlignResult {
  const threshold = options.threshold ?? THRESHOLD;
  const vocabulary = new Map<string, number>();
  // Unchanged clauses are the common case: profile each distinct text once.
  const profiles = new Map<string, TextProfile>();
  const profileOf = (text: string) => {
    let p = profiles.get(text);
    if (!p) profiles.set(text, (p = profile(text)));
    return p;
  };
  const from = fromClauses.map((c, i) => makeItem("from", i, c, vocabulary, profileOf));
  const to = toClauses.map((c, i) => makeItem("to", i, c, vocabulary, profileOf));
  const weightOf = idfWeights([...from, ...to], vocabulary);
  const actorIds = new Set([...vocabulary].filter(([tok]) => tok.startsWith("@")).map(([, id]) => id));
  for (const it of [...from, ...to]) it.weight = sumWeights(it.feats, weightOf);
  const sim = (a: Item, b: Item) => dice(a.feats, a.weight, b.feats, b.weight, weightOf);

  const partnerOfFrom = new Map<number, Pair>();
  const partnerOfTo = new Map<number, Pair>();
  const pairs: Pair[] = [];
  const link = (p: Pair) => {
    pairs.push(p);
    for (const f of p.from) partnerOfFrom.set(f.idx, p);
    for (const t of p.to) partnerOfTo.set(t.idx, p);
  };
  const unlink = (p: Pair) => {
    pairs.splice(pairs.indexOf(p), 1);
    for (const f of p.from) partnerOfFrom.delete(f.idx);
    for (const t of p.to) partnerOfTo.delete(t.idx);
  };
  const freeFrom = (f: Item) => !partnerOfFrom.has(f.idx);
  const freeTo = (t: Item) => !partnerOfTo.has(t.idx);

  // 2. Exact matches by canonical text, in order.
  const byHash = new Map<string, Item[]>();
  for (const t of to) if (t.hash && !t.stub) byHash.set(t.hash, [...(byHash.get(t.hash) ?? []), t]);
  for (const f of from) {
    if (!f.hash || f.stub) continue;
    const queue = byHash.get(f.hash);
    const t = queue?.find((x) => freeTo(x) && x.clause.language === f.clause.language);
    if (t) link({ from: [f], to: [t], similarity: 1, via: "exact" });
  }

  // 3. Candidates through an inverted index, then a greedy one-to-one assignment.
  // Clauses matched exactly need no candidates (nothing can beat an identical text).
  const candFrom = candidates(from.filter(freeFrom), to, weightOf, sim);
  const candTo = candidates(to.filter(freeTo), from, weightOf, sim);
  const proposals: Array<{ f: Item; t: Item; s: number; rank: number }> = [];
  for (const f of from) {
    if (!freeFrom(f) || f.stub) continue;
    for (const { item: t, s } of candFrom.get(f.idx) ?? []) {
      const label = f.clause.key === t.clause.key;
      if (s >= threshold || (label && s >= LABEL_THRESHOLD)) proposals.push({ f, t, s, rank: s + (label ? LABEL_BONUS : 0) });
    }
  }
  proposals.sort((a, b) => b.rank - a.rank || a.f.idx - b.f.idx || a.t.idx - b.t.idx);
  // In short lists a single rare word can weigh a lot: a link by wording needs two shared words
  // besides the actors (a pair on "Ukraine" and "agrees" alone is chance), unless the two short
  // texts are mostly that word ("Recognition of Ukraine's sovereignty").
  const enoughShared = (f: Item, t: Item) => sim(f, t) >= STRONG_SIMILARITY || sharedTokens(f.feats, t.feats, actorIds) >= MIN_SHARED_WORDS;
  for (const { f, t, s } of proposals) {
    if (freeFrom(f) && freeTo(t) && enoughShared(f, t)) link({ from: [f], to: [t], similarity: s, via: t.stub ? "stub" : "similarity" });
  }

  // 4. Splits (one from → 2–3 adjacent to) and merges (2–3 adjacent from → one to).
  const groups = [
    ...groupProposals(from, to, candFrom, candTo, partnerOfFrom, partnerOfTo, weightOf, threshold, "split"),
    ...groupProposals(to, from, candTo, candFrom, partnerOfTo, partnerOfFrom, weightOf, threshold, "merge"),
  ].sort((a, b) => b.similarity - a.similarity);
  for (const g of groups) {
    const single = g.from.length === 1 ? g.from[0]! : g.to[0]!;
    const many = g.from.length === 1 ? g.to : g.from;
    const partnerMap = g.from.length === 1 ? partnerOfTo : partnerOfFrom;
    const singleMap = g.from.length === 1 ? partnerOfFrom : partnerOfTo;
    const current = singleMap.get(single.idx);
    // Still valid: the single side is free or linked one-to-one into the group; the group is free or linked to the single side.
    if (current && !(current.from.length === 1 && current.to.length === 1 && many.includes(g.from.length === 1 ? current.to[0]! : current.from[0]!))) continue;
    if (!many.every((m) => { const p = partnerMap.get(m.idx); return !p || p === current; })) continue;
    if (current) unlink(current);
    link(g);
  }

  // 5. The backbone (longest increasing subsequence) and the slots between its links. A link that
  // breaks the order must be a close match to stand (a move); a weak one out of order is chance.
  let backbone = longestIncreasing(pairs, from.length, to.length);
  const inOrder = new Set(backbone);
  const weakMoves = pairs.filter((p) => !inOrder.has(p) && p.via !== "stub" && p.similarity < MOVE_THRESHOLD);
  if (weakMoves.length > 0) {
    for (const p of weakMoves) unlink(p);
    backbone = longestIncreasing(pairs, from.length, to.length);
  }
  const chain = [...backbone].sort((a, b) => minIdx(a.from) - minIdx(b.from));
  const chainPos = {
    fromMin: chain.map((p) => minIdx(p.from)),
    fromMax: chain.map((p) => maxIdx(p.from)),
    toMin: chain.map((p) => minIdx(p.to)),
    toMax: chain.map((p) => maxIdx(p.to)),
  };
  /** The range of the other side between the backbone links around this position (end exclusive). */
  const slotOf = (side: "from" | "to", idx: number) => {
    const own = side === "from" ? chainPos.fromMin : chainPos.toMin;
    // First backbone link at or after idx (the chain increases on both sides).
    let lo = 0;
    let hi = own.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (own[mid]! < idx) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    const after = lo;
    const otherMax = side === "from" ? chainPos.toMax : chainPos.fromMax;
    const otherMin = side === "from" ? chainPos.toMin : chainPos.fromMin;
    const otherLength = side === "from" ? to.length : from.length;
    const start = before >= 0 ? otherMax[before]! + 1 : 0;
    const end = after < chain.length ? otherMin[after]! : otherLength;
    // Do the two versions number their points alike here? Judged by the backbone link before the
    // slot (or after it, at the start); with no backbone at all there is no evidence against.
    const near = chain[before >= 0 ? before : after];
    const numberingAgrees = near === undefined || near.from.map((i) => i.clause.key).join("+") === near.to.map((i) => i.clause.key).join("+");
    return { start, end: Math.max(start, end), numberingAgrees };
  };

  // Removal notices first: the version says so itself, naming the point by its number.
  const stubNotes = new Map<number, string>();
  for (const t of to) {
    if (!t.stub || !freeTo(t)) continue;
    const f = from.find((x) => freeFrom(x) && !x.stub && !x.opaque && x.clause.key === t.clause.key);
    if (f) {
      link({ from: [f], to: [t], similarity: sim(f, t), via: "stub" });
      stubNotes.set(f.idx, t.clause.key);
    }
  }

  // Leftovers inside slots, from the strongest evidence to the weakest. The slot already fixes the
  // place, so each pass can ask for less wording than the global assignment did.
  const freeIn = (items: Item[], free: (x: Item) => boolean, start: number, end: number) =>
    items.slice(start, end).filter((x) => free(x) && !x.stub);
  // (a) The same number, where the backbone shows both versions number their points alike (else a
  // shared number is a coincidence of two versions that renumber: US 7 is not 20-point 7).
  for (const f of from) {
    if (!freeFrom(f) || f.stub) continue;
    const { start, end, numberingAgrees } = slotOf("from", f.idx);
    if (!numberingAgrees) continue;
    const slotTo = freeIn(to, freeTo, start, end);
    let best: { t: Item; s: number } | undefined;
    for (const t of slotTo) {
      if (t.clause.key !== f.clause.key) continue;
      const s = sim(f, t);
      const crossLanguage = f.clause.language !== t.clause.language;
      const truncated = f.clause.truncated === true || t.clause.truncated === true;
      // The only leftovers on both sides, with a subject in common: a point rewritten in place
      // (E3 7 keeps only "Ukraine", "NATO" and "join" of US 7).
      const back = slotOf("to", t.idx);
      const solePair = slotTo.length === 1 && freeIn(from, freeFrom, back.start, back.end).length === 1 && sharedWeight(f.feats, t.feats, weightOf) > 0;
      // Same number where the numbering agrees, and two content words in common: a point rewritten in
      // place ("non-aggression agreement … Europe" → "non-aggression pact …, monitoring from space").
      const rewrittenInPlace = s >= SAME_KEY_THRESHOLD && sharedTokens(f.feats, t.feats, actorIds) >= MIN_SHARED_WORDS;
      const ok = s >= SLOT_THRESHOLD || rewrittenInPlace || crossLanguage || f.opaque || t.opaque || truncated || solePair;
      if (ok && (!best || s > best.s)) best = { t, s };
    }
    if (best) link({ from: [f], to: [best.t], similarity: best.s, via: "position" });
  }
  // (b) Wording above the label bar, with two shared words, wherever the numbers differ.
  const inSlot: Array<{ f: Item; t: Item; s: number }> = [];
  for (const f of from) {
    if (!freeFrom(f) || f.stub || f.opaque) continue;
    const { start, end } = slotOf("from", f.idx);
    for (const { item: t, s } of candFrom.get(f.idx) ?? []) {
      if (t.idx >= start && t.idx < end && freeTo(t) && !t.stub && !t.opaque && s >= LABEL_THRESHOLD && enoughShared(f, t)) inSlot.push({ f, t, s });
    }
  }
  inSlot.sort((a, b) => b.s - a.s || a.f.idx - b.f.idx || a.t.idx - b.t.idx);
  for (const { f, t, s } of inSlot) if (freeFrom(f) && freeTo(t)) link({ from: [f], to: [t], similarity: s, via: "position" });
  /** The free clauses of both sides between backbone links k and k + 1 (k = -1: before the first). */
  const slotLeftovers = (k: number) => ({
    fs: freeIn(from, freeFrom, k >= 0 ? chainPos.fromMax[k]! + 1 : 0, k + 1 < chain.length ? chainPos.fromMin[k + 1]! : from.length),
    ts: freeIn(to, freeTo, k >= 0 ? chainPos.toMax[k]! + 1 : 0, k + 1 < chain.length ? chainPos.toMin[k + 1]! : to.length),
  });
  // (c) As many leftovers on each side of a slot (up to 3), each pair sharing some wording: the
  // points were rewritten in place and renumbered.
  for (let k = -1; k < chain.length; k++) {
    const { fs, ts } = slotLeftovers(k);
    if (fs.length === 0 || fs.length !== ts.length || fs.length > 3) continue;
    const sims = fs.map((f, i) => (f.opaque || ts[i]!.opaque || f.clause.language !== ts[i]!.clause.language ? 0 : sim(f, ts[i]!)));
    if (sims.every((x) => x >= SLOT_THRESHOLD)) fs.forEach((f, i) => link({ from: [f], to: [ts[i]!], similarity: sims[i]!, via: "position" }));
  }
  // (d) Unequal leftovers in a slot (a renumbered version drops some points, adds others, splits
  // one): aligned in order, keeping the pairs whose shared wording is more than chance.
  const inSlotScore = slotScorer(sim, weightOf, actorIds);
  for (let k = -1; k < chain.length; k++) {
    const { fs, ts } = slotLeftovers(k);
    if (fs.length === 0 || ts.length === 0 || fs.length * ts.length > MAX_SLOT_CELLS) continue;
    for (const p of alignInSlot(fs, ts, inSlotScore)) link(p);
  }

  // 6. Build the links, then the leftovers.
  const onBackbone = new Set(backbone);
  const links: Array<{ link: AlignLink; order: number }> = [];
  for (const p of pairs) {
    links.push({ link: describePair(p, onBackbone.has(p) || p.via === "position", p.via === "stub" ? (stubNotes.get(p.from[0]!.idx) ?? p.to[0]!.clause.key) : undefined), order: minIdx(p.from) });
  }

  const languagesOf = (items: Item[]) => new Set(items.filter((x) => !x.stub).map((x) => x.clause.language));
  const toLanguages = languagesOf(to);
  const fromLanguages = languagesOf(from);
  const bestSim = (x: Item, cands: Map<number, Array<{ item: Item; s: number }>>) => cands.get(x.idx)?.[0]?.s ?? 0;

  for (const f of from) {
    if (!freeFrom(f) || f.stub) continue;
    const { start, end } = slotOf("from", f.idx);
    const why = unknownBecause(f, to, start, end, toLanguages);
    const kind: LinkKind = why ? "unknown" : "removed";
    const notes = why ? [why] : ["no counterpart found where the other version's text is recovered"];
    links.push({ link: leftover([f], [], kind, why ? 0 : 1 - bestSim(f, candFrom), notes), order: f.idx });
  }
  const lastFromBefore = new Array<number>(to.length).fill(-1);
  for (const p of pairs) lastFromBefore[maxIdx(p.to)] = Math.max(lastFromBefore[maxIdx(p.to)]!, maxIdx(p.from));
  for (let k = 1; k < to.length; k++) lastFromBefore[k] = Math.max(lastFromBefore[k]!, lastFromBefore[k - 1]!);
  for (const t of to) {
    if (!freeTo(t) || t.stub) continue;
    const { start, end } = slotOf("to", t.idx);
    const why = unknownBecause(t, from, start, end, fromLanguages);
    const kind: LinkKind = why ? "unknown" : "added";
    const notes = why ? [why] : ["no counterpart found where the other version's text is recovered"];
    // Place an added clause after the links that precede it on the `to` side.
    const order = t.idx > 0 ? lastFromBefore[t.idx - 1]! + 0.5 : -0.5;
    links.push({ link: leftover([], [t], kind, why ? 0 : 1 - bestSim(t, candTo), notes), order });
  }
  links.sort((a, b) => a.order - b.order);
  return { links: links.map((l) => l.link) };
}

// ---------------------------------------------------------------------------------------------

function makeItem(side: "from" | "to", idx: number, clause: AlignClause, vocabulary: Map<string, number>, profileOf: (text: string) => TextProfile): Item {
  const prof = profileOf(clause.text);
  const ids = new Set<number>();
  for (const tok of prof.content) {
    let id = vocabulary.get(tok);
    if (id === undefined) vocabulary.set(tok, (id = vocabulary.size));
    ids.add(id);
  }
  return {
    side,
    idx,
    clause,
    prof,
    feats: Int32Array.from(ids).sort(),
    weight: 0,
    hash: prof.canon.join(" "),
    opaque: clause.grade === "unknown" || clause.grade === "reported",
    stub: clause.deleted === true,
  };
}

/** Rarer tokens weigh more (idf over both lists); numbers weigh double because they rarely change by accident. */
function idfWeights(items: Item[], vocabulary: Map<string, number>): Float64Array {
  const df = new Int32Array(vocabulary.size);
  for (const it of items) for (const f of it.feats) df[f] = df[f]! + 1;
  const weights = new Float64Array(vocabulary.size);
  for (const [tok, id] of vocabulary) weights[id] = Math.log(1 + items.length / Math.max(1, df[id]!)) * (tok.startsWith("#") ? 2 : 1);
  return weights;
}

function sumWeights(feats: Int32Array, weights: Float64Array): number {
  let s = 0;
  for (const f of feats) s += weights[f]!;
  return s;
}

/** Weight of the tokens two sorted id lists share (a merge walk). */
function sharedWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      s += weights[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

/** How many tokens two sorted id lists share, not counting those in `skip`. */
function sharedTokens(a: Int32Array, b: Int32Array, skip: ReadonlySet<number>): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      if (!skip.has(a[i]!)) n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

function dice(a: Int32Array, wa: number, b: Int32Array, wb: number, weights: Float64Array): number {
  if (wa + wb === 0) return 0;
  return (2 * sharedWeight(a, b, weights)) / (wa + wb);
}

function unionOf(lists: Int32Array[]): Int32Array {
  const all = new Set<number>();
  for (const l of lists) for (const f of l) all.add(f);
  return Int32Array.from(all).sort();
}

/**
 * For each item, its best few partners on the other side by similarity (same language only), found
 * through an inverted index over content tokens. Only a clause's rarest tokens are looked up, and
 * tokens found in more than ~2√n clauses not at all (they still count in the similarity): this keeps
 * candidate generation near-linear on long documents. The clause with the same key is always a candidate.
 */
function candidates(
  side: Item[],
  other: Item[],
  weightOf: Float64Array,
  sim: (a: Item, b: Item) => number,
): Map<number, Array<{ item: Item; s: number }>> {
  const index: number[][] = Array.from({ length: weightOf.length }, () => []);
  for (const o of other) {
    if (o.stub && o.side === "from") continue;
    for (const f of o.feats) index[f]!.push(o.idx);
  }
  const maxPosting = Math.max(64, Math.ceil(2 * Math.sqrt(other.length)));
  const byKey = new Map<string, Item[]>();
  for (const o of other) byKey.set(o.clause.key, [...(byKey.get(o.clause.key) ?? []), o]);
  const out = new Map<number, Array<{ item: Item; s: number }>>();
  // Dense accumulator plus the list of touched slots: far cheaper than a Map per clause.
  const acc = new Float64Array(other.length);
  const touched: number[] = [];
  for (const it of side) {
    if (it.stub && it.side === "from") continue;
    touched.length = 0;
    // The rarest tokens find a clause's partners; the common ones only add work.
    const rare = [...it.feats].filter((f) => index[f]!.length <= maxPosting).sort((x, y) => index[x]!.length - index[y]!.length).slice(0, MAX_LOOKUP_TOKENS);
    for (const f of rare) {
      const posting = index[f]!;
      const w = weightOf[f]!;
      for (const j of posting) {
        if (other[j]!.clause.language !== it.clause.language) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + w;
      }
    }
    const top = topK(touched, acc, MAX_CANDIDATES).map((j) => other[j]!);
    for (const j of touched) acc[j] = 0;
    for (const o of byKey.get(it.clause.key) ?? []) if (!top.includes(o)) top.push(o);
    const scored = top
      .filter((o) => o.clause.language === it.clause.language)
      .map((o) => ({ item: o, s: sim(it, o) }))
      .filter((c) => c.s > 0)
      .sort((a, b) => b.s - a.s || a.item.idx - b.item.idx);
    out.set(it.idx, scored);
  }
  return out;
}

/** The k indices with the highest accumulated weight (ties: lower index), without sorting them all. */
function topK(indices: readonly number[], acc: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (const j of indices) {
    if (best.length === k && !better(j, best[k - 1]!)) continue;
    let pos = best.length < k ? best.length : k - 1;
    best[pos] = j;
    while (pos > 0 && better(best[pos]!, best[pos - 1]!)) {
      [best[pos], best[pos - 1]] = [best[pos - 1]!, best[pos]!];
      pos--;
    }
  }
  return best;
  function better(x: number, y: number) {
    return acc[x]! > acc[y]! || (acc[x] === acc[y] && x < y);
  }
}

/**
 * Split/merge proposals seen from the single clause's side: `single` is the side with one clause,
 * `many` the side with the adjacent group. A group is proposed when each member shares some wording
 * with the single clause, no other free clause wants a free member more, and the group covers
 * clearly more of the single clause than its best member alone.
 */
function groupProposals(
  singles: Item[],
  many: Item[],
  candSingle: Map<number, Array<{ item: Item; s: number }>>,
  candMany: Map<number, Array<{ item: Item; s: number }>>,
  partnerOfSingle: Map<number, Pair>,
  partnerOfMany: Map<number, Pair>,
  weightOf: Float64Array,
  threshold: number,
  kind: "split" | "merge",
): Pair[] {
  const out: Pair[] = [];
  const singlesByKey = new Map<string, Item[]>();
  for (const y of singles) singlesByKey.set(y.clause.key, [...(singlesByKey.get(y.clause.key) ?? []), y]);
  for (const x of singles) {
    if (x.stub || x.opaque || x.weight === 0) continue;
    const current = partnerOfSingle.get(x.idx);
    if (current && !(current.from.length === 1 && current.to.length === 1)) continue;
    const partner = current ? (kind === "split" ? current.to[0]! : current.from[0]!) : undefined;
    // A partner that already covers nearly all of x leaves no room for a group to cover more.
    if (partner && sharedWeight(x.feats, partner.feats, weightOf) / x.weight > 1 - GROUP_GAIN) continue;
    const near = new Set<number>(
      (candSingle.get(x.idx) ?? [])
        .filter((c) => c.s >= SLOT_THRESHOLD && (!partnerOfMany.has(c.item.idx) || partnerOfMany.get(c.item.idx) === current))
        .map((c) => c.item.idx),
    );
    if (partner) near.add(partner.idx);
    const valid: Array<{ members: Item[]; s: number }> = [];
    const seen = new Set<string>();
    for (const c of near) {
      for (const size of [2, 3]) {
        for (let start = c - size + 1; start <= c; start++) {
          if (start < 0 || start + size > many.length) continue;
          const id = `${start}:${size}`;
          if (seen.has(id)) continue;
          seen.add(id);
          const members = many.slice(start, start + size);
          if (!members.every((m) => !m.stub && !m.opaque && m.clause.language === x.clause.language)) continue;
          if (!members.every((m) => { const p = partnerOfMany.get(m.idx); return !p || p === current; })) continue;
          // Where a member carries x's own number, both versions number alike here: a member whose
          // number is free on x's side belongs to that clause, not to x (E3 keeps US numbers: US 9 is E3 9).
          if (members.some((m) => m.clause.key === x.clause.key)) {
            const claimed = members.some((m) => m.clause.key !== x.clause.key && (singlesByKey.get(m.clause.key) ?? []).some((y) => y !== x && !y.stub && !partnerOfSingle.has(y.idx)));
            if (claimed) continue;
          }
          const sims = members.map((m) => dice(x.feats, x.weight, m.feats, m.weight, weightOf));
          if (sims.some((s) => s < SLOT_THRESHOLD)) continue;
          // A free member that another free clause wants more is not part of this group.
          const contested = members.some((m) => {
            if (partnerOfMany.has(m.idx)) return false;
            const top = (candMany.get(m.idx) ?? []).find((c) => !partnerOfSingle.has(c.item.idx) || c.item === x);
            return top !== undefined && top.item !== x && top.s > dice(x.feats, x.weight, m.feats, m.weight, weightOf);
          });
          if (contested) continue;
          const union = unionOf(members.map((m) => m.feats));
          const unionWeight = sumWeights(union, weightOf);
          const coverUnion = sharedWeight(x.feats, union, weightOf) / x.weight;
          const coverBest = Math.max(...members.map((m) => sharedWeight(x.feats, m.feats, weightOf) / x.weight));
          if (coverUnion - coverBest < GROUP_GAIN) continue;
          // Each member must bring coverage the others do not: a neighbour sharing only common words is not a part.
          const brings = members.map((_, k) => coverUnion - sharedWeight(x.feats, unionOf(members.filter((__, j) => j !== k).map((m) => m.feats)), weightOf) / x.weight);
          if (brings.some((b) => b < GROUP_GAIN / 2)) continue;
          const s = dice(x.feats, x.weight, union, unionWeight, weightOf);
          if (s < threshold) continue;
          // Replacing a one-to-one link needs a clearly better match, not a neighbour's stray word.
          if (current && s < current.similarity + GROUP_GAIN) continue;
          valid.push({ members, s });
        }
      }
    }
    // The best group, but the smaller of two nested groups unless the larger one matches clearly better.
    valid.sort((a, b) => b.s - a.s || a.members.length - b.members.length);
    let best = valid[0];
    for (const v of valid) {
      if (best && v.members.length < best.members.length && v.members.every((m) => best!.members.includes(m)) && v.s >= best.s - GROUP_SIZE_MARGIN) best = v;
    }
    if (best) {
      out.push(kind === "split"
        ? { from: [x], to: best.members, similarity: best.s, via: "group" }
        : { from: best.members, to: [x], similarity: best.s, via: "group" });
    }
  }
  return out;
}

const minIdx = (items: Item[]) => (items.length === 1 ? items[0]!.idx : Math.min(...items.map((i) => i.idx)));
const maxIdx = (items: Item[]) => (items.length === 1 ? items[0]!.idx : Math.max(...items.map((i) => i.idx)));

/** The largest set of links whose `to` positions increase with their `from` positions (O(n log n)). */
/** A candidate pair inside a slot: its similarity and what it is worth (the similarity above its bar), or null when it is chance. */
type SlotScore = (from: Item[], to: Item[]) => { similarity: number; gain: number } | null;

function slotScorer(sim: (a: Item, b: Item) => number, weightOf: Float64Array, actorIds: ReadonlySet<number>): SlotScore {
  const single = (f: Item, t: Item) => {
    if (f.clause.language !== t.clause.language) return null;
    const bar = f.opaque || t.opaque ? SLOT_OPAQUE_BAR : SLOT_THRESHOLD;
    const s = sim(f, t);
    return s >= bar && sharedTokens(f.feats, t.feats, actorIds) >= MIN_SHARED_WORDS ? { similarity: s, gain: s - bar } : null;
  };
  return (fromItems, toItems) => {
    if (fromItems.length === 1 && toItems.length === 1) return single(fromItems[0]!, toItems[0]!);
    // One clause against two neighbours: both in its language, verbatim, each bringing words of its own.
    const [x, pair] = fromItems.length === 1 ? [fromItems[0]!, toItems] : [toItems[0]!, fromItems];
    if (x.opaque || pair.some((m) => m.opaque || m.clause.language !== x.clause.language || m.idx !== pair[0]!.idx + pair.indexOf(m))) return null;
    const union = unionOf(pair.map((m) => m.feats));
    const s = dice(x.feats, x.weight, union, sumWeights(union, weightOf), weightOf);
    const best = Math.max(...pair.map((m) => sim(x, m)));
    if (s < best + SLOT_GROUP_GAIN || s < SLOT_THRESHOLD) return null;
    if (pair.some((m) => sharedTokens(x.feats, m.feats, actorIds) === 0) || sharedTokens(x.feats, union, actorIds) < MIN_SHARED_WORDS) return null;
    return { similarity: s, gain: s - SLOT_THRESHOLD };
  };
}

/**
 * The leftovers of one slot aligned in order (a sequence alignment, as diff tools align lines): each
 * step takes one-to-one, one-to-two (split) or two-to-one (merge), or skips a clause; the alignment
 * with the largest total score wins. Quadratic in the slot, which is small (the caller caps it).
 */
function alignInSlot(fs: Item[], ts: Item[], score: SlotScore): Pair[] {
  const m = fs.length;
  const n = ts.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const step: Array<Array<{ di: number; dj: number; similarity: number }>> = Array.from({ length: m + 1 }, () => new Array(n + 1).fill({ di: 0, dj: 0, similarity: 0 }));
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      let top = -1;
      const offer = (di: number, dj: number, pair: { similarity: number; gain: number } | null) => {
        if (pair === null || i < di || j < dj) return;
        const v = best[i - di]![j - dj]! + pair.gain;
        if (v > top) {
          top = v;
          step[i]![j] = { di, dj, similarity: pair.similarity };
        }
      };
      const skip = { similarity: 0, gain: 0 };
      offer(1, 0, skip);
      offer(0, 1, skip);
      if (i >= 1 && j >= 1) offer(1, 1, score([fs[i - 1]!], [ts[j - 1]!]));
      if (i >= 1 && j >= 2) offer(1, 2, score([fs[i - 1]!], ts.slice(j - 2, j)));
      if (i >= 2 && j >= 1) offer(2, 1, score(fs.slice(i - 2, i), [ts[j - 1]!]));
      best[i]![j] = top;
    }
  }
  const out: Pair[] = [];
  for (let i = m, j = n; i > 0 || j > 0; ) {
    const { di, dj, similarity } = step[i]![j]!;
    if (di > 0 && dj > 0) out.push({ from: fs.slice(i - di, i), to: ts.slice(j - dj, j), similarity, via: "position" });
    i -= di;
    j -= dj;
  }
  return out.reverse();
}

/**
 * The backbone: the longest chain of links in order on both sides. Among chains of equal length the
 * one whose links sit at the same relative place in both versions wins, so that of two crossing links
 * the one that jumped is the move (US 16 → 20-point 6 moved up; US 11 → 20-point 7 kept its place).
 * A heaviest increasing subsequence over a Fenwick tree of prefix maxima: O(n log n).
 */
function longestIncreasing(pairs: Pair[], fromLength: number, toLength: number): Pair[] {
  const sorted = pairs.filter((p) => p.via !== "stub").sort((a, b) => minIdx(a.from) - minIdx(b.from) || minIdx(a.to) - minIdx(b.to));
  // Each link counts 1, plus less than 1/n for being in place: length first, placement only breaks
  // ties; on a perfect tie the later link stays on the backbone.
  const epsilon = 1 / (sorted.length + 1);
  const weight = (p: Pair) => 1 + epsilon * (1 - Math.abs(minIdx(p.from) / Math.max(1, fromLength) - minIdx(p.to) / Math.max(1, toLength)));
  const size = toLength + 1;
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const prev = new Int32Array(sorted.length).fill(-1);
  const total = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const v = minIdx(sorted[i]!.to) + 1;
    // Best chain ending at a `to` position below v.
    let best = 0;
    let at = -1;
    for (let k = v - 1; k > 0; k -= k & -k) {
      if (treeBest[k]! >= best && treeAt[k]! >= 0) {
        best = treeBest[k]!;
        at = treeAt[k]!;
      }
    }
    total[i] = best + weight(sorted[i]!);
    prev[i] = at;
    for (let k = v; k <= size; k += k & -k) {
      if (total[i]! >= treeBest[k]!) {
        treeBest[k] = total[i]!;
        treeAt[k] = i;
      }
    }
  }
  let last = -1;
  for (let i = 0; i < sorted.length; i++) if (last < 0 || total[i]! >= total[last]!) last = i;
  const out: Pair[] = [];
  for (let k = last; k >= 0; k = prev[k]!) out.push(sorted[k]!);
  return out.reverse();
}

/**
 * Why a leftover clause is `unknown` rather than removed/added, or undefined when its absence is real:
 * it is not verbatim evidence, the other side has no text in its language, or the other side's text
 * at that position (between the surrounding backbone links) was not recovered.
 */
function unknownBecause(x: Item, other: Item[], start: number, end: number, otherLanguages: Set<string>): string | undefined {
  if (x.opaque) return `this clause is ${x.clause.grade}, not verbatim text`;
  if (other.length === 0) return "the other version has no recovered text";
  if (!otherLanguages.has(x.clause.language)) return "the other version is in another language: absence cannot be read from wording";
  for (let k = Math.max(0, start - 1); k < Math.min(other.length, end + 1); k++) {
    const o = other[k]!;
    if (k >= start && k < end && o.opaque) return `the other version's text at this position is ${o.clause.grade}`;
    if (k >= start - 1 && k < end && o.clause.gapAfter) return "the other version's text at this position was not recovered (gap)";
    if (k >= start && k <= end && o.clause.gapBefore) return "the other version's text at this position was not recovered (gap)";
  }
  return undefined;
}

function leftover(from: Item[], to: Item[], kind: LinkKind, score: number, notes: string[]): AlignLink {
  const x = from[0] ?? to[0]!;
  return {
    from: from.map((i) => i.clause.key),
    to: to.map((i) => i.clause.key),
    kind,
    score: clamp(score),
    flags: [],
    evidence: {
      similarity: 0,
      sharedNumbers: [],
      changedNumbers: { from: from.length ? unique(x.prof.numbers.map((n) => n.printed)) : [], to: to.length ? unique(x.prof.numbers.map((n) => n.printed)) : [] },
      sharedNames: [],
      labelMatch: false,
      crossLanguage: false,
      notes,
    },
  };
}

/** Kind, flags, score and evidence of a pair of linked clauses (or groups). */
function describePair(p: Pair, onBackbone: boolean, removedByStub: string | undefined): AlignLink {
  const a = p.from.length === 1 ? p.from[0]!.prof : profile(p.from.map((i) => i.clause.text).join(" "));
  const crossLanguage = p.from.some((f) => p.to.some((t) => t.clause.language !== f.clause.language));
  const opaque = [...p.from, ...p.to].some((i) => i.opaque);
  const notes: string[] = [];
  const fromKeys = p.from.map((i) => i.clause.key);

  if (removedByStub !== undefined) {
    const f = p.from[0]!;
    return {
      from: fromKeys,
      to: [],
      kind: "removed",
      score: 0.95,
      flags: [],
      evidence: { ...evidenceOf(f.prof, p.to[0]!.prof, p.similarity, f.clause.key === removedByStub, false), notes: [`the other version marks point ${removedByStub} as removed`] },
    };
  }

  const b = p.to.length === 1 ? p.to[0]!.prof : profile(p.to.map((i) => i.clause.text).join(" "));
  const labelMatch = p.from.length === 1 && p.to.length === 1 && p.from[0]!.clause.key === p.to[0]!.clause.key;
  let kind: LinkKind;
  let flags: ChangeFlag[] = [];
  // A link by position rests on the number and the neighbours as much as on the wording.
  let score = p.via === "position" ? 0.4 + (labelMatch ? 0.2 : 0) + 0.4 * p.similarity : p.similarity;

  if (crossLanguage) {
    notes.push("different languages: linked by position and numbers, not by wording");
    const na = new Set(a.numbers.map((n) => n.canon));
    const nb = new Set(b.numbers.map((n) => n.canon));
    const onlyA = [...na].some((n) => !nb.has(n));
    const onlyB = [...nb].some((n) => !na.has(n));
    const shared = [...na].some((n) => nb.has(n));
    kind = !opaque && onlyA && onlyB ? "changed" : "unknown";
    if (kind === "changed") {
      flags = ["number"];
      notes.push("the numbers differ");
    }
    score = clamp(0.4 + (labelMatch ? 0.2 : 0) + (shared ? 0.2 : 0) + 0.2 * jaccard(a.actors, b.actors));
  } else if (opaque) {
    kind = "unknown";
    notes.push("one side is not verbatim text (reported or unknown): the wording cannot be compared");
    flags = [];
  } else {
    const truncated = [...p.from, ...p.to].some((i) => i.clause.truncated === true);
    const [ca, cb] = truncated ? visiblePrefixes(a.raw, b.raw) : [a, b];
    if (truncated) notes.push("one side breaks off: compared as far as both are visible");
    // Same canonical text means same words, numbers and actors: only the printing can differ.
    flags = p.via === "exact" ? (a.raw === b.raw ? [] : ["cosmetic"]) : changeFlagsOf(ca, cb);
    if (p.from.length > 1) kind = "merged";
    else if (p.to.length > 1) kind = "split";
    else if (ca.canon.join(" ") === cb.canon.join(" ")) kind = "unchanged";
    else if (flags.some((f) => SUBSTANTIVE.has(f)) || substantialContentChange(ca.content, cb.content)) kind = "changed";
    else if (flags.length === 1 && flags[0] === "cosmetic") kind = "unchanged";
    else kind = "reworded";
    if (!onBackbone) {
      // A change that also moved stays "changed" (the kind says what matters most); the note keeps the move.
      if (kind === "unchanged" || kind === "reworded") kind = "moved";
      notes.push("out of order with the other links");
    }
  }
  if (p.via === "exact") notes.push("same text after normalisation");
  else if (p.via === "position") notes.push("linked by number and position between matched neighbours");
  else if (p.via === "group") notes.push(`${p.from.length > 1 ? "merged" : "split"}: adjacent clauses together match one clause`);

  return {
    from: fromKeys,
    to: p.to.map((i) => i.clause.key),
    kind,
    score: clamp(score),
    flags,
    evidence: { ...evidenceOf(a, b, p.similarity, labelMatch, crossLanguage), notes },
  };
}

/**
 * Substantive change by content, beyond the flags: content words added or removed on balance
 * (a substitution such as "reliable" → "robust" is a rewording; "not station" → "not permanently
 * station … under its command … in peacetime" adds content), or most of the content replaced.
 */
export function substantialContentChange(a: readonly string[], b: readonly string[]): boolean {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let added = 0;
  for (const w of b) {
    const c = count.get(w) ?? 0;
    if (c > 0) count.set(w, c - 1);
    else added++;
  }
  let removed = 0;
  for (const c of count.values()) removed += c;
  const shorter = Math.min(a.length, b.length);
  const net = Math.abs(added - removed);
  const netLimit = shorter <= 10 ? 2 : Math.max(3, Math.ceil(0.2 * shorter));
  if (net >= netLimit) return true;
  return a.length > 0 && b.length > 0 && removed >= 0.6 * a.length && added >= 0.6 * b.length;
}

/**
 * Profiles of the parts both texts show when one breaks off: both cut to the same number of words.
 * The last visible word may itself be cut ("Ukraine is eligi"): when it begins the other side's word,
 * that word is dropped on both sides rather than read as a change.
 */
function visiblePrefixes(a: string, b: string): [TextProfile, TextProfile] {
  const words = (s: string) => tokenize(s).filter((t) => t.kind !== "punct");
  const cut = (s: string, n: number) => {
    const toks = tokenize(s);
    let seen = 0;
    let k = 0;
    for (; k < toks.length && seen < n; k++) if (toks[k]!.kind !== "punct") seen++;
    return joinTokens(toks.slice(0, k));
  };
  const wa = words(a);
  const wb = words(b);
  let n = Math.min(wa.length, wb.length);
  const lastA = wa[n - 1]?.text.toLowerCase() ?? "";
  const lastB = wb[n - 1]?.text.toLowerCase() ?? "";
  if (n > 0 && lastA !== lastB && (lastA.startsWith(lastB) || lastB.startsWith(lastA))) n--;
  return [profile(cut(a, n)), profile(cut(b, n))];
}

function evidenceOf(a: TextProfile, b: TextProfile, similarity: number, labelMatch: boolean, crossLanguage: boolean): LinkEvidence {
  const canonA = new Set(a.numbers.map((n) => n.canon));
  const canonB = new Set(b.numbers.map((n) => n.canon));
  return {
    similarity: round(similarity),
    sharedNumbers: unique(a.numbers.filter((n) => canonB.has(n.canon)).map((n) => n.printed)),
    changedNumbers: {
      from: unique(a.numbers.filter((n) => !canonB.has(n.canon)).map((n) => n.printed)),
      to: unique(b.numbers.filter((n) => !canonA.has(n.canon)).map((n) => n.printed)),
    },
    sharedNames: [...a.names].filter((n) => b.names.has(n)).sort(),
    labelMatch,
    crossLanguage,
    notes: [],
  };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

const unique = (xs: string[]) => [...new Set(xs)];
const clamp = (x: number) => Math.max(0, Math.min(1, x));
const round = (x: number) => Math.round(x * 1000) / 1000;
