import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="max-w-measure py-10">
      <p className="font-sans text-sm font-semibold tracking-wider text-muted uppercase">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">There is no page here</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
        The version or source you asked for does not exist, or has not been published. Links to clauses keep working once a
        version is published.
      </p>
      <ul className="mt-8 space-y-2 font-sans">
        <li>
          <Link href="/">All versions, in date order</Link>
        </li>
      </ul>
    </div>
  );
}
