/**
 * Accounts: what an email, a password and a role must look like. Shared by the sign-in form, the
 * admin actions, the CLI and the tests, and by Better Auth's own length limits (lib/server/auth.ts),
 * so that the rules cannot drift apart. No server imports: client components use this file too.
 */
import { z } from "./zod";

/** Ordered from least to most privileged; the order is the hierarchy (reader < editor < admin). */
export const ROLES = ["reader", "editor", "admin"] as const;
export const roleSchema = z.enum(ROLES, { error: "Role must be one of: reader, editor, admin." });
export type Role = z.infer<typeof roleSchema>;

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** Does `actual` include everything `required` may do? */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

// Length over composition rules (NIST SP 800-63B): long passphrases beat "one digit, one symbol".
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an email address." })
  .max(254, { error: "An email address has at most 254 characters." })
  .pipe(z.email({ error: "Enter a valid email address." }));

/** A new password: what an admin or the CLI may set. */
export const passwordSchema = z
  .string({ error: "Enter a password." })
  // `abort`: one clear message for a short password, not also the ones below.
  .min(PASSWORD_MIN_LENGTH, { error: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`, abort: true })
  .max(PASSWORD_MAX_LENGTH, { error: `A password has at most ${PASSWORD_MAX_LENGTH} characters.`, abort: true })
  .refine((p) => p.trim().length >= PASSWORD_MIN_LENGTH, {
    error: `A password needs at least ${PASSWORD_MIN_LENGTH} characters that are not spaces.`,
  })
  .refine((p) => new Set(p).size >= 4, { error: "That password is too easy to guess: use more different characters." });

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter a name." })
  .max(100, { error: "A name has at most 100 characters." });

export const userCreateSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    role: roleSchema,
    name: displayNameSchema.optional(),
  })
  .refine((u) => {
    const local = u.email.split("@")[0] ?? "";
    return local.length < 4 || !u.password.toLowerCase().includes(local);
  }, {
    error: "The password must not contain the email's user name.",
    path: ["password"],
  });
export type UserCreateInput = z.input<typeof userCreateSchema>;

/** Sign-in checks only the shape: an old password may predate today's rules. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_MAX_LENGTH),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Better Auth's user ids: 32 random alphanumerics (ids from other sources stay within this). */
export const userIdSchema = z
  .string({ error: "A user id is required." })
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { error: "That is not a user id." });

export const userRoleChangeSchema = z.object({
  userId: userIdSchema,
  role: roleSchema,
  /** The lockVersion the editor saw; a stale one is refused with the current row. */
  lockVersion: z.number({ error: "lockVersion must be a number." }).int().min(0),
});
export type UserRoleChangeInput = z.infer<typeof userRoleChangeSchema>;

/**
 * Where to go after signing in: a local path only, never another site (`//evil.example`,
 * `/\evil.example` and absolute URLs are open redirects).
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || next.length > 2048) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  return next;
}
