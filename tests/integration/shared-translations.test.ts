// Multilingual content of the initiative's shared records (issue #15 point 2, second slice): a
// crossing point's name and an official's position serve every event of the initiative, so their
// versions may be in any of the four working languages. Read in an event's context, a reader gets
// their own version, else the event's first language (its version there, or the text as written),
// marked as shown in it: a delegate's schedule and calendar, the public programme, the printout.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, crossingPoints, officials } from "@/db/schema";
import { createOfficialForItem, listOfficialsForOrganizer, listParticipants, updateOfficialVersions } from "@/lib/agenda/participants";
import { officialInput, officialVersionsInput } from "@/lib/agenda/participant-schema";
import { createAgendaItem } from "@/lib/agenda/queries";
import { listReleasesForOrganizer, releaseAgenda } from "@/lib/agenda/releases";
import type { OrganizerViewer } from "@/lib/auth/viewer";
import { buildCalendar, type CalendarLabels } from "@/lib/calendar/ics";
import { translationFormValues } from "@/lib/content/translation-form";
import { createCrossing, createCrossingPoint, listCrossingPoints, updateCrossingPointVersions } from "@/lib/crossings/queries";
import { crossingPointInput, crossingPointVersionsInput } from "@/lib/crossings/schema";
import { getPublicProgrammeDay } from "@/lib/public-event/programme";
import { getPersonalSchedule } from "@/lib/schedule/personal";
import { getScheduleDays } from "@/lib/schedule/schedule-day";
import { agendaItem, createOrganizerUser, seedDemoContext, unique, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";

const { db } = setupTestDatabase();
let ids: DemoIds;
let organizer: OrganizerViewer;
// The demo event works in en (its first language), ru, az and hy.
const LANGUAGES = ["en", "ru", "az", "hy"];
const DAY = "2026-02-13";
const AFTER = new Date("2026-12-04T12:00:00Z");
const programmeEvent = () => ({ id: ids.eventId, timeZone: "Asia/Yerevan", languages: LANGUAGES });

const pointName = unique("Voskepar section");
const armenianName = "Ոսկեպարի հատված";
let pointId: string;
let crossingId: string;

const position = "Deputy Minister of Foreign Affairs";
const russianPosition = "Заместитель министра иностранных дел";
let officialId: string;
let itemId: string;

const labels: CalendarLabels = {
  crossingTitle: (direction, point) => `Crossing (${direction}): ${point}`,
  cancelledTitle: (title) => `Cancelled: ${title}`,
  youModerate: "You moderate",
  youSpeak: "You speak",
  moderators: "Moderators",
  speakers: "Speakers",
  officials: "Officials",
  closedDoor: "Closed door",
  notListed: (role, count, party) => `${count} ${role} (${party}) not listed`,
};

async function release(note: string) {
  const { nextVersion } = (await listReleasesForOrganizer(organizer, ids.eventId))!;
  return releaseAgenda(organizer, ids.eventId, { note, expectedVersion: nextVersion });
}

const crossingOf = async (reader: string) => {
  const [schedule] = await getPersonalSchedule(ids.delegatePersonId, { reader });
  return schedule!.entries.find((entry) => entry.id === crossingId)!;
};

beforeAll(async () => {
  ({ ids, organizer } = await seedDemoContext(db()));
  // Typed in the event's first language (en), with versions beside it: hy kept; en dropped (the name itself).
  const point = await createCrossingPoint(
    organizer,
    ids.eventId,
    crossingPointInput.parse({ name: pointName, description: "", name_hy: ` ${armenianName} `, name_en: "dropped: the name itself", name_az: "" }),
  );
  if (!point.ok) throw new Error(point.reason);
  pointId = point.value.id;
  const crossing = await createCrossing(organizer, ids.eventId, ids.delegations.Azerbaijan, {
    direction: "entry",
    crossingPointId: pointId,
    day: DAY,
    time: "06:30",
    notes: "",
    personIds: [ids.delegatePersonId],
  });
  if (!crossing.ok) throw new Error(crossing.reason);
  crossingId = crossing.value.id;

  const item = await createAgendaItem(
    organizer,
    ids.eventId,
    agendaItem({ kind: "meeting_with_officials", title: unique("Meeting at the ministry"), day: DAY, startTime: "06:00", endTime: "06:20" }),
  );
  if (!item.ok) throw new Error(item.reason);
  itemId = item.value.id;
  const official = await createOfficialForItem(
    organizer,
    ids.eventId,
    itemId,
    officialInput.parse({ name: unique("Official"), position, institution: "Ministry", position_ru: russianPosition, position_en: "dropped" }),
  );
  if (!official.ok) throw new Error(official.reason);
  officialId = official.value.id;
  expect((await release("with an official")).ok).toBe(true);
});

describe("crossing point names", () => {
  it("keeps the versions of the other working languages when the point is created, and lists them for the form", async () => {
    const [row] = await db().select({ translations: crossingPoints.translations }).from(crossingPoints).where(eq(crossingPoints.id, pointId));
    expect(row!.translations).toEqual({ hy: { name: armenianName } });
    const listed = (await listCrossingPoints(organizer, ids.eventId)).find((p) => p.id === pointId)!;
    expect(translationFormValues(listed.translations)).toEqual({ name_hy: armenianName });
  });

  it("gives a delegate the name in their language on the schedule and in the calendar", async () => {
    const hy = await crossingOf("hy");
    expect(hy.crossing!.pointName).toBe(armenianName);
    expect(hy.place).toBe(armenianName);
    expect(hy.shownIn).toEqual({});
    const [day] = await getScheduleDays([ids.delegatePersonId], { day: DAY, since: null }, AFTER, "hy");
    expect(day!.entries.find((entry) => entry.id === crossingId)!.crossing!.pointName).toBe(armenianName);
    const [schedule] = await getPersonalSchedule(ids.delegatePersonId, { reader: "hy" });
    const ics = buildCalendar([{ ...schedule!, entries: [hy] }], { name: "x", locale: "hy", labels, scheduleUrl: "https://example.org/hy/schedule" });
    expect(ics).toContain(`SUMMARY:Crossing (entry): ${armenianName}`);
    expect(ics).toContain(`LOCATION:${armenianName}`);
  });

  it("falls back to the name as written, marked as the first language's, where no version exists", async () => {
    const az = await crossingOf("az");
    expect(az.crossing!.pointName).toBe(pointName);
    expect(az.shownIn).toEqual({ place: "en" });
    const en = await crossingOf("en");
    expect(en.crossing!.pointName).toBe(pointName);
    expect(en.shownIn).toEqual({});
  });

  it("lets organizers write the versions in any of the four languages afterwards, the last save winning", async () => {
    const input = crossingPointVersionsInput.parse({ name_az: "Aşağı Əskipara – Voskepar", name_en: "Voskepar (English)", name_hy: "" });
    expect(await updateCrossingPointVersions(organizer, ids.eventId, pointId, input)).toEqual({ ok: true, value: undefined });
    const [row] = await db().select({ translations: crossingPoints.translations }).from(crossingPoints).where(eq(crossingPoints.id, pointId));
    // The Armenian version was emptied: gone. English is kept too: another event may read it in English first.
    expect(row!.translations).toEqual({ az: { name: "Aşağı Əskipara – Voskepar" }, en: { name: "Voskepar (English)" } });
    expect((await crossingOf("az")).crossing!.pointName).toBe("Aşağı Əskipara – Voskepar");
    // The event's first language's own version wins over the text as written, for its readers and as the fallback.
    expect((await crossingOf("en")).crossing!.pointName).toBe("Voskepar (English)");
    const hy = await crossingOf("hy");
    expect(hy.crossing!.pointName).toBe("Voskepar (English)");
    expect(hy.shownIn).toEqual({ place: "en" });
    const [audit] = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.action, "crossing_point.translations"));
    expect(audit!.details).toEqual({ languages: ["az", "en"] });
  });

  it("refuses a point of another initiative, and an organizer outside the event", async () => {
    const stranger = await createOrganizerUser(db(), "stranger");
    const input = crossingPointVersionsInput.parse({ name_ru: "Чужое" });
    expect(await updateCrossingPointVersions(stranger, ids.eventId, pointId, input)).toEqual({ ok: false, reason: "errors.notFound" });
    expect(await updateCrossingPointVersions(organizer, ids.eventId, "00000000-0000-4000-8000-000000000000", input)).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    const [row] = await db().select({ translations: crossingPoints.translations }).from(crossingPoints).where(eq(crossingPoints.id, pointId));
    expect(row!.translations).not.toHaveProperty("ru");
  });
});

describe("officials' positions", () => {
  it("keeps the versions of the other working languages when the official is created", async () => {
    const [row] = await db().select({ translations: officials.translations }).from(officials).where(eq(officials.id, officialId));
    expect(row!.translations).toEqual({ ru: { position: russianPosition } });
    const listed = (await listOfficialsForOrganizer(organizer, ids.eventId)).find((o) => o.id === officialId)!;
    expect(translationFormValues(listed.translations)).toEqual({ position_ru: russianPosition });
  });

  it("names the position in the reader's language on the public programme and a delegate's schedule", async () => {
    const ru = await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "ru", size: 100 });
    expect(ru!.participants.get(itemId)!.officials).toEqual([expect.objectContaining({ id: officialId, position: russianPosition, shownIn: {} })]);
    const hy = await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "hy", size: 100 });
    expect(hy!.participants.get(itemId)!.officials).toEqual([expect.objectContaining({ position, shownIn: { position: "en" } })]);
    const [schedule] = await getPersonalSchedule(ids.delegatePersonId, { reader: "ru" });
    expect(schedule!.entries.find((entry) => entry.id === itemId)!.officials).toEqual([expect.objectContaining({ position: russianPosition, shownIn: {} })]);
    const [day] = await getScheduleDays([ids.delegatePersonId], { day: DAY, since: null }, AFTER, "ru");
    expect(day!.entries.find((entry) => entry.id === itemId)!.officials[0]!.position).toBe(russianPosition);
  });

  it("shows organizers the position as written, and the printout in its language", async () => {
    expect((await listParticipants([itemId], "organizer")).get(itemId)!.officials[0]).toMatchObject({ position, shownIn: {} });
    expect((await listParticipants([itemId], "organizer", "ru")).get(itemId)!.officials[0]).toMatchObject({ position: russianPosition });
  });

  it("reads a new version live, without a new release (releases keep only the officials' ids)", async () => {
    const input = officialVersionsInput.parse({ position_ru: russianPosition, position_hy: "Արտաքին գործերի նախարարի տեղակալ" });
    expect(await updateOfficialVersions(organizer, ids.eventId, officialId, input)).toEqual({ ok: true, value: undefined });
    const hy = await getPublicProgrammeDay(programmeEvent(), DAY, { reader: "hy", size: 100 });
    expect(hy!.participants.get(itemId)!.officials[0]).toMatchObject({ position: "Արտաքին գործերի նախարարի տեղակալ", shownIn: {} });
  });

  it("refuses an organizer outside the event", async () => {
    const stranger = await createOrganizerUser(db(), "stranger-officials");
    expect(await updateOfficialVersions(stranger, ids.eventId, officialId, officialVersionsInput.parse({ position_az: "x" }))).toEqual({
      ok: false,
      reason: "errors.notFound",
    });
    const [row] = await db().select({ translations: officials.translations }).from(officials).where(eq(officials.id, officialId));
    expect(row!.translations).not.toHaveProperty("az");
  });
});
