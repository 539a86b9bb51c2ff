/** Account reads for the admin pages. Plain functions over the client or a transaction. */
import type { DbOrTx } from "@/lib/server/db";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: "reader" | "editor" | "admin";
  lockVersion: number;
  createdAt: Date;
}

/** Every account, admins first, then by email. (Hundreds at most: editors are people we know.) */
export async function listUsers(db: DbOrTx): Promise<UserRow[]> {
  const users = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, lockVersion: true, createdAt: true },
    orderBy: [{ email: "asc" }],
  });
  const rank = { admin: 0, editor: 1, reader: 2 } as const;
  return users.sort((a, b) => rank[a.role] - rank[b.role] || a.email.localeCompare(b.email));
}
