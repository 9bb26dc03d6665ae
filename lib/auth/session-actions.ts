"use server";

// Ending sessions, from the header and the account screens (components/ uses these, so they live
// outside app/). Every export here is a public endpoint.
import { signOut } from "@/auth";
import { defineFormAction, done } from "@/lib/actions/define";
import { closeAllServerSessions } from "./server-sessions";

/** Ends this session, on the server too (auth.ts events.signOut closes its row). */
export const signOutAction = defineFormAction({
  access: { who: "public" },
  run: async ({ locale }) => {
    await signOut({ redirectTo: `/${locale}` });
    return done();
  },
});

/** Ends every session of the signed-in account, on every device, then this one. */
export const signOutEverywhereAction = defineFormAction({
  access: { who: "signedIn" },
  run: async ({ viewer, locale }) => {
    await closeAllServerSessions(viewer.userId);
    await signOut({ redirectTo: `/${locale}/sign-in` });
    return done();
  },
});
