"use client";

import "./globals.css";

// Replaces the root layout when the layout itself fails (e.g. the header): its own <html>, same styles,
// deliberately generic text (server errors reach the browser without details).
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center px-6">
        <title>Something went wrong · Pointwise</title>
        <div role="alert" className="max-w-measure">
          <p className="font-serif text-xl font-semibold">Pointwise</p>
          <h1 className="mt-6 font-serif text-3xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-4 font-serif text-lg leading-relaxed text-muted">This page could not be shown. Please try again in a moment.</p>
          <div className="mt-8 flex flex-wrap gap-4 font-sans">
            <button type="button" onClick={() => retry()} className="rounded-md bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90">
              Try again
            </button>
            {/* A plain link: the client router may be what failed. */}
            <a href="/" className="px-1 py-2 text-sm font-medium">
              Back to all versions
            </a>
          </div>
        </div>
      </body>
    </html>
  );
}
