import Link from "next/link";
import type { VersionSourceView } from "@/lib/server/queries/version-page";
import { languageName, SOURCE_KIND_LABEL } from "@/lib/format";

/** A version's witnesses: who printed it, in which language, as what kind of text, and how much of it. */
export function SourceList({ sources }: { sources: VersionSourceView[] }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {sources.map((s) => (
        <li key={s.id} className="py-3">
          <Link href={`/sources/${s.id}`} className="font-sans font-medium [overflow-wrap:anywhere]">
            {s.outlet}
          </Link>
          <p className="mt-0.5 font-sans text-sm text-muted">
            {languageName(s.language)} · {SOURCE_KIND_LABEL[s.kind]}
            {s.pointsRecovered && <> · {s.pointsRecovered}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
