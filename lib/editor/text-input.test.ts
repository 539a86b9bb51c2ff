import { describe, expect, it } from "vitest";
import { checkText, decodeUpload, firstInvalidUtf8, formatBytes, lineAndColumn, markupNotice, MAX_TEXT_BYTES, utf8Length } from "./text-input";

const enc = (s: string) => new TextEncoder().encode(s);

describe("checkText: what can be pasted", () => {
  it("accepts a plain numbered text", () => {
    expect(checkText("1. Ukraine's sovereignty will be confirmed.\n2. A ceasefire.")).toBeNull();
  });

  it("refuses an empty paste", () => {
    expect(checkText("")).toMatchObject({ code: "empty", message: expect.stringMatching(/is empty\. Paste the text/) });
  });

  it("refuses whitespace only (spaces, tabs, line breaks, no-break spaces)", () => {
    expect(checkText(" \n\t\r\n \u00a0 \u2003")).toMatchObject({ code: "whitespace", message: expect.stringMatching(/only spaces and line breaks/) });
  });

  it("refuses more than 1 MB and says the size and the limit", () => {
    const problem = checkText("a".repeat(MAX_TEXT_BYTES + 1));
    expect(problem?.code).toBe("too-large");
    expect(problem?.message).toMatch(/is 1,000,001 bytes \(1\.00 MB\); the limit is 1 MB \(1,000,000 bytes\)/);
  });

  it("counts bytes, not characters: 400,000 Cyrillic letters are 800 kB and pass, 600,000 are 1.2 MB and do not", () => {
    expect(checkText("ж".repeat(400_000))).toBeNull();
    expect(checkText("ж".repeat(600_000))?.message).toMatch(/1,200,000 bytes \(1\.20 MB\)/);
  });

  it("accepts exactly the limit", () => {
    expect(checkText("a".repeat(MAX_TEXT_BYTES))).toBeNull();
  });

  it("refuses a NUL byte and says where it is", () => {
    expect(checkText("1. one\n2. tw\u0000o")).toMatchObject({ code: "binary", message: expect.stringContaining("line 2, column 6") });
  });

  it("refuses U+FFFD replacement characters (a file decoded with the wrong encoding)", () => {
    expect(checkText("1. Zaporizhzhia nuclear plant \uFFFD\uFFFD")).toMatchObject({ code: "replacement", message: expect.stringMatching(/not UTF-8/) });
  });

  it("refuses other control characters but keeps tab, CR, LF and form feed", () => {
    expect(checkText("1.\tone\r\n2. two\f3. three")).toBeNull();
    expect(checkText("1. one \u0007")).toMatchObject({ code: "control", message: expect.stringContaining("U+0007") });
    expect(checkText("1. one \u0085")?.code).toBe("control");
  });

  it("refuses a lone surrogate (half an emoji)", () => {
    expect(checkText("1. one \uD83D two")?.code).toBe("surrogate");
    expect(checkText("1. peace 🕊 now")).toBeNull();
  });

  it("accepts right-to-left, Cyrillic and CJK text", () => {
    expect(checkText("١. نص البند الأول\n٢. نص البند الثاني")).toBeNull();
    expect(checkText("1. Україна отримає гарантії безпеки.")).toBeNull();
    expect(checkText("1. ウクライナの主権は確認される。")).toBeNull();
  });

  it("accepts HTML and script as text (it is stored and shown inert), with a notice", () => {
    const text = "1. <script>alert(1)</script>\n2. <img src=x onerror=alert(1)>";
    expect(checkText(text)).toBeNull();
    expect(markupNotice(text)).toMatch(/kept as plain text/);
    expect(markupNotice("1. Article 5 <-> NATO")).toBeNull();
  });
});

describe("decodeUpload: what can be uploaded", () => {
  it("decodes a UTF-8 .txt or .md file and drops a byte order mark", () => {
    expect(decodeUpload("draft.txt", enc("\uFEFF1. one"))).toEqual({ ok: true, text: "1. one" });
    expect(decodeUpload("DRAFT.MD", enc("---\ntitle: x\n---\n1. one"))).toMatchObject({ ok: true });
  });

  it("refuses other file types", () => {
    const result = decodeUpload("plan.pdf", enc("%PDF-1.7"));
    expect(result).toMatchObject({ ok: false, problem: { code: "file-type" } });
  });

  it("refuses an empty file", () => {
    expect(decodeUpload("empty.txt", new Uint8Array())).toMatchObject({ ok: false, problem: { code: "empty" } });
  });

  it("refuses a binary file (NUL bytes) and a UTF-16 one with their own messages", () => {
    expect(decodeUpload("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))).toMatchObject({ ok: false, problem: { code: "binary" } });
    expect(decodeUpload("utf16.txt", new Uint8Array([0xff, 0xfe, 0x31, 0x00, 0x2e, 0x00]))).toMatchObject({
      ok: false,
      problem: { code: "invalid-utf8", message: expect.stringMatching(/UTF-16/) },
    });
  });

  it("refuses invalid UTF-8 (a Windows-1252 file) and names the first bad byte", () => {
    const latin1 = new Uint8Array([...enc("1. S"), 0xe9, ...enc("curit"), 0xe9]);
    const result = decodeUpload("latin1.txt", latin1);
    expect(result).toMatchObject({ ok: false, problem: { code: "invalid-utf8", message: expect.stringContaining("position 5") } });
  });

  it("refuses a file over the limit before decoding it", () => {
    expect(decodeUpload("big.txt", new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61))).toMatchObject({ ok: false, problem: { code: "too-large" } });
  });

  it("refuses a file of whitespace", () => {
    expect(decodeUpload("blank.md", enc("\n\n   \n"))).toMatchObject({ ok: false, problem: { code: "whitespace" } });
  });
});

describe("helpers", () => {
  it("counts UTF-8 bytes like TextEncoder", () => {
    for (const s of ["", "abc", "é", "ж", "日本", "🕊", "a\uD83Db"]) expect(utf8Length(s)).toBe(enc(s).length);
  });

  it("finds the first invalid UTF-8 byte", () => {
    expect(firstInvalidUtf8(enc("ok ✓"))).toBe(enc("ok ✓").length);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0x28]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xc0, 0x80]))).toBe(0); // overlong
  });

  it("formats sizes and positions", () => {
    expect(formatBytes(1_400_000)).toBe("1.40 MB");
    expect(formatBytes(812_345)).toBe("812 kB");
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
