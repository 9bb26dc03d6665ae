"use server";

// Ending sessions, from the header and the account screens (components/ uses these, so they live
// outside app/). Every export here is a public endpoint.
import { getLocale } from "next-intl/server";
import { signOut } from "@/auth";
import { closeAllServerSessions } from "./server-sessions";
import { requireViewer } from "./viewer";

/** Ends this session, on the server too (auth.ts events.signOut closes its row). */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}

/** Ends every session of the signed-in account, on every device, then this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await requireViewer();
  await closeAllServerSessions(viewer.userId);
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/sign-in` });
}
