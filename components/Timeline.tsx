import Link from "next/link";
import type { TimelineVersion } from "@/lib/server/queries/versions";
import { formatDate, isoDay, plural } from "@/lib/format";
import { CompletenessMeter } from "./CompletenessMeter";
import { KindTag, StatusBadge } from "./StatusBadge";

/**
 * Versions in date order on a vertical rule. Drafts of the plan have a filled marker and a bold title;
 * related documents a hollow marker, a lighter title and a "Related document" tag.
 */
export function Timeline({ versions }: { versions: TimelineVersion[] }) {
  return (
    <ol className="relative">
      {versions.map((v, i) => (
        <TimelineEntry key={v.id} version={v} last={i === versions.length - 1} />
      ))}
    </ol>
  );
}

function TimelineEntry({ version: v, last }: { version: TimelineVersion; last: boolean }) {
  const draft = v.kind === "draft";
  return (
    <li className="relative grid grid-cols-[1.25rem_minmax(0,1fr)] gap-x-4 sm:grid-cols-[6.5rem_1.25rem_minmax(0,1fr)]">
      <time dateTime={isoDay(v.date)} className="col-start-2 row-start-1 pt-0.5 font-sans text-sm font-medium text-muted tabular-nums sm:col-start-1 sm:text-right">
        {formatDate(v.date)}
      </time>
      {/* The rail and the marker: decorative, the kind is also said in words. */}
      <div aria-hidden="true" className="relative col-start-1 row-span-2 row-start-1 flex justify-center sm:col-start-2">
        {!last && <span className="absolute top-3 bottom-0 w-px bg-rule" />}
        <span className={`relative mt-[0.45rem] size-3 rounded-full border-2 ${draft ? "border-ink bg-ink" : "border-muted bg-paper"}`} />
      </div>
      <article className={`col-start-2 row-start-2 pb-10 sm:col-start-3 sm:row-start-1 ${draft ? "" : "text-[0.97rem]"}`}>
        <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <Link
            href={`/versions/${v.slug}`}
            className={`font-serif text-xl leading-snug text-ink no-underline decoration-accent hover:underline ${draft ? "font-semibold" : "font-normal"}`}
          >
            {v.title}
          </Link>
          <span className="inline-flex translate-y-[-2px] flex-wrap gap-1.5">
            <StatusBadge status={v.status} />
            <KindTag kind={v.kind} />
          </span>
        </h3>
        <p className="mt-1 font-sans text-sm text-muted">
          {v.party}
          {v.respondsTo && (
            <>
              {" · responds to "}
              <Link href={`/versions/${v.respondsTo.slug}`}>{v.respondsTo.title}</Link>
            </>
          )}
        </p>
        {v.summary && <p className="mt-2 max-w-measure font-serif leading-relaxed text-pretty">{v.summary}</p>}
        <div className="mt-3">
          <CompletenessMeter completeness={v.completeness} after={plural(v.sourceCount, "source")} />
        </div>
      </article>
    </li>
  );
}
