import { describe, expect, it } from "vitest";
import { parseId } from "./sources";

describe("parseId", () => {
  it("accepts positive PostgreSQL integers", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId("2147483647")).toBe(2147483647);
  });

  it("refuses anything that cannot name a row, so the page answers 404 instead of a database error", () => {
    for (const raw of ["", "0", "01", "-1", "1.5", "1e3", "abc", " 1", "2147483648", "99999999999", "１"]) {
      expect(parseId(raw), raw).toBeNull();
    }
  });
});
