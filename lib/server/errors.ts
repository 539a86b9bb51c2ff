/**
 * Expected errors, each with a message that is safe to show to the user as is. Mutations throw
 * these; the wrapper turns them into `{ error: { code, message, details } }`. Anything that is not
 * one of these is a bug or an outage: it is logged with the request id and shown generically.
 */
import type { z } from "zod";

export type ErrorCode =
  | "Unauthenticated"
  | "Forbidden"
  | "NotFound"
  | "Conflict"
  | "Invalid"
  | "Internal";

/** One validation problem, in a form that crosses the server/client boundary. */
export interface InvalidIssue {
  /** Where in the input ("password", "items.2.text"); "" for the input as a whole. */
  path: string;
  message: string;
  code: string;
}

/** Plain JSON, so that details survive a server action or an HTTP response unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export abstract class AppError extends Error {
  abstract readonly code: Exclude<ErrorCode, "Internal">;
  /** HTTP status for route handlers. */
  abstract readonly status: number;
  readonly details: Record<string, JsonValue> | undefined;

  constructor(message: string, details?: Record<string, JsonValue>) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export class Unauthenticated extends AppError {
  readonly code = "Unauthenticated" as const;
  readonly status = 401;
  constructor(message = "Please sign in to do this.") {
    super(message);
  }
}

export class Forbidden extends AppError {
  readonly code = "Forbidden" as const;
  readonly status = 403;
  constructor(message = "You do not have permission to do this.") {
    super(message);
  }
}

export class NotFound extends AppError {
  readonly code = "NotFound" as const;
  readonly status = 404;
  /** `what` is a user-facing noun: "This user", "The version". */
  constructor(what = "The item", message = `${what} was not found. It may have been deleted.`) {
    super(message);
  }
}

/**
 * Someone else changed the row since it was read (stale lockVersion), or the write collides with
 * existing data. `current` is the row as it is now, so the editor can compare and retry.
 */
export class Conflict extends AppError {
  readonly code = "Conflict" as const;
  readonly status = 409;
  readonly current: JsonValue | undefined;
  constructor(
    message = "Someone else changed this in the meantime. Review the current version and try again.",
    current?: JsonValue,
  ) {
    super(message, current === undefined ? undefined : { current });
    this.current = current;
  }
}

export class Invalid extends AppError {
  readonly code = "Invalid" as const;
  readonly status = 422;
  readonly issues: InvalidIssue[];
  constructor(issues: InvalidIssue[], message = summarise(issues)) {
    super(message, { issues: issues.map((i) => ({ path: i.path, message: i.message, code: i.code })) });
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): Invalid {
    return new Invalid(
      error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === "symbol" ? p.toString() : String(p))).join("."),
        message: issue.message,
        code: issue.code,
      })),
    );
  }

  /** One problem with one field, found by the mutation itself (after zod). */
  static field(path: string, message: string): Invalid {
    return new Invalid([{ path, message, code: "custom" }], message);
  }
}

function summarise(issues: InvalidIssue[]): string {
  if (issues.length === 0) return "The input is not valid.";
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `${first.message}${more}`;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a caller receives on failure. `requestId` lets a user quote the failure to an admin. */
export interface ActionError {
  code: ErrorCode;
  message: string;
  details?: Record<string, JsonValue>;
  requestId: string;
}

export type ActionResult<T> = { data: T; error?: undefined } | { data?: undefined; error: ActionError };

export const INTERNAL_MESSAGE = "Something went wrong on our side. Nothing was saved. Please try again later.";

export function toActionError(error: AppError, requestId: string): ActionError {
  return {
    code: error.code,
    message: error.message,
    ...(error.details ? { details: error.details } : {}),
    requestId,
  };
}

export function internalError(requestId: string): ActionError {
  return { code: "Internal", message: `${INTERNAL_MESSAGE} (reference: ${requestId})`, requestId };
}

export const STATUS_OF: Record<ErrorCode, number> = {
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  Invalid: 422,
  Internal: 500,
};
