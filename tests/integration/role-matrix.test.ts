// The role matrix, generated from the code: every server action (each export of a "use server"
// file under app/ or lib/), every route handler, and every data-layer function that acts on an event
// for an organizer (lib/**: `(viewer, eventId, …)`) must have a row below, so a new one without a
// row fails here. Then each is called as the roles its row does not allow:
// - actions: the anonymous are sent to sign in, the wrong kind of account gets a 404, before any
//   input is read, and nothing changes;
// - data layer: a stranger organizer and every team role lacking the capability are refused
//   (null, nothing, or "not found") with whatever arguments, and nothing changes.
// Only the request context is mocked (session, cache, locale, headers); the database is real.
import fs from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { agendaItemOfficials, initiativeOrganizers, officials } from "@/db/schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { idle } from "@/lib/forms/action-state";
import { roleCan, type Capability, type TeamRole } from "@/lib/teams/roles";
import { createOrganizerUser, eventSnapshot, rowCounts, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { rejectionOf } from "@/tests/helpers/action-calls";
import { declarationOf } from "@/lib/actions/define";
import { declared } from "@/tests/helpers/declared";
import { exportsOf, filesUnder, serverActions, type Found } from "@/tests/helpers/discover";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
// The feeds' cache (unstable_cache) exists only inside a Next.js server: here a feed is built on every call.
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
  unstable_cache: <F>(build: F) => build,
}));
vi.mock("next-intl/server", async () => (await import("@/tests/helpers/intl-server")).intlServer);
vi.mock("next/headers", () => ({
  headers: vi.fn(async () => new Headers({ host: "localhost:3000" })),
  cookies: vi.fn(async () => ({ get: () => undefined })),
}));

const { db } = setupTestDatabase();

/**
 * The actions anyone may call, each with why: every other action's access comes from its own
 * declaration (lib/actions/define.ts), read from the code below. A new public action must be added
 * here on purpose: it is the one kind the pipeline lets through without an account.
 */
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/[locale]/(public)/invitation/[token]/actions.ts#registerAction": "the mailed invitation's token is the credential",
  "app/[locale]/(public)/invitation/[token]/actions.ts#declineAction": "the mailed invitation's token is the credential",
  "app/[locale]/setup/actions.ts#setPasswordAction": "the setup link's token is the credential",
  "app/[locale]/setup/actions.ts#firstRunSetupAction": "the first-run token from the server log is the credential",
  "app/[locale]/team-invitation/[token]/actions.ts#acceptTeamInvitationAction": "the mailed team invitation's token is the credential",
  "app/[locale]/sign-in/actions.ts#signInAction": "signing in",
  "app/[locale]/sign-in/actions.ts#requestSignInLinkAction": "signing in (rate-limited, never says who exists)",
  "app/[locale]/sign-in/actions.ts#signInWithLinkAction": "the mailed sign-in link's token is the credential",
  "lib/auth/session-actions.ts#signOutAction": "signing out ends the caller's own session only",
};

/** Route handlers: who may read them; covered by the tests named (routes answer with a status, never a redirect). */
const ROUTES: Record<string, string> = {
  "app/[locale]/(delegate)/my-details/export/route.ts#GET": "delegate: tests/integration/my-data.test.ts",
  "app/[locale]/(delegate)/schedule/ics/route.ts#GET": "delegate: tests/integration/calendar-feeds.test.ts",
  "app/[locale]/(organize)/organize/events/[eventId]/delegations/export/route.ts#GET": "plan: tests/integration/roster-export.test.ts and below",
  "app/[locale]/(organize)/organize/events/[eventId]/feedback/export/route.ts#GET": "outcomes: tests/integration/feedback.test.ts and below",
  "app/api/events/[eventId]/check-ins/route.ts#POST": "plan: tests/integration/check-in.test.ts",
  "app/api/auth/[...nextauth]/route.ts#GET": "public: Auth.js",
  "app/api/auth/[...nextauth]/route.ts#POST": "public: Auth.js",
  "app/api/materials/route.ts#POST": "records or plan (the data layer checks again): tests/integration/materials.test.ts",
  "app/api/materials/[materialId]/route.ts#GET": "the material's visibility, else 404: tests/integration/materials.test.ts",
  "app/api/internal/refresh-public/route.ts#POST": "per-process secret: tests/integration/public-cache-routes.test.ts",
  "app/api/records/[itemId]/route.ts#PUT": "record scope: tests/integration/records.test.ts",
  "app/api/viewer/nav/route.ts#GET": "anyone, own names only: tests/integration/public-cache-routes.test.ts",
  "app/calendar/[token]/route.ts#GET": "feed token: tests/integration/calendar-feeds.test.ts",
  "app/events/[slug]/schedule.json/route.ts#GET": "public (non-draft events): tests/integration/schedule-export.test.ts",
  "app/events/[slug]/schedule.xml/route.ts#GET": "public (non-draft events): tests/integration/schedule-export.test.ts",
  "app/feeds/initiatives/[slug]/route.ts#GET": "public: tests/integration/public-outcomes.test.ts",
  "app/feeds/outcomes/route.ts#GET": "public: tests/integration/public-outcomes.test.ts",
};

/** Data-layer functions acting on one event for an organizer: the capability their team role must hold. */
const DATA: Record<string, Capability | "delegate"> = {
  "lib/agenda/participants.ts#listEventDelegatesForOrganizer": "plan",
  "lib/agenda/participants.ts#addItemPerson": "plan",
  "lib/agenda/participants.ts#assignPersonToItems": "plan",
  "lib/agenda/participants.ts#assignMembersToItem": "plan",
  "lib/delegations/listing-request.ts#askListingChoice": "plan",
  "lib/agenda/participants.ts#removeItemPerson": "plan",
  "lib/agenda/participants.ts#listOfficialsForOrganizer": "plan",
  "lib/agenda/participants.ts#createOfficialForItem": "plan",
  "lib/agenda/participants.ts#setItemOfficial": "plan",
  "lib/agenda/participants.ts#updateOfficialVersions": "plan",
  "lib/agenda/move.ts#moveAgendaItem": "plan",
  "lib/agenda/queries.ts#listAgendaForOrganizer": "plan",
  "lib/agenda/queries.ts#getAgendaItemForOrganizer": "plan",
  "lib/agenda/queries.ts#updateAgendaItem": "plan",
  "lib/agenda/queries.ts#createAgendaItem": "plan",
  "lib/agenda/queries.ts#deleteAgendaItem": "plan",
  "lib/agenda/queries.ts#listRecentlyDeleted": "plan",
  "lib/agenda/queries.ts#restoreAgendaItem": "plan",
  "lib/agenda/releases.ts#releaseAgenda": "plan",
  "lib/agenda/releases.ts#listReleasesForOrganizer": "plan",
  "lib/check-in/queries.ts#listCheckpoints": "plan",
  "lib/check-in/queries.ts#getCheckpointList": "plan",
  "lib/check-in/queries.ts#syncCheckIns": "plan",
  "lib/check-in/queries.ts#attendanceForRecords": "records",
  "lib/crossings/queries.ts#listCrossingPoints": "plan",
  "lib/crossings/queries.ts#createCrossingPoint": "plan",
  "lib/crossings/queries.ts#updateCrossingPointVersions": "plan",
  "lib/crossings/queries.ts#listCrossingsForOrganizer": "plan",
  "lib/crossings/queries.ts#getDelegationForCrossing": "plan",
  "lib/crossings/queries.ts#getCrossingForOrganizer": "plan",
  "lib/crossings/queries.ts#createCrossing": "plan",
  "lib/crossings/queries.ts#updateCrossing": "plan",
  "lib/crossings/queries.ts#setCrossingActualTime": "plan",
  "lib/crossings/queries.ts#deleteCrossing": "plan",
  "lib/delegations/bulk.ts#bulkChangeStatus": "plan",
  "lib/delegations/bulk.ts#bulkSendInvitations": "plan",
  "lib/delegations/member.ts#getMemberForOrganizer": "plan",
  "lib/delegations/membership.ts#changeMemberStatus": "plan",
  "lib/delegations/membership.ts#changeMemberRole": "plan",
  "lib/delegations/membership.ts#getParity": "plan",
  "lib/delegations/membership.ts#setTargetSize": "plan",
  "lib/delegations/membership.ts#updateMemberDetails": "plan",
  "lib/delegations/queries.ts#listDelegationsForOrganizer": "plan",
  "lib/delegations/queries.ts#addPersonToDelegation": "plan",
  "lib/delegations/roster-export.ts#listRosterForExport": "plan",
  "lib/events/queries.ts#updateEventStatus": "plan",
  "lib/events/translations.ts#getEventTranslations": "plan",
  "lib/events/translations.ts#updateEventTranslations": "plan",
  "lib/feedback/queries.ts#getSurveyForOrganizer": "outcomes",
  "lib/feedback/queries.ts#saveSurvey": "outcomes",
  "lib/feedback/queries.ts#sendSurveyNow": "outcomes",
  "lib/feedback/queries.ts#getSurveyResults": "outcomes",
  "lib/feedback/queries.ts#listResponsesForExport": "outcomes",
  // A confirmed delegate answers: covered with the delegate's own scope in feedback.test.ts.
  "lib/feedback/queries.ts#getSurveyForDelegate": "delegate",
  "lib/feedback/queries.ts#submitFeedback": "delegate",
  "lib/invitations/import.ts#previewInvitationImport": "plan",
  "lib/invitations/import.ts#importInvitations": "plan",
  "lib/invitations/queries.ts#sendInvitations": "plan",
  "lib/invitations/queries.ts#revokeInvitation": "plan",
  "lib/invitations/queries.ts#listInvitationsForOrganizer": "plan",
  "lib/invitations/queries.ts#listOutbox": "plan",
  "lib/invitations/queries.ts#searchOutbox": "plan",
  "lib/invitations/person-state.ts#getInvitationStateForMember": "plan",
  "lib/mail/retry.ts#retryFailedMail": "plan",
  "lib/outcomes/composition.ts#getOutcomeComposition": "outcomes",
  "lib/outcomes/composition.ts#saveOutcomeComposition": "outcomes",
  "lib/outcomes/queries.ts#getOutcomeForOrganizer": "outcomes",
  "lib/outcomes/queries.ts#saveOutcomeDraft": "outcomes",
  "lib/outcomes/queries.ts#publishOutcome": "outcomes",
  "lib/outcomes/queries.ts#cancelScheduledPublication": "outcomes",
  "lib/outcomes/sign-off.ts#getSignOffOverview": "outcomes",
  "lib/outcomes/sign-off.ts#setSignatory": "outcomes",
  "lib/outcomes/sign-off.ts#requestSignOffs": "outcomes",
  // A delegate signs off: covered with the delegate's own scope in outcome-sign-off.test.ts.
  "lib/outcomes/sign-off.ts#signOffStatement": "delegate",
  // Materials: the team's planners and rapporteurs (every role holding records or plan).
  "lib/materials/queries.ts#eventForMaterials": "records",
  "lib/materials/queries.ts#materialScope": "records",
  "lib/materials/queries.ts#addFileMaterial": "records",
  "lib/materials/queries.ts#addLinkMaterial": "records",
  "lib/materials/queries.ts#updateMaterial": "records",
  "lib/materials/queries.ts#deleteMaterial": "records",
  "lib/materials/queries.ts#listMaterialsForOrganizer": "records",
  // A confirmed delegate reads: covered with the delegate's own scope in materials.test.ts.
  "lib/materials/queries.ts#listMaterialsForDelegate": "delegate",
  "lib/privacy/deletion.ts#getDeletionRequestForMember": "plan",
  "lib/records/assignments.ts#listRapporteurCandidates": "records",
  "lib/records/assignments.ts#listRecordsForOrganizer": "records",
  "lib/records/assignments.ts#assignRapporteur": "records",
  "lib/records/board.ts#listRecommendationsForOrganizer": "records",
  "lib/records/board.ts#setRecommendationAdopted": "records",
  "lib/travel-documents/queries.ts#listTravelDocumentsForOrganizer": "plan",
  "lib/travel-documents/queries.ts#revealManifestDocuments": "plan",
  "lib/travel-documents/queries.ts#saveTravelDocument": "plan",
  "lib/travel-documents/settings.ts#getTravelDocumentSettings": "plan",
  "lib/travel-documents/settings.ts#updateTravelDocumentSettings": "plan",
};

/**
 * Data-layer functions acting on one initiative for an organizer (lib/**: `(viewer, initiativeId, …)`):
 * the capability their team role must hold. Called as each role lacking it and as an organizer of
 * another initiative, like the event-scoped ones above.
 */
const INITIATIVE_DATA: Record<string, Capability> = {
  "lib/initiatives/queries.ts#getInitiativeForOrganizer": "plan",
  "lib/officials/queries.ts#listInitiativeOfficials": "plan",
  "lib/officials/queries.ts#createInitiativeOfficial": "plan",
  "lib/officials/queries.ts#updateInitiativeOfficial": "plan",
  "lib/officials/queries.ts#mergeInitiativeOfficials": "plan",
  "lib/teams/queries.ts#getTeam": "view",
  "lib/teams/queries.ts#inviteTeamMember": "team",
  "lib/teams/queries.ts#revokeTeamInvitation": "team",
  "lib/teams/queries.ts#changeTeamRole": "team",
  "lib/teams/queries.ts#removeTeamMember": "team",
  // Asked with the capability to check: any capability but a real one is refused to everyone.
  "lib/teams/scope.ts#teamMayOnInitiative": "team",
};

const ROUTE_METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const ORGANIZER_EVENT_SIGNATURE = /^(async )?function \w*\(\s*viewer\s*,\s*eventId\s*[,)]/;
const ORGANIZER_INITIATIVE_SIGNATURE = /^(async )?function \w*\(\s*viewer\s*,\s*initiativeId\s*[,)]/;

let actions: Found[];
let dataFunctions: Found[];
let initiativeFunctions: Found[];
let routes: string[];
let ids: DemoIds;
const viewers = new Map<string, OrganizerViewer>();

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  actions = await serverActions();
  dataFunctions = await exportsOf(
    filesUnder("lib", (f) => f.endsWith(".ts") && !f.endsWith(".test.ts")),
    (fn) => ORGANIZER_EVENT_SIGNATURE.test(Function.prototype.toString.call(fn)),
  );
  initiativeFunctions = await exportsOf(
    filesUnder("lib", (f) => f.endsWith(".ts") && !f.endsWith(".test.ts")),
    (fn) => ORGANIZER_INITIATIVE_SIGNATURE.test(Function.prototype.toString.call(fn)),
  );
  routes = filesUnder("app", (f) => /\/route\.ts$/.test(f)).flatMap((file) => {
    const text = fs.readFileSync(file, "utf8");
    const names = [...text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]!);
    for (const m of text.matchAll(/export\s+const\s+\{([^}]*)\}/g))
      names.push(
        ...m[1]!.split(",").map((s) =>
          s
            .trim()
            .split(/\s*:\s*/)
            .pop()!,
        ),
      );
    for (const m of text.matchAll(/export\s+const\s+(\w+)\s*=/g)) names.push(m[1]!);
    return names.filter((name) => ROUTE_METHODS.test(name)).map((name) => `${file}#${name}`);
  });

  // The demo organizer coordinates; one colleague per other role; and an organizer of nothing here.
  viewers.set("coordinator", { kind: "organizer", userId: ids.organizerId, email: "organizer@example.org", name: "Demo Organizer" });
  for (const role of ["organizer", "rapporteur", "communications"] as TeamRole[]) {
    const member = await createOrganizerUser(db(), role);
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: member.userId, role });
    viewers.set(role, member);
  }
  viewers.set("stranger", await createOrganizerUser(db(), "stranger"));
}, 60_000);

describe("every action, route handler and event-scoped data function has a row", () => {
  it("server actions: every one is on the pipeline, and only the listed ones are public", () => {
    expect(actions.length).toBeGreaterThan(60);
    const offPipeline = actions.filter((a) => declarationOf(a.fn) === undefined).map((a) => a.key);
    expect(offPipeline, "actions not defined with lib/actions/define.ts").toEqual([]);
    const publicKeys = actions.filter((a) => declared(a).access.who === "public").map((a) => a.key);
    expect(
      publicKeys.filter((k) => !(k in PUBLIC_ACTIONS)),
      "public actions without a reason",
    ).toEqual([]);
    expect(
      Object.keys(PUBLIC_ACTIONS).filter((k) => !publicKeys.includes(k)),
      "listed as public but not",
    ).toEqual([]);
  });

  it("route handlers", () => {
    expect(
      routes.filter((k) => !(k in ROUTES)),
      "route handlers without a row",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((k) => !routes.includes(k)),
      "rows naming no route handler",
    ).toEqual([]);
  });

  it("data-layer functions", () => {
    const keys = dataFunctions.map((f) => f.key);
    expect(keys.length).toBeGreaterThan(50);
    expect(
      keys.filter((k) => !(k in DATA)),
      "functions without a row",
    ).toEqual([]);
    expect(
      Object.keys(DATA).filter((k) => !keys.includes(k)),
      "rows naming no function",
    ).toEqual([]);
  });

  it("initiative-scoped data-layer functions", () => {
    const keys = initiativeFunctions.map((f) => f.key);
    expect(
      keys.filter((k) => !(k in INITIATIVE_DATA)),
      "functions without a row",
    ).toEqual([]);
    expect(
      Object.keys(INITIATIVE_DATA).filter((k) => !keys.includes(k)),
      "rows naming no function",
    ).toEqual([]);
  });
});

/** Arguments for a call: the demo event's id first, then ids and strings that point at nothing. */
function argumentsFor(fn: Found["fn"], leading: unknown[]): unknown[] {
  const rest = Math.max(fn.length - leading.length, 0);
  return [...leading, ...Array.from({ length: rest }, () => "00000000-0000-4000-8000-000000000000")];
}

const ORGANIZER_KINDS = ["organizer", "event", "initiative"];
const ZERO_ID = "00000000-0000-4000-8000-000000000000";

describe("actions refuse callers of the wrong kind before reading any input", () => {
  const REDIRECT_TO_SIGN_IN = /^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;30[37];/;
  const NOT_FOUND = /^NEXT_HTTP_ERROR_FALLBACK;404$/;

  /** Bound arguments (the demo event's id first, then ids of nothing), the form state and an empty form. */
  const emptyCall = (found: Found, first: string = ids.eventId) => [
    ...Array.from({ length: declared(found).boundArguments }, (_, i) => (i === 0 ? first : ZERO_ID)),
    idle,
    new FormData(),
  ];

  async function expectRefused(found: Found, sessionUserId: string | null, digest: RegExp) {
    session.current = sessionUserId ? { user: { id: sessionUserId } } : null;
    const before = [await rowCounts(db()), await eventSnapshot(db(), ids.eventId)];
    const error = (await rejectionOf(() => found.fn(...emptyCall(found)))) as { digest?: string };
    expect(error.digest, found.key).toMatch(digest);
    expect([await rowCounts(db()), await eventSnapshot(db(), ids.eventId)], found.key).toEqual(before);
  }

  it("organizer actions: the anonymous are sent to sign in, a delegate gets a 404", async () => {
    const organizerActions = actions.filter((a) => ORGANIZER_KINDS.includes(declared(a).access.who));
    expect(organizerActions.length).toBeGreaterThan(40);
    for (const action of organizerActions) {
      await expectRefused(action, null, REDIRECT_TO_SIGN_IN);
      await expectRefused(action, ids.delegateId, NOT_FOUND);
    }
  });

  it("delegate actions: the anonymous are sent to sign in, an organizer gets a 404", async () => {
    const delegateActions = actions.filter((a) => declared(a).access.who === "delegate");
    expect(delegateActions.length).toBeGreaterThan(5);
    for (const action of delegateActions) {
      await expectRefused(action, null, REDIRECT_TO_SIGN_IN);
      await expectRefused(action, ids.organizerId, NOT_FOUND);
    }
  });

  it("signed-in actions send the anonymous to sign in", async () => {
    const signedIn = actions.filter((a) => declared(a).access.who === "signedIn");
    expect(signedIn.length).toBeGreaterThan(2);
    for (const action of signedIn) await expectRefused(action, null, REDIRECT_TO_SIGN_IN);
  });

  it("team-scoped actions answer 'not found' to every team role lacking their capability and to a stranger, before reading the form", async () => {
    let refusals = 0;
    for (const action of actions) {
      const { access } = declared(action);
      if (access.who !== "event" && access.who !== "initiative") continue;
      const scopeId = access.who === "event" ? ids.eventId : ids.initiativeId;
      for (const [who, viewer] of viewers) {
        if (who !== "stranger" && roleCan(who as TeamRole, access.capability)) continue;
        session.current = { user: { id: viewer.userId } };
        const before = [await rowCounts(db()), await eventSnapshot(db(), ids.eventId)];
        // An empty form: an action that parsed it first would answer "errors.form".
        const state = (await action.fn(...emptyCall(action, scopeId))) as { status: string; message?: string } | undefined;
        // A plain <form action> answers nothing; what it did not change is checked below.
        if (declared(action).answers === "state") expect(state, `${who} → ${action.key}`).toMatchObject({ status: "error", message: "errors.notFound" });
        expect([await rowCounts(db()), await eventSnapshot(db(), ids.eventId)], `${who} → ${action.key}`).toEqual(before);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(60);
  });

  it("the roles that hold the capability get past the scope: an empty form is answered by the form's own messages", async () => {
    const createAgendaItem = actions.find((a) => a.key.endsWith("/agenda/actions.ts#createAgendaItemAction"))!;
    for (const [who, viewer] of viewers) {
      session.current = { user: { id: viewer.userId } };
      const state = (await createAgendaItem.fn(ids.eventId, idle, new FormData())) as { message?: string };
      expect(state.message, who).toBe(who !== "stranger" && roleCan(who as TeamRole, "plan") ? "errors.form" : "errors.notFound");
    }
  });
});

describe("the data layer refuses every team role that lacks the capability, and organizers of other initiatives", () => {
  function isRefusal(value: unknown): boolean {
    if (value === null || value === undefined || value === false) return true;
    if (Array.isArray(value)) return value.length === 0;
    if (value instanceof Map) return value.size === 0;
    if (typeof value === "object")
      return (value as { ok?: boolean; reason?: string }).ok === false && (value as { reason?: string }).reason === "errors.notFound";
    return false;
  }

  it("each event-scoped function, called as each role", async () => {
    let refusals = 0;
    for (const found of dataFunctions) {
      const capability = DATA[found.key];
      // A function without a row fails the test above; one for delegates has its own tests.
      if (capability === undefined || capability === "delegate") continue;
      for (const [who, viewer] of viewers) {
        const allowed = who !== "stranger" && roleCan(who as TeamRole, capability);
        if (allowed) continue;
        const before = [await rowCounts(db()), await eventSnapshot(db(), ids.eventId)];
        const result = await found.fn(...argumentsFor(found.fn, [viewer, ids.eventId]));
        expect(isRefusal(result), `${who} → ${found.key} answered ${JSON.stringify(result)?.slice(0, 200)}`).toBe(true);
        expect([await rowCounts(db()), await eventSnapshot(db(), ids.eventId)], `${who} → ${found.key}`).toEqual(before);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(150);
  });

  it("each initiative-scoped function, called as each role", async () => {
    const officialCount = async () => [await db().$count(officials), await db().$count(agendaItemOfficials)];
    let refusals = 0;
    for (const found of initiativeFunctions) {
      const capability = INITIATIVE_DATA[found.key];
      if (capability === undefined) continue;
      for (const [who, viewer] of viewers) {
        if (who !== "stranger" && roleCan(who as TeamRole, capability)) continue;
        const before = [await rowCounts(db()), await eventSnapshot(db(), ids.eventId), await officialCount()];
        const result = await found.fn(...argumentsFor(found.fn, [viewer, ids.initiativeId]));
        expect(isRefusal(result), `${who} → ${found.key} answered ${JSON.stringify(result)?.slice(0, 200)}`).toBe(true);
        expect([await rowCounts(db()), await eventSnapshot(db(), ids.eventId), await officialCount()], `${who} → ${found.key}`).toEqual(before);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(15);
  });

  it("the team roles reach what their capability holds (a read of each capability)", async () => {
    const { listDelegationsForOrganizer } = await import("@/lib/delegations/queries");
    const { listRecordsForOrganizer } = await import("@/lib/records/assignments");
    const { getOutcomeForOrganizer } = await import("@/lib/outcomes/queries");
    const reads: Record<Exclude<Capability, "view" | "team">, (v: OrganizerViewer) => Promise<unknown>> = {
      plan: (v) => listDelegationsForOrganizer(v, ids.eventId),
      records: (v) => listRecordsForOrganizer(v, ids.eventId),
      outcomes: (v) => getOutcomeForOrganizer(v, ids.eventId),
    };
    for (const [who, viewer] of viewers) {
      for (const [capability, read] of Object.entries(reads)) {
        const allowed = who !== "stranger" && roleCan(who as TeamRole, capability as Capability);
        expect((await read(viewer)) !== null, `${who} → ${capability}`).toBe(allowed);
      }
    }
  });

  it("the roster export route answers 404 to every role without planning, 200 to those with it", async () => {
    const { GET } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/delegations/export/route");
    for (const [who, viewer] of viewers) {
      session.current = { user: { id: viewer.userId } };
      const response = await GET(new Request("http://localhost:3000/en/organize/events/x/delegations/export"), {
        params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
      } as never);
      const allowed = who !== "stranger" && roleCan(who as TeamRole, "plan");
      expect(response.status, who).toBe(allowed ? 200 : 404);
      if (!allowed) expect(await response.text(), who).not.toContain("@example.org");
    }
  });

  it("the feedback export route answers 404 to every role that does not manage the outcome, 200 to those that do", async () => {
    const { GET } = await import("@/app/[locale]/(organize)/organize/events/[eventId]/feedback/export/route");
    for (const [who, viewer] of viewers) {
      session.current = { user: { id: viewer.userId } };
      const response = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
        params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
      } as never);
      const allowed = who !== "stranger" && roleCan(who as TeamRole, "outcomes");
      expect(response.status, who).toBe(allowed ? 200 : 404);
    }
    session.current = { user: { id: ids.delegateId } };
    const asDelegate = await GET(new Request("http://localhost:3000/en/organize/events/x/feedback/export"), {
      params: Promise.resolve({ locale: "en", eventId: ids.eventId }),
    } as never);
    expect(asDelegate.status).toBe(404);
  });

  it("a member whose row is gone is refused from the next call", async () => {
    const rapporteur = viewers.get("rapporteur")!;
    const { listRecordsForOrganizer } = await import("@/lib/records/assignments");
    expect(await listRecordsForOrganizer(rapporteur, ids.eventId)).not.toBeNull();
    await db().delete(initiativeOrganizers).where(eq(initiativeOrganizers.userId, rapporteur.userId));
    expect(await listRecordsForOrganizer(rapporteur, ids.eventId)).toBeNull();
  });
});
