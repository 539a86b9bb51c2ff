import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/PageHeader";
import { SignInForm } from "@/components/SignInForm";
import { safeNextPath } from "@/lib/schemas/user";
import { currentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams;
  const target = safeNextPath(Array.isArray(next) ? next[0] : next, "/");
  if (await currentUser()) redirect(target);

  return (
    <div className="max-w-md">
      <PageHeader
        title="Sign in"
        lead="For editors and admins. Reading Pointwise needs no account; accounts are created by an admin."
      />
      <SignInForm next={target} />
    </div>
  );
}
