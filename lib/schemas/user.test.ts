import { describe, expect, it } from "vitest";
import { hasRole, safeNextPath, signInSchema, userCreateSchema, userRoleChangeSchema } from "./user";

describe("roles", () => {
  it("orders reader < editor < admin", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("reader", "editor")).toBe(false);
  });
});

describe("new accounts", () => {
  const ok = { email: " Ed@Example.ORG ", password: "a long pass phrase", role: "editor" };

  it("normalises the email and accepts a long pass phrase", () => {
    expect(userCreateSchema.parse(ok)).toEqual({ email: "ed@example.org", password: "a long pass phrase", role: "editor" });
  });

  it.each([
    [{ password: "short" }, "at least 12 characters"],
    [{ password: "            x" }, "not spaces"],
    [{ password: "aaaaaaaaaaaaaaaa" }, "too easy"],
    [{ email: "admin@example.org", password: "my admin password" }, "user name"],
    [{ role: "owner" }, "reader, editor, admin"],
    [{ email: "not-an-email" }, "valid email"],
  ])("refuses %o with a clear message", (change, message) => {
    const result = userCreateSchema.safeParse({ ...ok, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(" | ")).toContain(message);
  });

  it("gives one message for a short password, not three", () => {
    expect(userCreateSchema.safeParse({ ...ok, password: "abc" }).error?.issues).toHaveLength(1);
  });
});

describe("sign-in and role change input", () => {
  it("sign-in checks only the shape, not today's password rules", () => {
    expect(signInSchema.safeParse({ email: "a@example.org", password: "old" }).success).toBe(true);
    expect(signInSchema.safeParse({ email: "a@example.org", password: "" }).success).toBe(false);
  });

  it("a role change needs an id, a role and a non-negative integer lockVersion", () => {
    expect(userRoleChangeSchema.safeParse({ userId: "abcDEF123", role: "admin", lockVersion: 0 }).success).toBe(true);
    expect(userRoleChangeSchema.safeParse({ userId: "abc'; drop", role: "admin", lockVersion: 0 }).success).toBe(false);
    expect(userRoleChangeSchema.safeParse({ userId: "abc", role: "admin", lockVersion: "0" }).success).toBe(false);
    expect(userRoleChangeSchema.safeParse({ userId: "abc", role: "admin", lockVersion: 1.5 }).success).toBe(false);
  });
});

describe("safeNextPath (no open redirects after sign-in)", () => {
  it.each(["/audit", "/admin/users?x=1", "/versions/us-28-draft#clause-10"])("keeps the local path %s", (p) => {
    expect(safeNextPath(p)).toBe(p);
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "audit", "/a\u0000b", "", undefined, 42])(
    "replaces %s with the fallback",
    (p) => {
      expect(safeNextPath(p, "/")).toBe("/");
    },
  );
});
