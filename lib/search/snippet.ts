/**
 * Highlighted snippets. PostgreSQL's ts_headline marks matches with start/stop strings of our choosing;
 * we pick sentinels no text can contain (a random nonce per query) and split on them here, so the page
 * renders matches as React <mark> elements and the text itself only ever as text — never as HTML.
 */

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface Sentinels {
  start: string;
  stop: string;
}

/** Fresh sentinels: letters and digits only, so they survive ts_headline's option syntax unquoted. */
export function newSentinels(): Sentinels {
  const nonce = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
  return { start: `PWMARK${nonce}B`, stop: `PWMARK${nonce}E` };
}

/** The options string for ts_headline (ranges and fragments tuned for one clause). */
export function headlineOptions(s: Sentinels): string {
  return `StartSel=${s.start}, StopSel=${s.stop}, MaxWords=35, MinWords=20, ShortWord=2`;
}

/**
 * The separator pointwise_search_split puts around each character of scripts written without spaces
 * (see the add_search migration); it must not reach the reader.
 */
const SPLIT = /\u001f/g;

/** Marks separated only by this are one match to the reader ("600,000", "Armed Forces", "恩赦"). */
const JOINABLE_GAP = /^[\s,.'’\u00a0\u202f]{0,2}$/u;

export function parseHeadline(headline: string, s: Sentinels): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  for (const [i, piece] of headline.replace(SPLIT, "").split(s.start).entries()) {
    if (i === 0) {
      push(piece, false);
      continue;
    }
    const stop = piece.indexOf(s.stop);
    // A start without its stop (cannot happen with ts_headline, but the input is a string): plain text.
    if (stop < 0) push(piece, false);
    else {
      push(piece.slice(0, stop), true);
      push(piece.slice(stop + s.stop.length), false);
    }
  }
  // Fold "mark, short gap, mark" into one mark.
  const out: SnippetPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (!p.mark && prev?.mark && next?.mark && JOINABLE_GAP.test(p.text)) {
      prev.text += p.text + next.text;
      i++;
    } else out.push({ ...p });
  }
  // "800,000" is parsed as "800" and "000"; the highlighter marks every "000" once "600,000" is searched.
  // A lone thousands group inside another number is not a match: unmark it.
  for (let i = 1; i < out.length; i++) {
    const p = out[i]!;
    if (p.mark && /^\d{3}$/.test(p.text) && /\d[,.'’\u00a0\u202f ]$/u.test(out[i - 1]!.text)) p.mark = false;
  }
  return mergeRuns(out);
}

function mergeRuns(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.mark === p.mark) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/**
 * Add "…" where the snippet is cut from a longer text, so the reader knows it is an excerpt.
 * `full` is the whole text the headline was made from.
 */
export function withEllipses(parts: SnippetPart[], full: string): SnippetPart[] {
  const plain = parts.map((p) => p.text).join("").trim();
  const norm = (t: string) => t.replace(/\s+/g, " ").trim();
  const whole = norm(full);
  const shown = norm(plain);
  if (!shown || shown === whole) return parts;
  const out = parts.map((p) => ({ ...p }));
  if (!whole.startsWith(shown.slice(0, Math.min(24, shown.length)))) out.unshift({ text: "… ", mark: false });
  if (!whole.endsWith(shown.slice(-Math.min(24, shown.length)))) out.push({ text: " …", mark: false });
  return out;
}

/**
 * The seed's report files delimit quotes with ⟦ ⟧ and say so inline ("Quote (verbatim, between ⟦ ⟧): ⟦…⟧");
 * the version page shows such quotes styled (components/ReportText.tsx), a snippet just drops the notation.
 */
export function withoutQuoteNotation(parts: SnippetPart[]): SnippetPart[] {
  return parts
    .map((p) => ({ ...p, text: p.text.replace(/ \(verbatim, between ⟦ ⟧\)/g, "").replace(/[⟦⟧]/g, "") }))
    .filter((p) => p.text !== "");
}
