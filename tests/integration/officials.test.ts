// The initiative's list of officials on its own screen: list, add, edit (a concurrent edit is
// refused, not overwritten) and merge duplicates, against PostgreSQL. A merge moves every reference
// (agenda items, records, record revisions, released agendas) to the kept official in one
// transaction, never leaving two links where an item named both; ids of another initiative's
// officials are refused with nothing changed, and so is every team role that may not edit the agenda.
import { and, eq, inArray, max } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  agendaItemOfficials,
  agendaReleaseItems,
  agendaReleases,
  auditLog,
  initiativeOrganizers,
  initiatives,
  officials,
  parties,
  recordOfficials,
  recordRevisions,
  records,
} from "@/db/schema";
import { insertRelease, snapshotAgenda } from "@/lib/agenda/release-store";
import { createAgendaItem } from "@/lib/agenda/queries";
import { officialInput } from "@/lib/agenda/participant-schema";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { createInitiativeOfficial, listInitiativeOfficials, mergeInitiativeOfficials, updateInitiativeOfficial } from "@/lib/officials/queries";
import { mergeOfficialsInput, officialEditInput } from "@/lib/officials/schema";
import type { TeamRole } from "@/lib/teams/roles";
import { agendaItem, createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();

let ids: DemoIds;
let organizer: OrganizerViewer;
const members = new Map<TeamRole, OrganizerViewer>();
/** Another initiative, with its own organizer, party and official. */
let other: { initiativeId: string; partyId: string; officialId: string; organizer: OrganizerViewer };

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  for (const role of ["organizer", "rapporteur", "communications"] as TeamRole[]) {
    const member = await createOrganizerUser(db(), role);
    await db().insert(initiativeOrganizers).values({ initiativeId: ids.initiativeId, userId: member.userId, role });
    members.set(role, member);
  }
  const [initiative] = await db()
    .insert(initiatives)
    .values({ slug: unique("other-initiative"), name: "Other initiative" })
    .returning({ id: initiatives.id });
  const [party] = await db().insert(parties).values({ initiativeId: initiative!.id, name: "North", position: 1 }).returning({ id: parties.id });
  const [official] = await db()
    .insert(officials)
    .values({ initiativeId: initiative!.id, name: unique("Foreign Official"), position: "Minister", institution: "Other ministry" })
    .returning({ id: officials.id });
  const stranger = await createOrganizerUser(db(), "other-organizer");
  await db().insert(initiativeOrganizers).values({ initiativeId: initiative!.id, userId: stranger.userId, role: "coordinator" });
  other = { initiativeId: initiative!.id, partyId: party!.id, officialId: official!.id, organizer: stranger };
});

/** A new official of the demo initiative, through the real function. */
async function addOfficial(name: string, extra: Record<string, string> = {}): Promise<string> {
  const created = await createInitiativeOfficial(
    organizer,
    ids.initiativeId,
    officialInput.parse({ name, position: "Deputy Minister", institution: "Ministry of Foreign Affairs", ...extra }),
  );
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

async function listed(viewer: OrganizerViewer = organizer, reader = "en") {
  const list = await listInitiativeOfficials(viewer, ids.initiativeId, reader);
  if (!list) throw new Error("not listed");
  return list.officials;
}

async function meeting(title: string): Promise<string> {
  const created = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({ kind: "meeting_with_officials", title: unique(title), startTime: "16:00", endTime: "17:00" }),
  );
  if (!created.ok) throw new Error(created.reason);
  return created.value.id;
}

const officialRow = (id: string) => db().select().from(officials).where(eq(officials.id, id));

describe("the list", () => {
  it("lists the initiative's officials with their position in the reader's language, side and meetings", async () => {
    const id = await addOfficial(unique("Listed Official"), { partyId: ids.parties.Armenia, position_ru: "Заместитель министра" });
    const itemId = await meeting("Listed meeting");
    await db().insert(agendaItemOfficials).values({ agendaItemId: itemId, officialId: id });
    const inEnglish = (await listed()).find((o) => o.id === id)!;
    expect(inEnglish).toMatchObject({ positionShown: "Deputy Minister", partyName: "Armenia", meetings: 1, versions: { position_ru: "Заместитель министра" } });
    const inRussian = (await listed(organizer, "ru")).find((o) => o.id === id)!;
    expect(inRussian).toMatchObject({ positionShown: "Заместитель министра", positionLang: "ru" });
    // Another initiative's officials are never on it.
    expect((await listed()).some((o) => o.id === other.officialId)).toBe(false);
  });

  it("is for coordinators and organizers only: rapporteurs, communications and strangers get nothing", async () => {
    expect(await listInitiativeOfficials(members.get("organizer")!, ids.initiativeId, "en")).not.toBeNull();
    for (const viewer of [members.get("rapporteur")!, members.get("communications")!, other.organizer]) {
      expect(await listInitiativeOfficials(viewer, ids.initiativeId, "en")).toBeNull();
    }
  });
});

describe("adding and editing", () => {
  it("adds an official with versions of the position, and refuses a party of another initiative", async () => {
    const name = unique("New Official");
    const id = await addOfficial(name, { position_hy: "Փոխնախարար" });
    const [row] = await officialRow(id);
    expect(row).toMatchObject({ initiativeId: ids.initiativeId, name, translations: { hy: { position: "Փոխնախարար" } } });
    const refused = await createInitiativeOfficial(
      organizer,
      ids.initiativeId,
      officialInput.parse({ name: unique("X"), position: "P", institution: "I", partyId: other.partyId }),
    );
    expect(refused).toEqual({ ok: false, reason: "unknownParty", field: "partyId" });
  });

  it("saves an edit made on what is stored, and refuses one made on a version someone changed meanwhile", async () => {
    const id = await addOfficial(unique("Edited Official"));
    const seen = (await listed()).find((o) => o.id === id)!.fingerprint;
    const edit = (name: string, fingerprint: string) =>
      updateInitiativeOfficial(
        organizer,
        ids.initiativeId,
        id,
        officialEditInput.parse({ name, position: "Minister", institution: "Ministry", position_az: "Nazir", seen: fingerprint }),
      );
    expect(await edit("Edited Once", seen)).toEqual({ ok: true, value: undefined });
    expect((await officialRow(id))[0]).toMatchObject({ name: "Edited Once", position: "Minister", translations: { az: { position: "Nazir" } } });
    // A second editor still holds the form as first read: refused, the first save stands.
    expect(await edit("Edited Twice", seen)).toEqual({ ok: false, reason: "officials.changedMeanwhile" });
    expect((await officialRow(id))[0]!.name).toBe("Edited Once");
  });

  it("never touches another initiative's official, nor lets a role without planning edit", async () => {
    const [before] = await officialRow(other.officialId);
    const input = officialEditInput.parse({ name: "Taken over", position: "P", institution: "I", seen: "x" });
    expect((await updateInitiativeOfficial(organizer, ids.initiativeId, other.officialId, input)).ok).toBe(false);
    expect((await updateInitiativeOfficial(organizer, other.initiativeId, other.officialId, input)).ok).toBe(false);
    expect((await officialRow(other.officialId))[0]).toEqual(before);

    const id = await addOfficial(unique("Guarded Official"));
    const seen = (await listed()).find((o) => o.id === id)!.fingerprint;
    for (const role of ["rapporteur", "communications"] as TeamRole[]) {
      const result = await updateInitiativeOfficial(members.get(role)!, ids.initiativeId, id, { ...input, seen });
      expect(result, role).toEqual({ ok: false, reason: "errors.notFound" });
      expect(await createInitiativeOfficial(members.get(role)!, ids.initiativeId, officialInput.parse({ name: "X", position: "P", institution: "I" }))).toEqual(
        {
          ok: false,
          reason: "errors.notFound",
        },
      );
    }
    expect((await officialRow(id))[0]!.name).not.toBe("Taken over");
  });
});

describe("merging duplicates", () => {
  it("moves every reference to the kept official in one go, one link per item, then deletes the duplicates", async () => {
    const keep = await addOfficial(unique("Anna Petrosyan"), { position_ru: "Замминистра" });
    const duplicate = await addOfficial(unique("Anna Petrosian"), { position_hy: "Փոխնախարար", partyId: ids.parties.Armenia });
    const third = await addOfficial(unique("A. Petrosyan"));
    const both = await meeting("Meeting naming both");
    const onlyDuplicate = await meeting("Meeting naming the duplicate");
    await db()
      .insert(agendaItemOfficials)
      .values([
        { agendaItemId: both, officialId: keep },
        { agendaItemId: both, officialId: duplicate },
        { agendaItemId: onlyDuplicate, officialId: third },
      ]);
    // A record of the meeting that named both, with a revision that lists both.
    const [record] = await db().insert(records).values({ agendaItemId: both }).returning({ id: records.id });
    await db()
      .insert(recordOfficials)
      .values([
        { recordId: record!.id, officialId: keep },
        { recordId: record!.id, officialId: duplicate },
      ]);
    await db()
      .insert(recordRevisions)
      .values({
        recordId: record!.id,
        revision: 1,
        summary: "",
        keyPoints: "",
        details: { attendance: [], officials: [keep, duplicate].sort(), speakers: [] },
      });
    // A released agenda that froze the links as they are.
    const [{ latest }] = (await db()
      .select({ latest: max(agendaReleases.version) })
      .from(agendaReleases)
      .where(eq(agendaReleases.eventId, ids.eventId))) as [{ latest: number | null }];
    await db().transaction(async (tx) =>
      insertRelease(tx, { eventId: ids.eventId, version: (latest ?? 0) + 1, note: "", items: await snapshotAgenda(tx, ids.eventId), releasedBy: null }),
    );

    const result = await mergeInitiativeOfficials(
      organizer,
      ids.initiativeId,
      mergeOfficialsInput.parse({ keepId: keep, mergeIds: [keep, duplicate, third], confirm: "on" }),
    );
    expect(result.ok).toBe(true);

    const links = await db()
      .select({ itemId: agendaItemOfficials.agendaItemId, officialId: agendaItemOfficials.officialId })
      .from(agendaItemOfficials)
      .where(inArray(agendaItemOfficials.agendaItemId, [both, onlyDuplicate]));
    expect(links.sort((a, b) => a.itemId.localeCompare(b.itemId))).toEqual(
      [
        { itemId: both, officialId: keep },
        { itemId: onlyDuplicate, officialId: keep },
      ].sort((a, b) => a.itemId.localeCompare(b.itemId)),
    );
    expect(await db().select({ officialId: recordOfficials.officialId }).from(recordOfficials).where(eq(recordOfficials.recordId, record!.id))).toEqual([
      { officialId: keep },
    ]);
    const [revision] = await db().select({ details: recordRevisions.details }).from(recordRevisions).where(eq(recordRevisions.recordId, record!.id));
    expect(revision!.details.officials).toEqual([keep]);
    const [released] = await db()
      .select({ items: agendaReleases.items, id: agendaReleases.id })
      .from(agendaReleases)
      .where(and(eq(agendaReleases.eventId, ids.eventId), eq(agendaReleases.version, (latest ?? 0) + 1)));
    expect(released!.items.find((item) => item.id === both)!.officialIds).toEqual([keep]);
    expect(released!.items.find((item) => item.id === onlyDuplicate)!.officialIds).toEqual([keep]);
    const [releasedItem] = await db()
      .select({ item: agendaReleaseItems.item })
      .from(agendaReleaseItems)
      .where(and(eq(agendaReleaseItems.releaseId, released!.id), eq(agendaReleaseItems.itemId, onlyDuplicate)));
    expect(releasedItem!.item.officialIds).toEqual([keep]);
    // The released agenda and the draft still agree on the merged items.
    const draft = await snapshotAgenda(db(), ids.eventId);
    expect(draft.find((item) => item.id === both)).toEqual(released!.items.find((item) => item.id === both));

    expect(
      await db()
        .select({ id: officials.id })
        .from(officials)
        .where(inArray(officials.id, [duplicate, third])),
    ).toEqual([]);
    // The kept record takes what only the duplicates had: a version in Armenian, the side.
    expect((await officialRow(keep))[0]).toMatchObject({
      translations: { ru: { position: "Замминистра" }, hy: { position: "Փոխնախարար" } },
      partyId: ids.parties.Armenia,
    });
    expect((await listed()).find((o) => o.id === keep)!.meetings).toBe(2);
    const [entry] = await db()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "official.merge"), eq(auditLog.entityId, keep)));
    expect((entry!.details as { merged: { id: string }[] }).merged.map((m) => m.id).sort()).toEqual([duplicate, third].sort());
  });

  it("refuses an official of another initiative, as the kept one or a duplicate, and changes nothing", async () => {
    const mine = await addOfficial(unique("My Official"));
    const itemId = await meeting("Guarded meeting");
    await db().insert(agendaItemOfficials).values({ agendaItemId: itemId, officialId: mine });
    const before = await db()
      .select()
      .from(officials)
      .where(inArray(officials.id, [mine, other.officialId]));
    for (const [keepId, mergeIds] of [
      [mine, [other.officialId]],
      [other.officialId, [mine]],
    ] as const) {
      const result = await mergeInitiativeOfficials(organizer, ids.initiativeId, mergeOfficialsInput.parse({ keepId, mergeIds, confirm: "on" }));
      expect(result.ok).toBe(false);
    }
    // Nor through the other initiative's id: the merging organizer is not on its team.
    expect(await mergeInitiativeOfficials(organizer, other.initiativeId, { keepId: other.officialId, mergeIds: [mine], confirm: "on" })).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    expect(
      await db()
        .select()
        .from(officials)
        .where(inArray(officials.id, [mine, other.officialId])),
    ).toEqual(before);
    expect(
      await db().select({ officialId: agendaItemOfficials.officialId }).from(agendaItemOfficials).where(eq(agendaItemOfficials.agendaItemId, itemId)),
    ).toEqual([{ officialId: mine }]);
  });

  it("is refused to rapporteurs, communications and strangers; organizers may", async () => {
    const keep = await addOfficial(unique("Role Official"));
    const duplicate = await addOfficial(unique("Role Official dup"));
    const input = mergeOfficialsInput.parse({ keepId: keep, mergeIds: [duplicate], confirm: "on" });
    for (const viewer of [members.get("rapporteur")!, members.get("communications")!, other.organizer]) {
      expect(await mergeInitiativeOfficials(viewer, ids.initiativeId, input)).toEqual({ ok: false, reason: "errors.notFound" });
    }
    expect(
      await db()
        .select({ id: officials.id })
        .from(officials)
        .where(inArray(officials.id, [keep, duplicate])),
    ).toHaveLength(2);
    expect((await mergeInitiativeOfficials(members.get("organizer")!, ids.initiativeId, input)).ok).toBe(true);
    expect(
      await db()
        .select({ id: officials.id })
        .from(officials)
        .where(inArray(officials.id, [keep, duplicate])),
    ).toEqual([{ id: keep }]);
  });

  it("asks for a duplicate, the kept record and a confirmation", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    const errors = (input: unknown) => {
      const parsed = mergeOfficialsInput.safeParse(input);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({ keepId: id, mergeIds: [id], confirm: "on" })).toEqual({ mergeIds: "chooseDuplicates" });
    expect(errors({ mergeIds: [id], confirm: "on" })).toMatchObject({ keepId: "chooseOfficialToKeep" });
    expect(errors({ keepId: id, mergeIds: ["00000000-0000-4000-8000-000000000002"] })).toMatchObject({ confirm: "confirmMerge" });
  });
});
