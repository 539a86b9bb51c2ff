import type { ReactNode } from "react";

/** The top of every page: what kind of page it is, its title, and what it is about. */
export function PageHeader({
  eyebrow,
  title,
  lead,
  children,
  size = "lg",
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
  /** "md" for titles that are long names (an outlet), which would fill a phone screen at full size. */
  size?: "lg" | "md";
}) {
  return (
    <header className="mb-8 border-b border-rule pb-8 sm:mb-10">
      {eyebrow && <div className="mb-3 flex flex-wrap items-center gap-2 font-sans text-sm text-muted">{eyebrow}</div>}
      <h1 className={`font-serif leading-tight font-semibold tracking-tight text-balance ${size === "lg" ? "text-3xl sm:text-4xl" : "text-2xl sm:text-3xl"}`}>
        {title}
      </h1>
      {lead && (
        <div className="mt-4 max-w-measure font-serif text-base leading-relaxed text-muted text-pretty sm:text-lg">{lead}</div>
      )}
      {children && <div className="mt-5">{children}</div>}
    </header>
  );
}
