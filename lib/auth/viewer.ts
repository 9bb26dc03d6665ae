import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { auth } from "@/auth";
import { isServerSessionLive } from "./server-sessions";
import { getUserForViewer } from "./users";

export type OrganizerViewer = { kind: "organizer"; userId: string; email: string; name: string | null };
/**
 * A delegate, with their person records: one per initiative they take part in (each initiative
 * keeps its own), all attached to this one account.
 */
export type DelegateViewer = { kind: "delegate"; userId: string; email: string; name: string | null; personIds: string[] };
export type Viewer = OrganizerViewer | DelegateViewer;

/** Who is asking, re-read from the database on every request so a removed account loses access at once. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  // A signed cookie is not enough: its server-side session must still be open (not signed out).
  if (!(await isServerSessionLive(session.sid, userId))) return null;
  const user = await getUserForViewer(userId);
  if (!user) return null;
  return user.role === "organizer"
    ? { kind: "organizer", userId: user.id, email: user.email, name: user.name }
    : { kind: "delegate", userId: user.id, email: user.email, name: user.name, personIds: user.personIds };
});

async function redirectToSignIn(): Promise<never> {
  const locale = await getLocale();
  redirect(`/${locale}/sign-in`);
}

/** Signed-in organizer, or: anonymous → sign-in page; any other role → 404 (the screen does not exist for them). */
export async function requireOrganizer(): Promise<OrganizerViewer> {
  const viewer = await getViewer();
  if (!viewer) return redirectToSignIn();
  if (viewer.kind !== "organizer") notFound();
  return viewer;
}

export async function requireDelegate(): Promise<DelegateViewer> {
  const viewer = await getViewer();
  if (!viewer) return redirectToSignIn();
  if (viewer.kind !== "delegate") notFound();
  return viewer;
}

/** Any signed-in account, organizer or delegate (records: the rapporteur may be either); anonymous → sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) return redirectToSignIn();
  return viewer;
}
