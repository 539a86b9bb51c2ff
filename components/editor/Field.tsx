import type { ReactNode } from "react";

/** The editor's form controls share one look: readable on a phone (16 px text, no zoom), clear focus, red when invalid. */
export const INPUT =
  "mt-1 block w-full rounded-md border border-rule bg-raised px-3 py-2 text-base text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus aria-[invalid=true]:border-struck disabled:opacity-60";
export const BUTTON =
  "inline-flex items-center justify-center gap-1.5 rounded-md border border-rule bg-raised px-3 py-1.5 font-sans text-sm font-semibold text-ink hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-50";
export const PRIMARY =
  "inline-flex items-center justify-center gap-1.5 rounded-md border border-accent bg-accent px-4 py-2 font-sans text-sm font-semibold text-paper hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-50";
export const DANGER =
  "inline-flex items-center justify-center gap-1.5 rounded-md border border-struck/50 bg-raised px-3 py-1.5 font-sans text-sm font-semibold text-struck hover:bg-struck-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-50";

/**
 * A labelled form field with its hint and its error, wired for assistive tech: the control gets
 * `aria-describedby` pointing at both (the caller passes `describedBy(id)` to it).
 */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
  className = "",
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`font-sans ${className}`}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        {optional && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-struck" data-testid={`error-${id}`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The ids a control inside <Field> is described by. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
