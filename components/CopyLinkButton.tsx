"use client";

import { useState } from "react";

/**
 * Copies the permalink of a clause. Without JavaScript the clause label is still a plain link to the
 * same anchor; where the clipboard is unavailable (plain http), the link is put in the address bar instead.
 */
export function CopyLinkButton({ fragment, label }: { fragment: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "in-address-bar">("idle");

  async function copy() {
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      window.history.replaceState(null, "", `#${fragment}`);
      setState("in-address-bar");
    }
    window.setTimeout(() => setState("idle"), 2500);
  }

  const said = state === "copied" ? "Link copied" : state === "in-address-bar" ? "Link is in the address bar" : "";
  return (
    <>
      <button
        type="button"
        onClick={copy}
        title={`Copy link to ${label}`}
        className="no-print grid size-7 place-items-center rounded text-faint hover:bg-accent-soft hover:text-accent"
      >
        {state === "idle" ? <LinkIcon /> : <CheckIcon />}
        <span className="sr-only">Copy link to {label}</span>
      </button>
      {/* Announced once after a click; empty otherwise. */}
      <span role="status" className="sr-only">
        {said}
      </span>
    </>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-none stroke-current stroke-[1.5]">
      <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.7.7M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.7-.7" strokeLinecap="round" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-none stroke-verbatim stroke-2">
      <path d="M3.5 8.5l3 3 6-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
