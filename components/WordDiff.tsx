import type { ReactNode } from "react";
import type { DiffPart } from "@/lib/diff";

/**
 * A word diff as a redline: deleted words struck through, inserted words underlined — readable without
 * colour and in print (see the print block at the end of app/globals.css). Each change also carries words
 * for screen readers ("deleted", "inserted"), which CSS decoration does not. Built from React elements;
 * the texts are never interpreted as HTML.
 *
 * Text past the point where the other side breaks off is neither: it is shown unmarked and muted, and
 * said to be uncompared.
 *
 * `WordDiff` renders inside the caller's paragraph: one side of the compare view, or `inline`, the
 * later text with the earlier one's changes in it (the lineage and topic pages).
 * `Deleted` and `Inserted` are the two marks on their own (legends).
 */
export function WordDiff({ parts, inline = false }: { parts: readonly DiffPart[]; inline?: boolean }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === "equal") return <span key={i}>{p.text}</span>;
        // Inline (the later text, marked against the earlier one), the earlier text past the break is only pointed at.
        if (p.op === "uncompared-from" && inline) return <Elided key={i} />;
        if (p.op === "uncompared-from" || p.op === "uncompared-to") return <Uncompared key={i}>{p.text}</Uncompared>;
        // Spaces around a change stay outside its mark, so the strike or underline covers words only.
        const [, lead = "", core = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(p.text) ?? [];
        const Mark = p.op === "delete" ? Deleted : Inserted;
        return (
          <span key={i}>
            {lead}
            {core && <Mark>{core}</Mark>}
            {trail}
          </span>
        );
      })}
    </>
  );
}

export function Deleted({ children }: { children: ReactNode }) {
  return (
    <del className="rounded-sm bg-struck-soft text-struck line-through decoration-struck/80 decoration-1">
      <span className="sr-only">[deleted: </span>
      {children}
      <span className="sr-only">]</span>
    </del>
  );
}

export function Inserted({ children }: { children: ReactNode }) {
  return (
    <ins className="rounded-sm bg-verbatim-soft text-verbatim underline decoration-verbatim/80 decoration-2 underline-offset-2">
      <span className="sr-only">[inserted: </span>
      {children}
      <span className="sr-only">]</span>
    </ins>
  );
}

function Uncompared({ children }: { children: ReactNode }) {
  return (
    <span className="text-muted" title="Not compared: the other text breaks off before this point">
      <span className="sr-only">[not compared, the other text breaks off: </span>
      {children}
      <span className="sr-only">]</span>
    </span>
  );
}

function Elided() {
  return (
    <span className="font-sans text-sm text-faint" title="The earlier text continues here; it is not compared because this text breaks off">
      {" […] "}
      <span className="sr-only">(the earlier text continues here; not compared, because this text breaks off)</span>
    </span>
  );
}
