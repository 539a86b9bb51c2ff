import Link from "next/link";

/**
 * Page links for a long list (a 5,000-point draft is 50 pages of 100): previous, next, and a small form
 * to jump to a page. Plain links and a GET form: works with the keyboard and without JavaScript.
 */
export function Pager({ page, pages, href, label }: { page: number; pages: number; href: (page: number) => string; label: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 font-sans text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className="text-faint">← Previous</span>
      )}
      <span className="text-muted tabular-nums" aria-current="page">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span className="text-faint">Next →</span>
      )}
    </nav>
  );
}
