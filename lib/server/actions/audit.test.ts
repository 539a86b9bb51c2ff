import { describe, expect, it } from "vitest";
import { toJson } from "./audit";

describe("toJson (what goes into the audit trail)", () => {
  it("turns dates into ISO strings and bigints into strings", () => {
    expect(toJson({ at: new Date("2026-01-02T03:04:05Z"), id: 12n, n: 1, none: null })).toEqual({
      at: "2026-01-02T03:04:05.000Z",
      id: "12",
      n: 1,
      none: null,
    });
  });

  it("never records secrets, at any depth", () => {
    const json = toJson({ email: "a@example.org", password: "hunter2 hunter2", account: { accessToken: "t", passwordHash: "h" } });
    expect(JSON.stringify(json)).not.toMatch(/hunter2|"t"|"h"/);
    expect(json).toEqual({ email: "a@example.org", password: "[redacted]", account: { accessToken: "[redacted]", passwordHash: "[redacted]" } });
  });

  it("leaves undefined as undefined (nothing recorded)", () => {
    expect(toJson(undefined)).toBeUndefined();
  });
});

describe("toJson keeps domain data whose keys merely look secret-ish", () => {
  it("keeps aligner evidence like sharedTokens or a sha256", () => {
    expect(toJson({ sharedTokens: ["600,000"], sha256: "ab12", tokenCount: 3 })).toEqual({ sharedTokens: ["600,000"], sha256: "ab12", tokenCount: 3 });
  });
});
