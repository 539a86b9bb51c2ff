import { cache } from "react";
import type { CompareRowData } from "@/lib/compare/types";
import { hasRole } from "@/lib/schemas/user";
import { db } from "@/lib/server/db";
import { currentUser } from "@/lib/server/session";
import { LinkControls, type PointChoice } from "./LinkControls";

/** A version's points as relink choices, read once per request however many rows ask. */
const pointChoices = cache(async (versionId: number): Promise<{ title: string; points: PointChoice[] }> => {
  const version = await db().version.findUnique({
    where: { id: versionId },
    select: { title: true, clauses: { where: { parentId: null, role: "point" }, orderBy: { position: "asc" }, select: { id: true, key: true, label: true, text: true } } },
  });
  return {
    title: version?.title ?? "",
    points: (version?.clauses ?? []).map((c) => ({ id: c.id, label: `${c.label || c.key} ${c.text.slice(0, 70)}${c.text.length > 70 ? "…" : ""}`.trim() })),
  };
});

/**
 * Link curation on the compare page, for editors: the controls of the row's stored link (confirm,
 * reject, change kind, relink), in the link's own direction. Readers — and rows whose links are computed
 * on the fly, with nothing stored to decide on — get nothing. The server checks the role again on
 * every decision (the mutation wrapper); hiding the controls is only for the page.
 */
export async function LinkCuration({ row, fromVersionId, toVersionId }: { row: CompareRowData; fromVersionId: number; toVersionId: number }) {
  if (row.source.kind !== "stored") return null;
  const user = await currentUser();
  if (!user || !hasRole(user.role, "editor")) return null;
  const { reversed, linkId, lockVersion, origin, status } = row.source;
  // A link stored for the opposite direction is read backwards on this page; decisions are made on the link as stored.
  const [linkFrom, linkTo] = reversed ? [toVersionId, fromVersionId] : [fromVersionId, toVersionId];
  const [earlier, later] = await Promise.all([pointChoices(linkFrom), pointChoices(linkTo)]);
  const ids = (points: CompareRowData["from"]) => points.map((p) => p.id);
  const REVERSED = { merged: "split", split: "merged", removed: "added", added: "removed" } as const;
  const kind = row.kind === null ? "unknown" : reversed && row.kind in REVERSED ? REVERSED[row.kind as keyof typeof REVERSED] : row.kind;
  return (
    // Folded by default: the compare page is read first; an editor opens the rows they want to decide on.
    <details className="group/curate mt-2 rounded-md border border-dashed border-rule px-3 py-1.5" data-testid="link-curation">
      <summary className="font-sans text-xs font-semibold tracking-wider text-muted uppercase">
        Editor: review this link <span className="font-normal tracking-normal normal-case">({status === "confirmed" ? "confirmed" : origin === "editor" ? "made by an editor" : "proposed by the aligner"})</span>
      </summary>
      <LinkControls
        compact
        link={{ id: linkId, lockVersion, kind, status, origin }}
        fromIds={reversed ? ids(row.to) : ids(row.from)}
        toIds={reversed ? ids(row.from) : ids(row.to)}
        fromPoints={earlier.points}
        toPoints={later.points}
        fromTitle={earlier.title}
        toTitle={later.title}
      />
    </details>
  );
}
