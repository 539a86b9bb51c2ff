import Link from "next/link";
import type { Role } from "@/lib/schemas/user";

/**
 * What a signed-in user sees on a page their role does not open. The page renders this instead of
 * its content; the data was never read.
 */
export function Forbidden({ required, role }: { required: Role; role: Role }) {
  return (
    <div role="alert" className="max-w-measure py-10" data-testid="forbidden">
      <p className="font-sans text-sm font-semibold tracking-wider text-muted uppercase">403 · Not allowed</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight">This page is for {required}s</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-muted">
        You are signed in as {article(role)} {role}. Ask an admin if you need {article(required)} {required}
        {"'"}s access.
      </p>
      <ul className="mt-8 space-y-2 font-sans">
        <li>
          <Link href="/">Back to all versions</Link>
        </li>
      </ul>
    </div>
  );
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
