import Link from "next/link";

/** The small link from a clause to its path through every version (/clauses/<lineageId>). */
export function FollowThroughVersions({ lineageId, name }: { lineageId: string; name: string }) {
  return (
    <span className="no-print font-sans text-sm whitespace-nowrap">
      <Link href={`/clauses/${encodeURIComponent(lineageId)}`} className="font-medium">
        Follow through versions
        <span className="sr-only"> ({name})</span>
      </Link>
    </span>
  );
}
