import { describe, expect, it } from "vitest";
import { newSentinels, parseHeadline, withEllipses, withoutQuoteNotation } from "./snippet";

describe("parseHeadline", () => {
  const s = newSentinels();
  const h = (text: string) => text.replaceAll("[", s.start).replaceAll("]", s.stop);

  it("splits marks into parts without interpreting any markup", () => {
    const parts = parseHeadline(h("a <b>[amnesty]</b> clause"), s);
    expect(parts).toEqual([
      { text: "a <b>", mark: false },
      { text: "amnesty", mark: true },
      { text: "</b> clause", mark: false },
    ]);
  });

  it("joins marks split by a thousands separator or a space", () => {
    expect(parseHeadline(h("limited to [600],[000] personnel"), s)).toEqual([
      { text: "limited to ", mark: false },
      { text: "600,000", mark: true },
      { text: " personnel", mark: false },
    ]);
    expect(parseHeadline(h("[Armed] [Forces] of"), s)[0]).toEqual({ text: "Armed Forces", mark: true });
    expect(parseHeadline(h("[line] of [contact]"), s).filter((p) => p.mark)).toHaveLength(2);
  });

  it("does not mark the thousands group of another number", () => {
    // Searching "600,000" marks every "000" token; "800,000" is not a match.
    expect(parseHeadline(h("capped at 800,[000], not [600],[000]"), s)).toEqual([
      { text: "capped at 800,000, not ", mark: false },
      { text: "600,000", mark: true },
    ]);
  });

  it("removes the separators put around Japanese characters and joins their marks", () => {
    const parts = parseHeadline(h("\u001f完\u001f\u001f全\u001f\u001fな\u001f\u001f[恩]\u001f\u001f[赦]\u001f"), s);
    expect(parts).toEqual([
      { text: "完全な", mark: false },
      { text: "恩赦", mark: true },
    ]);
  });

  it("uses a fresh nonce each time, so a text cannot forge a mark", () => {
    const a = newSentinels();
    const b = newSentinels();
    expect(a.start).not.toBe(b.start);
    expect(parseHeadline(`${b.start}x${b.stop}`, a)).toEqual([{ text: `${b.start}x${b.stop}`, mark: false }]);
  });
});

describe("withEllipses", () => {
  it("marks a cut at either end, and leaves whole texts alone", () => {
    const full = "One two three. Four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three.";
    expect(withEllipses([{ text: "Four five six seven eight nine ten eleven twelve", mark: false }], full).map((p) => p.text)).toEqual([
      "… ",
      "Four five six seven eight nine ten eleven twelve",
      " …",
    ]);
    expect(withEllipses([{ text: "Short.", mark: false }], "Short.")).toEqual([{ text: "Short.", mark: false }]);
  });
});

describe("withoutQuoteNotation", () => {
  it("drops the seed's quote brackets and their explanation", () => {
    expect(withoutQuoteNotation([{ text: "Amnesty removed. Quote (verbatim, between ⟦ ⟧): ⟦“After Geneva", mark: false }])).toEqual([
      { text: "Amnesty removed. Quote: “After Geneva", mark: false },
    ]);
  });
});
