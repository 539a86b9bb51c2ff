import type { CompareRowData } from "@/lib/compare/types";
import { LinkCuration } from "./editor/LinkCuration";

/**
 * EDITOR SLOT — link curation in place (confirm / reject / relink a row's link).
 *
 * Rendered once at the foot of every compare row, with everything a curation form needs (the link's id
 * and lockVersion when it is stored, the clause ids on each side, the two versions). Filled by the
 * editors' workflow: components/editor/LinkCuration.tsx renders nothing for readers (role checked there
 * and again by the mutation wrapper on every decision).
 */
export function LinkCurationSlot(props: { row: CompareRowData; fromVersionId: number; toVersionId: number }) {
  return <LinkCuration {...props} />;
}
