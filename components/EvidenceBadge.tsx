import type { EvidenceGrade } from "@/generated/prisma/enums";
import { EVIDENCE } from "@/lib/format";

// Letter + label + colour: the grade reads without colour (and in print), the colour speeds up scanning.
const STYLE: Record<EvidenceGrade, { badge: string; letter: string }> = {
  verbatim: { badge: "text-verbatim bg-verbatim-soft border-transparent", letter: "bg-verbatim text-paper" },
  paraphrase: { badge: "text-paraphrase bg-paraphrase-soft border-transparent", letter: "bg-paraphrase text-paper" },
  reported: { badge: "text-reported bg-reported-soft border-transparent", letter: "bg-reported text-paper" },
  unknown: { badge: "text-unknown bg-transparent border-dashed border-unknown/60", letter: "border border-dashed border-current text-unknown" },
};

/** How solid a clause's text is. The title carries the grade's full explanation. */
export function EvidenceBadge({ grade }: { grade: EvidenceGrade }) {
  const { letter, label, description } = EVIDENCE[grade];
  const style = STYLE[grade];
  return (
    <span
      title={`${label}: ${description}`}
      className={`inline-flex items-center gap-1.5 rounded-full border align-[0.1em] py-0.5 pr-2.5 pl-0.5 font-sans text-xs leading-none font-medium whitespace-nowrap ${style.badge}`}
    >
      <span aria-hidden="true" className={`inline-grid size-[1.15rem] place-items-center rounded-full text-[0.68rem] font-bold ${style.letter}`}>
        {letter}
      </span>
      {label}
    </span>
  );
}
