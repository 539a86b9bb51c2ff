/**
 * The one Prisma client. Queries take it (or a transaction) as a parameter; only lib/server imports this.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** A transaction client: what `db.$transaction(async (tx) => …)` hands to its callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Queries accept either, so the same function runs inside or outside a transaction. */
export type DbOrTx = Db | Tx;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// Kept on globalThis so that Next's hot reload in development does not open a new pool per edit.
const holder = globalThis as unknown as { pointwiseDb?: Db };

export function db(): Db {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded PostgreSQL.");
  }
  holder.pointwiseDb ??= createDb(env.DATABASE_URL);
  return holder.pointwiseDb;
}
