"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { setUserRole } from "@/app/admin/users/actions";
import { ROLES, isRole, type Role } from "@/lib/schemas/user";

type Message = { kind: "ok" | "error"; text: string } | null;

/**
 * One user's role: a select and a Save button. Sends the lockVersion the page was rendered with, so
 * a change made meanwhile by another admin is reported (with the current role) instead of overwritten.
 */
export function RoleForm({ userId, email, role, lockVersion }: { userId: string; email: string; role: Role; lockVersion: number }) {
  const id = useId();
  const router = useRouter();
  const [selected, setSelected] = useState<Role>(role);
  const [message, setMessage] = useState<Message>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const result = await setUserRole({ userId, role: selected, lockVersion });
      if (result.error) {
        if (result.error.code === "Conflict") {
          const current = result.error.details?.current;
          const now = current && typeof current === "object" && !Array.isArray(current) ? current.role : undefined;
          setMessage({
            kind: "error",
            text: `Another admin changed this account meanwhile${isRole(now) ? `: it is now ${now}` : ""}. The list has been reloaded; choose again.`,
          });
          if (isRole(now)) setSelected(now);
          router.refresh();
        } else if (result.error.code === "Unauthenticated") {
          window.location.assign(`/sign-in?next=${encodeURIComponent("/admin/users")}`);
        } else {
          setMessage({ kind: "error", text: result.error.message });
        }
        return;
      }
      setMessage({ kind: "ok", text: `Saved: ${result.data.email} is now ${result.data.role}.` });
      router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-wrap items-center gap-2 font-sans text-sm" aria-label={`Role of ${email}`}>
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {email}
      </label>
      <select
        id={`${id}-role`}
        name="role"
        value={selected}
        onChange={(e) => isRole(e.target.value) && setSelected(e.target.value)}
        className="rounded-md border border-rule bg-raised px-2 py-1 text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending || selected === role}
        className="rounded-md border border-rule px-3 py-1 font-semibold text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:opacity-50"
      >
        {pending ? "Saving…" : "Save"}
      </button>
      <span role="status" aria-live="polite" className={message?.kind === "error" ? "text-struck" : "text-muted"}>
        {message?.text}
      </span>
    </form>
  );
}
