import type { LinkKind } from "@/lib/align/types";
import { KIND_DESCRIPTION, KIND_LABEL } from "@/lib/compare/labels";

/**
 * Per kind: badge colours and the row's edge colour. Colour only speeds up scanning; the icon and the
 * word carry the meaning (and survive print and colour blindness). Unknown is dashed, like an unrecovered
 * clause, so it never reads as a change.
 */
export const KIND_STYLE: Record<LinkKind | "none", { badge: string; edge: string }> = {
  changed: { badge: "bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-100", edge: "border-l-orange-500 dark:border-l-orange-400" },
  removed: { badge: "bg-rose-100 text-rose-950 dark:bg-rose-950 dark:text-rose-100", edge: "border-l-rose-600 dark:border-l-rose-400" },
  added: { badge: "bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100", edge: "border-l-emerald-600 dark:border-l-emerald-400" },
  merged: { badge: "bg-violet-100 text-violet-950 dark:bg-violet-950 dark:text-violet-100", edge: "border-l-violet-500 dark:border-l-violet-400" },
  split: { badge: "bg-violet-100 text-violet-950 dark:bg-violet-950 dark:text-violet-100", edge: "border-l-violet-500 dark:border-l-violet-400" },
  moved: { badge: "bg-violet-100 text-violet-950 dark:bg-violet-950 dark:text-violet-100", edge: "border-l-violet-500 dark:border-l-violet-400" },
  reworded: { badge: "bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100", edge: "border-l-sky-500 dark:border-l-sky-400" },
  unchanged: { badge: "border border-rule text-muted", edge: "border-l-rule" },
  unknown: { badge: "border border-dashed border-unknown/70 text-muted", edge: "border-l-unknown/40 border-dashed" },
  none: { badge: "border border-dashed border-unknown/70 text-muted", edge: "border-l-unknown/40 border-dashed" },
};

/** A link's kind as a labelled badge: icon + word. `null` is a clause no link covers. */
export function LinkKindBadge({ kind, size = "md" }: { kind: LinkKind | null; size?: "sm" | "md" }) {
  const key = kind ?? "none";
  return (
    <span
      data-kind={key}
      className={`inline-flex items-center gap-1.5 rounded-full font-sans leading-none font-semibold whitespace-nowrap ${size === "md" ? "py-1 pr-2.5 pl-2 text-[0.8rem]" : "py-0.5 pr-2 pl-1.5 text-xs"} ${KIND_STYLE[key].badge}`}
    >
      <KindIcon kind={key} />
      {kind ? KIND_LABEL[kind] : "Not linked"}
    </span>
  );
}

export function kindTitle(kind: LinkKind | null): string {
  return kind ? `${KIND_LABEL[kind]}: ${KIND_DESCRIPTION[kind]}` : "Not linked: no link covers this clause.";
}

const ICON: Record<LinkKind | "none", string> = {
  unchanged: "M3 6h10M3 10h10",
  reworded: "M2.5 6.5c1.8-1.4 3.4 1.4 5.5 0s3.7-1.4 5.5 0M2.5 10.5c1.8-1.4 3.4 1.4 5.5 0s3.7-1.4 5.5 0",
  changed: "M8 2.75 13.75 13H2.25z",
  moved: "M5 13V3M2.75 5.25 5 3l2.25 2.25M11 3v10M8.75 10.75 11 13l2.25-2.25",
  merged: "M3 2.5c0 4 5 3.5 5 7.5v3.5M13 2.5c0 4-5 3.5-5 7.5",
  split: "M8 2.5V6c0 4-5 3.5-5 7.5M8 6c0 4 5 3.5 5 7.5",
  removed: "M4.5 8h7M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12z",
  added: "M4.5 8h7M8 4.5v7M8 14A6 6 0 1 0 8 2a6 6 0 0 0 0 12z",
  unknown: "M6 6.1a2 2 0 1 1 2.9 1.8c-.6.3-.9.8-.9 1.4v.5M8 11.6v.4",
  none: "M2.5 8h3.5M10 8h3.5",
};

function KindIcon({ kind }: { kind: LinkKind | "none" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0 fill-none stroke-current stroke-[1.75]" strokeLinecap="round" strokeLinejoin="round">
      <path d={ICON[kind]} />
    </svg>
  );
}
