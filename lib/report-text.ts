/**
 * How a press report reads, as the seed files write one: a heading line, then "- " items holding quotes
 * between ⟦ ⟧ and the outlet with its URL. Display structure only: every character of the text ends up
 * in exactly one segment (except the files' own explanation of their bracket notation, see NOTATION),
 * and nothing here produces markup — the component renders segments as React text and elements.
 */

export type ReportSegment =
  | { kind: "text"; text: string }
  /** A verbatim quote; `text` is without the ⟦ ⟧, which are not part of it. */
  | { kind: "quote"; text: string }
  /** An http(s) address, safe to use as a link target (no other scheme is ever matched). */
  | { kind: "url"; text: string };

export interface ReportBlock {
  kind: "heading" | "paragraph" | "item";
  segments: ReportSegment[];
}

// Quotes first, then URLs; a URL's trailing punctuation belongs to the sentence, not the address. An empty
// pair "⟦ ⟧" is not a quote (the files use it when explaining the notation).
const TOKEN = /(⟦[^⟧]*[^\s⟧][^⟧]*⟧|https?:\/\/[^\s⟧]*[^\s⟧.,;:!?)\]])/g;

// "Quote (verbatim, between ⟦ ⟧): ⟦…⟧": the display replaces the brackets with quote styling, so the
// explanation of the brackets is left out; the source page keeps the text as imported.
const NOTATION = / \(verbatim, between ⟦ ⟧\)/g;

export function segments(text: string): ReportSegment[] {
  return text
    .replace(NOTATION, "")
    .split(TOKEN)
    .filter((part) => part !== "")
    .map((part): ReportSegment => {
      if (part.startsWith("⟦") && part.endsWith("⟧") && part.length > 2) return { kind: "quote", text: part.slice(1, -1) };
      if (/^https?:\/\//.test(part)) return { kind: "url", text: part };
      return { kind: "text", text: part };
    });
}

/** First line: the heading (what the report is about). "- " lines: items. Indented lines continue the block before. */
export function parseReport(text: string): ReportBlock[] {
  const blocks: { kind: ReportBlock["kind"]; text: string }[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const item = /^\s*[-–•]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (item) blocks.push({ kind: "item", text: item[1]! });
    else if (/^\s/.test(line) && last) last.text += ` ${line.trim()}`;
    else blocks.push({ kind: blocks.length === 0 ? "heading" : "paragraph", text: line.trim() });
  }
  return blocks.map((b) => ({ kind: b.kind, segments: segments(b.text) }));
}
