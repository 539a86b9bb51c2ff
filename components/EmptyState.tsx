import type { ReactNode } from "react";

/** What a reader sees where a list has nothing in it yet, and why. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-rule px-6 py-10 text-center">
      <p className="font-sans font-semibold">{title}</p>
      {children && <div className="mx-auto mt-2 max-w-measure font-sans text-sm text-muted">{children}</div>}
    </div>
  );
}
