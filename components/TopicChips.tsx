import Link from "next/link";
import type { TopicChip } from "@/lib/server/queries/topics";

/**
 * A clause's topics, each linking to the topic across versions. A confirmed topic is a solid chip; a
 * topic the import proposed and no editor has reviewed yet is dashed and says "suggested" — so a
 * reader can tell an editor's judgement from a machine's guess without relying on colour.
 */
export function TopicChips({ topics, className = "" }: { topics: readonly TopicChip[]; className?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label="Topics" className={`flex flex-wrap gap-1.5 ${className}`}>
      {topics.map((t) => (
        <li key={t.slug}>
          <Link
            href={`/topics/${t.slug}`}
            title={t.status === "confirmed" ? `Topic confirmed by an editor` : `Suggested from the text's wording (score ${t.score.toFixed(2)}); not yet reviewed`}
            className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 font-sans text-xs leading-5 font-medium no-underline hover:bg-accent-soft ${
              t.status === "confirmed" ? "border-accent/50 bg-accent-soft text-accent" : "border-dashed border-faint text-muted"
            }`}
          >
            {t.name}
            {t.status !== "confirmed" && <span className="text-[0.65rem] font-normal tracking-wide text-faint uppercase">suggested</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
