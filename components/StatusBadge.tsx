import type { VersionKind, VersionStatus } from "@/generated/prisma/enums";
import { KIND_LABEL, STATUS_DESCRIPTION, STATUS_LABEL } from "@/lib/format";

const STATUS_STYLE: Record<VersionStatus, string> = {
  leaked: "border-ink/25 text-ink",
  published: "border-verbatim/40 text-verbatim",
  reported: "border-dashed border-reported/60 text-reported",
};

/** How a version reached the public. */
export function StatusBadge({ status }: { status: VersionStatus }) {
  return (
    <span
      title={STATUS_DESCRIPTION[status]}
      className={`inline-flex items-center rounded border px-1.5 py-0.5 font-sans text-[0.7rem] leading-none font-semibold tracking-wider whitespace-nowrap uppercase ${STATUS_STYLE[status]}`}
    >
      {STATUS_LABEL[status]}
    </span>
  );
}

/** Drafts of the plan vs related documents of the same process. Only related documents carry a tag. */
export function KindTag({ kind }: { kind: VersionKind }) {
  if (kind === "draft") return null;
  return (
    <span className="inline-flex items-center rounded bg-unknown-soft px-1.5 py-0.5 font-sans text-[0.7rem] leading-none font-semibold tracking-wider whitespace-nowrap text-muted uppercase">
      {KIND_LABEL[kind]}
    </span>
  );
}
