"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { signInSchema } from "@/lib/schemas/user";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string; field?: "email" | "password" };

/** Messages per HTTP status of Better Auth's /sign-in/email. None says whether the email exists. */
function messageFor(status: number, retryAfter: string | null): string {
  switch (status) {
    case 401:
      return "Wrong email or password.";
    case 429: {
      const seconds = Number(retryAfter);
      const wait = Number.isFinite(seconds) && seconds > 0 ? `${Math.ceil(seconds)} second${seconds > 1 ? "s" : ""}` : "a minute";
      return `Too many sign-in attempts. Please wait ${wait} and try again.`;
    }
    case 403:
      return "Sign-in was refused from this address. Open Pointwise at its usual address and try again.";
    case 400:
    case 422:
      return "Check the email address and password, then try again.";
    default:
      return "Sign-in is not working right now. Please try again in a moment.";
  }
}

/**
 * Email + password, posted to Better Auth's endpoint (where the rate limit applies). Labels are
 * real <label>s, errors are announced (role="alert") and tied to their field, Enter submits.
 */
export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;
  // Until React has hydrated, a click would submit the form natively; the button stays disabled
  // (and method="post" keeps the password out of any URL even then).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (status.kind === "busy") return;
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === "password" ? "password" : "email";
      setStatus({ kind: "error", message: issue?.message ?? "Check your input.", field });
      (field === "password" ? passwordRef : emailRef).current?.focus();
      return;
    }

    setStatus({ kind: "busy" });
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ email: parsed.data.email, password: parsed.data.password, rememberMe: true }),
      });
    } catch {
      setStatus({ kind: "error", message: "Could not reach Pointwise. Check your connection and try again." });
      return;
    }
    if (response.ok) {
      // A full navigation, so every server component (the header too) renders for the new session.
      window.location.assign(next);
      return;
    }
    setStatus({ kind: "error", message: messageFor(response.status, response.headers.get("x-retry-after")), field: "password" });
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  const error = status.kind === "error" ? status : null;
  const inputClass =
    "mt-1 block w-full rounded-md border border-rule bg-raised px-3 py-2 font-sans text-base text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus aria-[invalid=true]:border-struck";

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-5 font-sans" aria-describedby={error ? errorId : undefined}>
      {error && (
        <p id={errorId} role="alert" className="rounded-md border border-struck bg-struck-soft px-3 py-2 text-sm text-struck" data-testid="sign-in-error">
          {error.message}
        </p>
      )}
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold">
          Email
        </label>
        <input
          ref={emailRef}
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          spellCheck={false}
          aria-invalid={error?.field === "email" ? true : undefined}
          aria-describedby={error?.field === "email" ? errorId : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-semibold">
          Password
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error?.field === "password" ? true : undefined}
          aria-describedby={error?.field === "password" ? errorId : undefined}
          className={inputClass}
        />
      </div>
      <button
        type="submit"
        disabled={!ready || status.kind === "busy"}
        className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60"
      >
        {status.kind === "busy" ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
