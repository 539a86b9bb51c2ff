"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { createUser } from "@/app/admin/users/actions";
import { PASSWORD_MIN_LENGTH, ROLES, userCreateSchema } from "@/lib/schemas/user";

type Message = { kind: "ok" | "error"; text: string; field?: string } | null;

/**
 * A new account with an initial password the admin passes on in person. Checked here with the same
 * zod schema as on the server, and again on the server (which is what counts).
 */
export function CreateUserForm() {
  const id = useId();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();
  // No native submission before hydration (it would send the password to the page).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const input = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? ""),
      ...(name ? { name } : {}),
    };
    const parsed = userCreateSchema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setMessage({ kind: "error", text: issue?.message ?? "Check the form.", field: String(issue?.path[0] ?? "") });
      return;
    }
    setMessage(null);
    startTransition(async () => {
      const result = await createUser(parsed.data);
      if (result.error) {
        const field = result.error.code === "Conflict" ? "email" : undefined;
        setMessage({ kind: "error", text: result.error.message, ...(field ? { field } : {}) });
        return;
      }
      formRef.current?.reset();
      setMessage({ kind: "ok", text: `Created ${result.data.email} (${result.data.role}).` });
      router.refresh();
    });
  }

  const invalid = (field: string) => (message?.kind === "error" && message.field === field ? true : undefined);
  const input =
    "mt-1 block w-full rounded-md border border-rule bg-raised px-3 py-2 text-base text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus aria-[invalid=true]:border-struck";

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="grid gap-4 font-sans sm:grid-cols-2" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold sm:col-span-2">
        New account
      </h2>
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold">Email</label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="off" required aria-invalid={invalid("email")} className={input} />
      </div>
      <div>
        <label htmlFor={`${id}-name`} className="block text-sm font-semibold">Name <span className="font-normal text-muted">(optional)</span></label>
        <input id={`${id}-name`} name="name" type="text" autoComplete="off" className={input} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-semibold">Initial password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          aria-invalid={invalid("password")}
          aria-describedby={`${id}-password-hint`}
          className={input}
        />
        <p id={`${id}-password-hint`} className="mt-1 text-xs text-muted">At least {PASSWORD_MIN_LENGTH} characters; a few words work well.</p>
      </div>
      <div>
        <label htmlFor={`${id}-role`} className="block text-sm font-semibold">Role</label>
        <select id={`${id}-role`} name="role" defaultValue="reader" className={input}>
          {ROLES.map((r) => (
            <option key={r} value={r}>{r}</option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button
          type="submit"
          disabled={!ready || pending}
          className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create account"}
        </button>
        <span role={message?.kind === "error" ? "alert" : "status"} className={message?.kind === "error" ? "text-sm text-struck" : "text-sm text-muted"}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}
