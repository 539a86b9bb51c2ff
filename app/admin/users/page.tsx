import type { Metadata } from "next";
import { CreateUserForm } from "@/components/CreateUserForm";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { RoleForm } from "@/components/RoleForm";
import { db } from "@/lib/server/db";
import { listUsers } from "@/lib/server/queries/users";
import { pageAccess } from "@/lib/server/session";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function UsersPage() {
  const access = await pageAccess("admin", "/admin/users");
  if (!access.allowed) return <Forbidden required={access.required} role={access.user.role} />;

  const users = await listUsers(db());
  const admins = users.filter((u) => u.role === "admin").length;

  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Users"
        lead="Readers read; editors enter drafts and curate links; admins also manage accounts. Every change is in the audit log."
      />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse font-sans text-sm">
          <caption className="sr-only">Accounts and their roles</caption>
          <thead>
            <tr className="border-b border-rule text-left text-muted">
              <th scope="col" className="py-2 pr-4 font-semibold">Email</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Name</th>
              <th scope="col" className="py-2 pr-4 font-semibold">Since</th>
              <th scope="col" className="py-2 font-semibold">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-rule align-middle" data-testid={`user-row-${u.email}`}>
                <td className="py-2 pr-4">
                  {u.email}
                  {u.id === access.user.id && <span className="ml-2 text-xs text-muted">(you)</span>}
                </td>
                <td className="py-2 pr-4">{u.name}</td>
                <td className="py-2 pr-4 whitespace-nowrap text-muted">{dateFormat.format(u.createdAt)}</td>
                <td className="py-2">
                  <RoleForm userId={u.id} email={u.email} role={u.role} lockVersion={u.lockVersion} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {admins === 1 && (
        <p className="mt-3 font-sans text-sm text-muted">There is one admin; that account cannot be demoted until there is another.</p>
      )}
      <section className="mt-12 max-w-3xl rounded-lg border border-rule p-6">
        <CreateUserForm />
      </section>
    </>
  );
}
