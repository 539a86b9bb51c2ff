import type { ReactNode } from "react";
import { parseReport, type ReportSegment } from "@/lib/report-text";

/**
 * A press report about a clause or a version: its heading, then its items, with quotes set in the reading
 * face (as <q>, with no added quotation marks: the printed text has its own) against the sans annotations
 * (outlet, date, notes), and URLs as links.
 */
export function ReportText({ text, language }: { text: string; language: string | null }) {
  const out: ReactNode[] = [];
  let items: ReactNode[] = [];
  const flush = () => {
    if (items.length) out.push(<ul key={`ul${out.length}`} className="mt-2 space-y-2 border-l-2 border-reported/40 pl-4">{items}</ul>);
    items = [];
  };
  parseReport(text).forEach((block, i) => {
    const content = block.segments.map(renderSegment);
    if (block.kind === "item") {
      items.push(<li key={i}>{content}</li>);
      return;
    }
    flush();
    out.push(
      <p key={i} className={block.kind === "heading" ? "font-medium text-ink" : "mt-2"}>
        {content}
      </p>,
    );
  });
  flush();
  return (
    <div lang={language ?? undefined} className="font-sans text-[0.95rem] leading-relaxed text-muted">
      {out}
    </div>
  );
}

function renderSegment(segment: ReportSegment, i: number): ReactNode {
  switch (segment.kind) {
    case "quote":
      return (
        <q key={i} className="reading text-[1.05rem] text-ink [quotes:none]">
          {segment.text}
        </q>
      );
    case "url":
      return (
        <a key={i} href={segment.text} rel="nofollow noopener noreferrer" className="text-[0.85em] [overflow-wrap:anywhere]">
          {segment.text}
        </a>
      );
    case "text":
      return segment.text;
  }
}
