import { describe, expect, it } from "vitest";
import { auditQuery, parseAuditFilters } from "./audit";

describe("audit filters from the URL", () => {
  it("keeps valid parameters and reports malformed ones", () => {
    const { filters, ignored } = parseAuditFilters({
      action: "user.set-role",
      targetType: "User",
      actor: "system",
      from: "2026-01-01",
      to: "2026-13-40",
      page: "x",
    });
    expect(filters).toEqual({ action: "user.set-role", targetType: "User", actor: "system", from: "2026-01-01", page: 1 });
    expect(ignored.sort()).toEqual(["page", "to"]);
  });

  it("refuses markup and SQL-ish values rather than passing them on", () => {
    const { filters, ignored } = parseAuditFilters({ action: "<script>", actor: "x' OR 1=1" });
    expect(filters).toEqual({ page: 1 });
    expect(ignored.sort()).toEqual(["action", "actor"]);
  });

  it("builds links that keep the filters and leave out page 1", () => {
    const { filters } = parseAuditFilters({ action: "user.create", page: "3" });
    expect(auditQuery(filters)).toBe("?action=user.create&page=3");
    expect(auditQuery(filters, { page: 1 })).toBe("?action=user.create");
    expect(auditQuery({ page: 1 })).toBe("");
  });
});
