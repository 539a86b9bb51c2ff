import Link from "next/link";
import { UserMenu } from "./UserMenu";

/** Only routes that exist are listed; each later page adds itself here. */
const NAV = [
  { href: "/", label: "Versions" },
  { href: "/compare", label: "Compare" },
  { href: "/topics", label: "Topics" },
  { href: "/search", label: "Search" },
] as const;

export function SiteHeader() {
  return (
    <header className="no-print border-b border-rule">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-5 py-4 sm:px-8">
        <Link href="/" className="flex items-center gap-2 font-serif text-xl font-semibold tracking-tight text-ink no-underline">
          <Mark />
          Pointwise
        </Link>
        <nav aria-label="Main" className="order-last basis-full sm:order-none sm:basis-auto sm:flex-1">
          <ul className="flex flex-wrap gap-x-5 font-sans text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-muted no-underline hover:text-ink">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </div>
    </header>
  );
}

/** The logo: a numbered point with a pilcrow-like stem. Decorative; the name is beside it. */
function Mark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6">
      <rect x="2" y="2" width="20" height="20" rx="5" className="fill-ink" />
      <circle cx="8.5" cy="12" r="2.2" className="fill-paper" />
      <rect x="12.5" y="7" width="6.5" height="2" rx="1" className="fill-paper" />
      <rect x="12.5" y="11" width="6.5" height="2" rx="1" className="fill-paper" />
      <rect x="12.5" y="15" width="4.5" height="2" rx="1" className="fill-paper" />
    </svg>
  );
}
