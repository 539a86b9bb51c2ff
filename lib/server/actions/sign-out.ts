"use server";
/**
 * Sign-out as a server action, so the button in UserMenu is a plain POST form (works without
 * JavaScript; Next checks the Origin of server-action POSTs, proxy.ts does as well).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/server/auth";
import { logger } from "@/lib/server/logger";
import { requestIdFrom } from "@/lib/server/request";

export async function signOut(): Promise<never> {
  const h = await headers();
  try {
    // Deletes the session row and, through the nextCookies plugin, clears the cookie.
    await auth().api.signOut({ headers: h });
  } catch (error) {
    // No session (already signed out, expired): nothing to end.
    logger.info({ err: error, requestId: requestIdFrom(h) }, "sign-out without a session");
  }
  redirect("/");
}
