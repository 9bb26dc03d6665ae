import "server-only";
import { getViewer, requireDelegate, requireOrganizer, requireViewer, type DelegateViewer, type OrganizerViewer, type Viewer } from "@/lib/auth/viewer";
import { getEventForOrganizer, type OrganizerEvent } from "@/lib/events/queries";
import type { Capability } from "@/lib/teams/roles";
import { teamMayOnInitiative } from "@/lib/teams/scope";

/**
 * Who may call an action, declared by the action itself and checked by the pipeline before any of
 * its input is read:
 * - `public`: anyone (sign-in, and screens whose URL token is the credential, checked in the data layer);
 * - `signedIn`: any account (the record editor, whose record scope the data layer decides);
 * - `delegate` / `organizer`: that kind of account (the data layer scopes what it touches);
 * - `event`: an organizer whose team role on the event's initiative holds `capability`; the first
 *   bound argument is the event id;
 * - `initiative`: the same, on an initiative; the first bound argument is its id.
 * The anonymous are sent to sign in; the wrong kind of account gets a 404 (the screen does not exist
 * for them); an organizer outside the scope gets "not found", like an id that does not exist.
 */
export type Access =
  | { who: "public" }
  | { who: "signedIn" }
  | { who: "delegate" }
  | { who: "organizer" }
  | { who: "event"; capability: Capability }
  | { who: "initiative"; capability: Capability };

export type AccessKind = Access["who"];

export type ViewerFor<K extends AccessKind> = K extends "public"
  ? Viewer | null
  : K extends "signedIn"
    ? Viewer
    : K extends "delegate"
      ? DelegateViewer
      : OrganizerViewer;

/** What the scope check found, handed to the action's body. */
export type ScopeFor<K extends AccessKind> = K extends "event" ? { event: OrganizerEvent } : K extends "initiative" ? { initiativeId: string } : object;

/** How many bound arguments the scope takes first (the event's or the initiative's id). */
export const leadingArguments = (access: Access): number => (access.who === "event" || access.who === "initiative" ? 1 : 0);

export type Admission = { viewer: Viewer | null; scope: { event?: OrganizerEvent; initiativeId?: string } } | { refused: "errors.notFound" };

/** The viewer the access asks for (throws the sign-in redirect or the 404), and the scope it names. */
export async function admit(access: Access, scopeId: unknown): Promise<Admission> {
  switch (access.who) {
    case "public":
      return { viewer: await getViewer(), scope: {} };
    case "signedIn":
      return { viewer: await requireViewer(), scope: {} };
    case "delegate":
      return { viewer: await requireDelegate(), scope: {} };
    case "organizer":
      return { viewer: await requireOrganizer(), scope: {} };
    case "event": {
      const viewer = await requireOrganizer();
      const event = typeof scopeId === "string" ? await getEventForOrganizer(viewer, scopeId, access.capability) : null;
      return event ? { viewer, scope: { event } } : { refused: "errors.notFound" };
    }
    case "initiative": {
      const viewer = await requireOrganizer();
      const allowed = typeof scopeId === "string" && (await teamMayOnInitiative(viewer, scopeId, access.capability));
      return allowed ? { viewer, scope: { initiativeId: scopeId } } : { refused: "errors.notFound" };
    }
  }
}
