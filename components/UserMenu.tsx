import Link from "next/link";
import { headers } from "next/headers";
import { hasRole, safeNextPath } from "@/lib/schemas/user";
import { signOut } from "@/lib/server/actions/sign-out";
import { PATH_HEADER } from "@/lib/server/request";
import { currentUser } from "@/lib/server/session";

/**
 * The account corner of the header: "Sign in" for visitors; for a signed-in user their name, role,
 * the editorial pages their role opens, and a sign-out button (a POST form, never a GET link).
 */
export async function UserMenu() {
  const user = await currentUser();

  if (!user) {
    const here = safeNextPath((await headers()).get(PATH_HEADER), "/");
    const href = here === "/" || here.startsWith("/sign-in") ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`;
    return (
      <Link
        href={href}
        className="rounded-md px-2 py-1 font-sans text-sm font-medium text-muted no-underline hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        Sign in
      </Link>
    );
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm">
      {hasRole(user.role, "editor") && (
        <Link href="/editor" className="text-muted no-underline hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus">
          Editor
        </Link>
      )}
      {hasRole(user.role, "editor") && (
        <Link href="/audit" className="text-muted no-underline hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus">
          Audit log
        </Link>
      )}
      {hasRole(user.role, "admin") && (
        <Link href="/admin/users" className="text-muted no-underline hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus">
          Users
        </Link>
      )}
      <span className="text-ink" data-testid="user-menu-name">
        {user.name}{" "}
        <span className="rounded border border-rule px-1.5 py-0.5 text-xs text-muted" data-testid="user-menu-role">
          {user.role}
        </span>
      </span>
      <form action={signOut}>
        <button
          type="submit"
          className="rounded-md border border-rule px-2 py-1 text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
        >
          Sign out
        </button>
      </form>
    </div>
  );
}

export default UserMenu;
