import Link from "next/link";
import { languageName, SOURCE_KIND_LABEL } from "@/lib/format";
import type { SourceRef } from "@/lib/server/queries/version-page";

/** Where a clause's text comes from: outlet (linked to the source as imported), language, kind of witness. */
export function SourceCitation({ source, prefix = "Source:" }: { source: SourceRef; prefix?: string }) {
  // A collection of press reports has no single outlet (each quote names its own): name what it is.
  if (source.kind === "report") {
    return (
      <span className="font-sans text-sm text-muted">
        {prefix}{" "}
        <Link href={`/sources/${source.id}`} className="text-accent">
          collected press reports
        </Link>
      </span>
    );
  }
  return (
    <span className="font-sans text-sm text-muted">
      {prefix}{" "}
      <Link href={`/sources/${source.id}`} className="text-accent">
        {source.outlet}
      </Link>
      {/* The space before the dot stays breakable, so a long outlet name wraps inside itself. */}{" "}
      <span className="whitespace-nowrap">
        {"· "}
        {languageName(source.language)}
        {source.kind !== "verbatim" && ` · ${SOURCE_KIND_LABEL[source.kind].toLowerCase()}`}
      </span>
    </span>
  );
}
