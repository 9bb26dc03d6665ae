// Issue #5, point 5: a delegate edits their own details and needs at any time. Scoped to their
// own person and memberships; a save over someone else's change (an organizer's correction, or the
// delegate's other tab) is refused with both versions shown, never silently applied.
// Only the request context is mocked (session, cache revalidation, next-intl lookups).
import { eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, delegationMembers, people } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import type { DelegateViewer, OrganizerViewer } from "@/lib/auth/viewer";
import { getMyDetails, updateMyNeeds, updateMyProfile } from "@/lib/delegations/for-delegate";
import { updateMemberDetails } from "@/lib/delegations/membership";
import { listPublicDelegates } from "@/lib/delegations/queries";
import { memberDetailsInput, myNeedsInput, myProfileInput } from "@/lib/delegations/schema";
import { idle } from "@/lib/forms/action-state";
import { form, rejectionOf } from "@/tests/helpers/action-calls";
import { delegateViewer, memberByEmail, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { updateNeedsAction, updateProfileAction } from "@/app/[locale]/(delegate)/my-details/actions";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async (namespace: string) => createTranslator({ locale: "en" as Locale, messages: await loadMessages("en"), namespace })),
}));

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
let me: DelegateViewer;
let myPersonId: string;
let myMemberId: string;
let otherMemberId: string;

async function myPerson() {
  const [row] = await db()
    .select({ nameLatin: people.nameLatin, organization: people.organization, phone: people.phone, email: people.email, version: people.version })
    .from(people)
    .where(eq(people.id, myPersonId));
  return row!;
}

async function memberRow(id: string) {
  const [row] = await db()
    .select({ dietaryNeeds: delegationMembers.dietaryNeeds, accessibilityNeeds: delegationMembers.accessibilityNeeds, version: delegationMembers.version })
    .from(delegationMembers)
    .where(eq(delegationMembers.id, id));
  return row!;
}

let myName: string;

function profile(overrides: Record<string, string | number> = {}) {
  return myProfileInput.parse({
    nameLatin: myName,
    sector: "civil_society",
    organization: "",
    position: "",
    nameNative: "",
    phone: "",
    version: 1,
    ...overrides,
  });
}

/** What the organizer's correction form posts for the demo delegate. */
function correction(overrides: Record<string, string | number>) {
  return memberDetailsInput.parse({
    nameLatin: myName,
    nameNative: "",
    organization: "",
    position: "",
    sector: "civil_society",
    email: "delegate@example.org",
    phone: "",
    consent: "public",
    dietaryNeeds: "",
    accessibilityNeeds: "",
    ...overrides,
  });
}

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  me = await delegateViewer(db(), ids.delegateId);
  myPersonId = ids.delegatePersonId;
  expect(me.personIds).toEqual([myPersonId]);
  myMemberId = (await memberByEmail(db(), ids.eventId, "delegate@example.org")).id;
  otherMemberId = (await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org")).id;
  myName = (await myPerson()).nameLatin;
});

describe("updateMyProfile", () => {
  it("changes the delegate's own details, keeps the email, bumps the version and logs it", async () => {
    const before = await myPerson();
    const organization = unique("Org");
    const result = await updateMyProfile(me, myPersonId, profile({ organization, phone: "+374 10 555 123", version: before.version }));
    expect(result).toEqual({ ok: true, value: undefined });
    expect(await myPerson()).toEqual({ ...before, organization, phone: "+374 10 555 123", version: before.version + 1 });
    const logged = await db().select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.action, "person.self_update"));
    expect(logged).toContainEqual({ action: "person.self_update", entityId: myMemberId });
  });

  it("refuses a save from a form loaded before another change, and writes nothing", async () => {
    const before = await myPerson();
    const result = await updateMyProfile(me, myPersonId, profile({ organization: "Stale tab", version: before.version - 1 }));
    expect(result).toEqual({ ok: false, reason: "myDetails.changedMeanwhile" });
    expect(await myPerson()).toEqual(before);
  });

  it("refuses an organizer's correction form opened before the delegate's own edit", async () => {
    const loaded = await memberRow(myMemberId);
    const person = await myPerson();
    expect((await updateMyProfile(me, myPersonId, profile({ organization: "Mine, typed on my phone", version: person.version }))).ok).toBe(true);
    expect(await updateMemberDetails(organizer, ids.eventId, myMemberId, correction({ organization: "Organizer's idea", version: loaded.version }))).toEqual({
      ok: false,
      reason: "member.changedMeanwhile",
    });
    expect((await myPerson()).organization).toBe("Mine, typed on my phone");
  });

  it("refuses the delegate's form opened before an organizer's correction", async () => {
    const person = await myPerson();
    const member = await memberRow(myMemberId);
    expect(
      (await updateMemberDetails(organizer, ids.eventId, myMemberId, correction({ organization: "Corrected by the organizers", version: member.version }))).ok,
    ).toBe(true);
    expect(await updateMyProfile(me, myPersonId, profile({ organization: "Stale", version: person.version }))).toEqual({
      ok: false,
      reason: "myDetails.changedMeanwhile",
    });
    expect((await myPerson()).organization).toBe("Corrected by the organizers");
  });

  it("shows a corrected name on the public page at once, for a delegate listed publicly", async () => {
    await db().update(delegationMembers).set({ consent: "public" }).where(eq(delegationMembers.id, myMemberId));
    const person = await myPerson();
    const name = unique("Renamed Delegate");
    expect((await updateMyProfile(me, myPersonId, profile({ nameLatin: name, version: person.version }))).ok).toBe(true);
    expect((await getMyDetails(me))!.profiles.find((p) => p.personId === myPersonId)!.person.nameLatin).toBe(name);
    expect((await listPublicDelegates(ids.eventId)).map((p) => p.nameLatin)).toContain(name);
  });

  it("does nothing for an account without a person, nor for a person record that is not the viewer's", async () => {
    expect(await updateMyProfile({ ...me, personIds: [] }, myPersonId, profile())).toEqual({ ok: false, reason: "errors.notFound" });
    // The person id now comes from the client: someone else's, or no uuid at all, is refused.
    const other = await memberByEmail(db(), ids.eventId, "elnur.gasimov@example.org");
    const [before] = await db().select({ organization: people.organization, version: people.version }).from(people).where(eq(people.id, other.personId));
    expect(await updateMyProfile(me, other.personId, profile({ organization: "Hijacked", version: before!.version }))).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    expect(await updateMyProfile(me, "not-a-uuid", profile())).toEqual({ ok: false, reason: "errors.notFound" });
    const [after] = await db().select({ organization: people.organization, version: people.version }).from(people).where(eq(people.id, other.personId));
    expect(after).toEqual(before);
  });
});

describe("updateMyNeeds", () => {
  it("changes the needs of the delegate's own membership", async () => {
    const before = await memberRow(myMemberId);
    const result = await updateMyNeeds(
      me,
      myMemberId,
      myNeedsInput.parse({ dietaryNeeds: "Vegetarian", accessibilityNeeds: "Step-free access", version: before.version }),
    );
    expect(result).toEqual({ ok: true, value: undefined });
    expect(await memberRow(myMemberId)).toEqual({ dietaryNeeds: "Vegetarian", accessibilityNeeds: "Step-free access", version: before.version + 1 });
  });

  it("never touches someone else's membership, whatever id arrives", async () => {
    const before = await memberRow(otherMemberId);
    expect(await updateMyNeeds(me, otherMemberId, myNeedsInput.parse({ dietaryNeeds: "Hijacked", version: before.version }))).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    expect(await updateMyNeeds(me, "not-a-uuid", myNeedsInput.parse({ version: 1 }))).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await memberRow(otherMemberId)).toEqual(before);
  });

  it("refuses a stale form", async () => {
    const before = await memberRow(myMemberId);
    expect(await updateMyNeeds(me, myMemberId, myNeedsInput.parse({ dietaryNeeds: "Old tab", version: before.version - 1 }))).toEqual({
      ok: false,
      reason: "myDetails.changedMeanwhile",
    });
    expect(await memberRow(myMemberId)).toEqual(before);
  });
});

describe("the profile and needs actions", () => {
  it("refuse the anonymous and organizers before touching anything", async () => {
    const person = await myPerson();
    session.current = null;
    expect(
      await rejectionOf(() => updateProfileAction(myPersonId, idle, form({ nameLatin: "X", sector: "media", version: String(person.version) }))),
    ).toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/en\/sign-in;30[37];/),
    });
    session.current = { user: { id: ids.organizerId } };
    expect(await rejectionOf(() => updateNeedsAction(myMemberId, idle, form({ dietaryNeeds: "X", version: "1" })))).toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;404",
    });
    expect(await myPerson()).toEqual(person);
  });

  it("keep what was typed next to the field when it is not valid", async () => {
    session.current = { user: { id: ids.delegateId } };
    const person = await myPerson();
    const state = await updateProfileAction(
      myPersonId,
      idle,
      form({ nameLatin: "", nameNative: "", organization: "Typed org", position: "", sector: "media", phone: "call me", version: String(person.version) }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: "errors.form",
      fieldErrors: { nameLatin: ["required"], phone: ["invalidPhone"] },
      values: { organization: "Typed org", phone: "call me" },
    });
    expect(await myPerson()).toEqual(person);
  });

  it("show what is saved now beside what was typed, and save the delegate's version on the second try", async () => {
    session.current = { user: { id: ids.delegateId } };
    const loaded = await myPerson();
    // Another tab saves first.
    expect(
      (await updateMyProfile(me, myPersonId, profile({ nameLatin: loaded.nameLatin, organization: "From the other tab", version: loaded.version }))).ok,
    ).toBe(true);
    const typed = {
      nameLatin: loaded.nameLatin,
      nameNative: "",
      organization: "From this tab",
      position: "",
      sector: "expert",
      phone: "",
      version: String(loaded.version),
    };
    const state = await updateProfileAction(myPersonId, idle, form(typed));
    expect(state).toMatchObject({ status: "error", message: "myDetails.changedMeanwhile", values: { organization: "From this tab" } });
    if (state.status !== "error" || !state.conflict) throw new Error("expected a conflict");
    expect(state.conflict.version).toBe(loaded.version + 1);
    expect(state.conflict.saved).toContainEqual({ label: "Organization", value: "From the other tab" });
    expect((await myPerson()).organization).toBe("From the other tab");

    expect(await updateProfileAction(myPersonId, idle, form({ ...typed, version: String(state.conflict.version) }))).toEqual({
      status: "ok",
      message: "myDetails.profileSaved",
    });
    expect((await myPerson()).organization).toBe("From this tab");
  });

  it("report a needs conflict with the saved needs", async () => {
    session.current = { user: { id: ids.delegateId } };
    const loaded = await memberRow(myMemberId);
    expect((await updateMyNeeds(me, myMemberId, myNeedsInput.parse({ dietaryNeeds: "Saved elsewhere", version: loaded.version }))).ok).toBe(true);
    const state = await updateNeedsAction(myMemberId, idle, form({ dietaryNeeds: "Typed here", accessibilityNeeds: "", version: String(loaded.version) }));
    expect(state).toMatchObject({
      status: "error",
      message: "myDetails.changedMeanwhile",
      values: { dietaryNeeds: "Typed here" },
      conflict: {
        version: loaded.version + 1,
        saved: [
          { label: "Dietary needs", value: "Saved elsewhere" },
          { label: "Accessibility needs", value: "" },
        ],
      },
    });
  });
});
