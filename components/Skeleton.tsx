/** Loading placeholders: grey bars in the shape of the page to come, announced once as "Loading". */
export function SkeletonLine({ className = "" }: { className?: string }) {
  return <span className={`block animate-pulse rounded bg-unknown-soft motion-reduce:animate-none ${className}`} />;
}

export function SkeletonPage({ rows = 6, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}…</span>
      <div aria-hidden="true" className="mb-10 space-y-4 border-b border-rule pb-8">
        <SkeletonLine className="h-4 w-40" />
        <SkeletonLine className="h-9 w-3/4 max-w-xl" />
        <SkeletonLine className="h-5 w-full max-w-measure" />
        <SkeletonLine className="h-5 w-2/3 max-w-lg" />
      </div>
      <div aria-hidden="true" className="max-w-measure space-y-8">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="grid grid-cols-[2.5rem_1fr] gap-3 sm:grid-cols-[3.5rem_1fr]">
            <SkeletonLine className="h-5 w-6 justify-self-end" />
            <div className="space-y-2">
              <SkeletonLine className="h-5 w-full" />
              <SkeletonLine className="h-5 w-5/6" />
              <SkeletonLine className="h-4 w-40" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
