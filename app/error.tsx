"use client";

import Link from "next/link";

// Deliberately generic: server errors reach the browser without details (only a digest to find the log line).
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="max-w-measure py-10">
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
        This page could not be shown. Please try again in a moment.
        {digest && <span className="mt-2 block font-sans text-sm">Reference: {digest}</span>}
      </p>
      <div className="mt-8 flex flex-wrap gap-4 font-sans">
        <button type="button" onClick={() => retry()} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90">
          Try again
        </button>
        <Link href="/" className="px-1 py-2 text-sm font-medium">
          Back to all versions
        </Link>
      </div>
    </div>
  );
}
