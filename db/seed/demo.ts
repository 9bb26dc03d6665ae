// The demo round table: the founding case of Roundtable (a Peace Bridge round table in Tsaghkadzor,
// 13–14 February 2026), so a new install can be explored end to end. Idempotent: one transaction,
// and nothing happens when the "peace-bridge" initiative already exists.
import { insertRelease, snapshotAgenda } from "@/lib/agenda/release-store";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  agendaItemOfficials,
  agendaItemPeople,
  agendaItems,
  crossingPeople,
  crossingPoints,
  crossings,
  delegationMembers,
  delegations,
  events,
  initiativeOrganizers,
  initiatives,
  officials,
  outcomeStatements,
  outcomes,
  parties,
  people,
  recommendations,
  recordRevisions,
  recordAttendance,
  recordOfficials,
  records,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { COOPERATION_SESSION_TITLE, DEMO_AGENDA, DEMO_VENUE_NAME, EXPECTATIONS_SESSION_TITLE, SECURITY_COUNCIL_MEETING_TITLE } from "./demo-agenda";
import { AZERBAIJANI_DELEGATION, DEMO_DELEGATE_EMAIL, DEMO_DELEGATIONS } from "./demo-people";

export const DEMO_ORGANIZER = { email: "organizer@example.org", password: "roundtable-demo" } as const;
export const DEMO_DELEGATE = { email: DEMO_DELEGATE_EMAIL, password: "roundtable-demo" } as const;
export const DEMO_EVENT_SLUG = "peace-bridge-tsaghkadzor-2026";
export const DEMO_INITIATIVE_SLUG = "peace-bridge";

const TIME_ZONE = "Asia/Yerevan";

// ── Data ──────────────────────────────────────────────────────────────────────────────────────

const INITIATIVE = {
  slug: DEMO_INITIATIVE_SLUG,
  name: "Peace Bridge",
  description:
    "Peace Bridge is a civil-society dialogue track between Azerbaijan and Armenia. It brings together " +
    "representatives of civil society, expert communities and the media of both countries for regular round " +
    "tables that build mutual trust, widen professional contacts and support the step-by-step normalisation of " +
    "relations, complementing official efforts with the voices of the two societies.",
};

/** Positions record the order in which the parties were entered; the UI orders by name. */
const PARTIES = [
  { name: "Azerbaijan", position: 1 },
  { name: "Armenia", position: 2 },
] as const;

type PartyName = (typeof PARTIES)[number]["name"];

const HOST_PARTY: PartyName = "Armenia";

const EVENT = {
  slug: DEMO_EVENT_SLUG,
  title: "Bilateral round table in Tsaghkadzor",
  format: "Bilateral round table",
  hostParty: HOST_PARTY,
  venueName: DEMO_VENUE_NAME,
  city: "Tsaghkadzor",
  country: "Armenia",
  timeZone: TIME_ZONE,
  firstDay: "2026-02-13",
  lastDay: "2026-02-14",
  languages: ["en", "ru", "az", "hy"],
  // The title and city in the other working languages; the venue left to show the fallback.
  translations: {
    ru: { title: "Двусторонний круглый стол в Цахкадзоре", city: "Цахкадзор" },
    az: { title: "Tsaxkadzorda ikitərəfli dəyirmi masa", city: "Tsaxkadzor" },
    hy: { title: "Երկկողմ կլոր սեղան Ծաղկաձորում", city: "Ծաղկաձոր" },
  },
  status: "concluded" as const,
};

/**
 * The next round table, still being planned: both delegations empty, so the organizer can bring
 * one in from a list (public/samples/peace-bridge-azerbaijan-delegation.csv holds the 19 people of
 * the Azerbaijani delegation) and try invitations. This time the Armenian delegation crosses the
 * border, so registration asks for travel documents.
 */
export const FOLLOW_UP_EVENT_SLUG = "peace-bridge-gabala-2027";
const FOLLOW_UP_EVENT = {
  slug: FOLLOW_UP_EVENT_SLUG,
  title: "Follow-up round table in Gabala",
  format: "Bilateral round table",
  hostParty: "Azerbaijan" as PartyName,
  venueName: "Gabala conference centre",
  city: "Gabala",
  country: "Azerbaijan",
  timeZone: "Asia/Baku",
  firstDay: "2027-03-18",
  lastDay: "2027-03-19",
  languages: ["en", "ru", "az", "hy"],
  status: "draft" as const,
  collectTravelDocuments: true,
  travelDocumentRetentionDays: 30,
};

const OFFICIALS: { name: string; position: string; institution: string; party: PartyName }[] = [
  {
    name: "Armen Grigoryan",
    position: "Secretary of the Security Council",
    institution: "Security Council of the Republic of Armenia",
    party: "Armenia",
  },
  {
    name: "Vahan Kostanyan",
    position: "Deputy Minister of Foreign Affairs",
    institution: "Ministry of Foreign Affairs of the Republic of Armenia",
    party: "Armenia",
  },
];

const CROSSING_POINT = {
  name: "Ashagy Eskipara – Voskepar (delimited section)",
  description:
    "Land border crossing on the delimited and demarcated section of the Azerbaijan–Armenia border between the " +
    "villages of Ashagy Eskipara (Gazakh district, Azerbaijan) and Voskepar (Tavush province, Armenia). Opened " +
    "for dialogue delegations by arrangement; all passages are coordinated with the border services of both sides in advance.",
};

/** The Azerbaijani delegation's passages; the manifest is every confirmed member. */
const CROSSINGS = [
  {
    direction: "entry" as const,
    planned: { date: "2026-02-13", time: "08:00" },
    actual: { date: "2026-02-13", time: "08:20" },
    notes: "Entry to Armenia. Passports and the delegation list handed to both border services the day before.",
  },
  {
    direction: "exit" as const,
    planned: { date: "2026-02-14", time: "19:30" },
    actual: { date: "2026-02-14", time: "19:45" },
    notes: "Exit from Armenia through the same section after the final press conference.",
  },
];

const COOPERATION_RECORD = {
  summary:
    "Participants from both delegations discussed how to turn the Peace Bridge dialogue into lasting cooperation " +
    "between the two societies: joint projects of NGOs, experts and media, strategies for communicating the peace " +
    "process to the public on both sides, and standing mechanisms of interaction between the participants between " +
    "round tables. The working group agreed on three practical recommendations to be proposed for the outcome statement.",
  keyPoints: [
    "- The border crossings of the delegations were seen as a visible, practical confidence-building step.",
    "- Joint projects should be small, concrete and visible to citizens: exchanges, joint research, joint media work.",
    "- Public communication on the peace process needs shared principles of responsible, conflict-sensitive reporting.",
    "- A contact mechanism between the participants should keep the dialogue going between meetings.",
  ].join("\n"),
};

/** Closed door: what was discussed, never who said it. */
const SECURITY_COUNCIL_RECORD = {
  summary:
    "Both delegations exchanged views with the Secretary of the Security Council on the role of civil society in " +
    "supporting the peace agenda. Participants stressed that public initiatives can complement official efforts, " +
    "above all by explaining the peace process to citizens on both sides and by keeping contacts between the societies going.",
  keyPoints: [
    "- Civil-society dialogue is seen as a complement to, not a substitute for, the official negotiations.",
    "- Regular, visible crossings of the delimited border section build confidence on both sides.",
  ].join("\n"),
  topics: [
    "- The peace agenda after the Washington summit of 8 August 2025",
    "- Border delimitation and the crossing near Ashagy Eskipara / Voskepar",
    "- Ways for civil society to reach citizens in the border areas",
  ].join("\n"),
};

const RECOMMENDATIONS = [
  {
    theme: "trust_building",
    text:
      "Hold Peace Bridge round tables regularly, alternating between Azerbaijan and Armenia, and keep using the " +
      "delimited border section for the delegations' crossings as a visible confidence-building measure.",
  },
  {
    theme: "public_diplomacy",
    text:
      "Set up a joint working group of journalists from both countries to prepare balanced joint materials on the " +
      "peace process and to agree on shared principles of conflict-sensitive reporting.",
  },
  {
    theme: "rapprochement",
    text:
      "Launch joint projects of NGOs, universities and youth organisations of both societies (exchanges, joint " +
      "research and community initiatives in the border areas) with a standing contact mechanism between the participants.",
  },
];

const OUTCOME_STATEMENTS: { language: string; text: string }[] = [
  {
    language: "en",
    text: [
      "On 13–14 February 2026, representatives of the civil societies, expert communities and media of Azerbaijan and " +
        "Armenia met in Tsaghkadzor, Armenia, for a bilateral round table within the Peace Bridge initiative. Beyond the " +
        "initiative's core participants, both sides were represented by extended delegations, confirming their commitment " +
        "to an inclusive and sustainable platform for dialogue.",
      "The Azerbaijani delegation entered Armenia and returned home through the delimited and demarcated section of the " +
        "land border near the villages of Ashagy Eskipara (Azerbaijan) and Voskepar (Armenia). Participants regarded these " +
        "crossings as a practical step towards building trust and a visible sign of gradual progress in normalising " +
        "relations between the two countries.",
      "The discussions covered the current stage and future directions of Azerbaijan–Armenia relations, the implementation " +
        "of the peace agenda endorsed at the Washington summit of 8 August 2025 and its results for the region, the changing " +
        "regional security environment, borders and transport connectivity, and the economic opportunities opened by the " +
        "peace process. A separate session on cooperation between the dialogue participants (joint projects, " +
        "public-communication strategies and mechanisms of interaction between the societies) produced practical " +
        "recommendations on trust-building, public diplomacy and the rapprochement of societies.",
      "On the second day, participants discussed the benefits of a lasting peace and its possible socio-economic gains, the " +
        "expectations in both societies, and ways of delivering real results of the peace process to citizens. Meetings with " +
        "the Secretary of the Security Council of Armenia, Armen Grigoryan, and the Deputy Minister of Foreign Affairs, Vahan " +
        "Kostanyan, allowed an exchange of views on the role of civil society in supporting the peace agenda and on how " +
        "public initiatives can complement official efforts.",
      "Participants reaffirmed that regular cooperation in the Peace Bridge format can make a substantial contribution to " +
        "strengthening mutual trust, expanding professional interaction and the step-by-step normalisation of " +
        "Azerbaijan–Armenia relations.",
    ].join("\n\n"),
  },
  {
    language: "ru",
    text: [
      "13–14 февраля 2026 года в Цахкадзоре (Армения) в рамках инициативы «Мост мира» состоялся двусторонний круглый стол " +
        "с участием представителей гражданских обществ, экспертных сообществ и средств массовой информации Азербайджана и " +
        "Армении. Помимо основных участников инициативы, обе стороны были представлены расширенными делегациями, что " +
        "подтвердило приверженность инклюзивной и устойчивой платформе диалога.",
      "Азербайджанская делегация въехала в Армению и вернулась обратно через делимитированный и демаркированный участок " +
        "сухопутной границы вблизи сёл Ашагы Эскипара (Азербайджан) и Воскепар (Армения). Участники расценили эти переходы " +
        "как практический шаг к укреплению доверия и наглядное свидетельство постепенного прогресса в нормализации " +
        "отношений между двумя странами.",
      "Обсуждения были посвящены текущему этапу и перспективам азербайджано-армянских отношений, реализации мирной " +
        "повестки, поддержанной на Вашингтонском саммите 8 августа 2025 года, и её результатам для региона, меняющейся " +
        "обстановке в сфере региональной безопасности, вопросам границ и транспортной связанности, а также экономическим " +
        "возможностям, которые открывает мирный процесс. На отдельной сессии, посвящённой сотрудничеству между участниками " +
        "диалога — совместным проектам, стратегиям общественной коммуникации и механизмам взаимодействия между обществами, — " +
        "были выработаны практические рекомендации по укреплению доверия, развитию общественной дипломатии и сближению обществ.",
      "Во второй день участники обсудили преимущества устойчивого мира и возможные социально-экономические выгоды, " +
        "ожидания в обоих обществах и пути обеспечения реальных результатов мирного процесса для граждан. Встречи с " +
        "секретарём Совета безопасности Армении Арменом Григоряном и заместителем министра иностранных дел Вааном " +
        "Костаняном позволили обменяться мнениями о роли гражданского общества в поддержке мирной повестки и о том, как " +
        "общественные инициативы могут дополнять официальные усилия.",
      "Участники вновь подтвердили, что регулярное сотрудничество в формате «Моста мира» может внести существенный вклад " +
        "в укрепление взаимного доверия, расширение профессионального взаимодействия и поэтапную нормализацию " +
        "азербайджано-армянских отношений.",
    ].join("\n\n"),
  },
];

// ── Loading ───────────────────────────────────────────────────────────────────────────────────

/** Loads the demo round table unless the Peace Bridge initiative is already there. */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  // Hash outside the transaction: argon2 is deliberately slow and needs no database.
  const [organizerHash, delegateHash] = await Promise.all([hashPassword(DEMO_ORGANIZER.password), hashPassword(DEMO_DELEGATE.password)]);

  return db.transaction(async (tx) => {
    // Two processes seeding one database at once: the second waits here, then finds the data.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('roundtable:seed-demo'))`);
    const [existing] = await tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, DEMO_INITIATIVE_SLUG)).limit(1);
    if (existing) return { created: false };

    await load(tx, { organizerHash, delegateHash });
    return { created: true };
  });
}

async function load(tx: Tx, hashes: { organizerHash: string; delegateHash: string }): Promise<void> {
  const at = (date: string, time: string): Date => {
    const instant = zonedLocalToInstant(date, time, TIME_ZONE);
    if (!instant) throw new Error(`seedDemo: ${date} ${time} does not exist in ${TIME_ZONE}`);
    return instant;
  };

  // Organizer, initiative, parties.
  const [organizer] = await tx
    .insert(users)
    .values({ name: "Demo Organizer", email: DEMO_ORGANIZER.email, role: "organizer", passwordHash: hashes.organizerHash })
    .returning({ id: users.id });
  const [initiative] = await tx.insert(initiatives).values(INITIATIVE).returning({ id: initiatives.id });
  const organizerId = must(organizer).id;
  const initiativeId = must(initiative).id;
  await tx.insert(initiativeOrganizers).values({ initiativeId, userId: organizerId });

  const partyRows = await tx
    .insert(parties)
    .values(PARTIES.map((p) => ({ ...p, initiativeId })))
    .returning({ id: parties.id, name: parties.name });
  const partyId = (name: PartyName) => must(partyRows.find((p) => p.name === name)).id;

  // Event.
  const { hostParty, ...eventFields } = EVENT;
  const [event] = await tx
    .insert(events)
    .values({ ...eventFields, initiativeId, hostPartyId: partyId(hostParty) })
    .returning({ id: events.id });
  const eventId = must(event).id;

  // People and delegations.
  const allPeople = DEMO_DELEGATIONS.flatMap((d) => d.members);
  const personRows = await tx
    .insert(people)
    .values(
      allPeople.map((p) => ({
        initiativeId,
        nameLatin: p.nameLatin,
        nameNative: p.nameNative,
        organization: p.organization,
        position: p.position,
        sector: p.sector,
        email: p.email,
        phone: p.phone,
      })),
    )
    .returning({ id: people.id, email: people.email });
  const personId = (email: string) =>
    must(
      personRows.find((p) => p.email === email),
      email,
    ).id;

  const delegationIds = new Map<PartyName, string>();
  for (const delegation of DEMO_DELEGATIONS) {
    const [row] = await tx
      .insert(delegations)
      .values({ eventId, partyId: partyId(delegation.party), targetSize: delegation.targetSize })
      .returning({ id: delegations.id });
    const delegationId = must(row).id;
    delegationIds.set(delegation.party, delegationId);
    await tx.insert(delegationMembers).values(
      delegation.members.map((m) => ({
        delegationId,
        eventId,
        personId: personId(m.email),
        role: m.role,
        status: m.status,
        consent: m.consent,
      })),
    );
  }

  const [delegateUser] = await tx
    .insert(users)
    .values({
      name: must(allPeople.find((p) => p.email === DEMO_DELEGATE.email)).nameLatin,
      email: DEMO_DELEGATE.email,
      role: "delegate",
      passwordHash: hashes.delegateHash,
    })
    .returning({ id: users.id });
  await tx
    .update(people)
    .set({ userId: must(delegateUser).id })
    .where(eq(people.id, personId(DEMO_DELEGATE.email)));

  // Officials.
  const officialRows = await tx
    .insert(officials)
    .values(OFFICIALS.map(({ party, ...o }) => ({ ...o, initiativeId, partyId: partyId(party) })))
    .returning({ id: officials.id, name: officials.name });
  const officialId = (name: string) =>
    must(
      officialRows.find((o) => o.name === name),
      name,
    ).id;

  // Agenda.
  const itemRows = await tx
    .insert(agendaItems)
    .values(
      DEMO_AGENDA.map((item) => ({
        eventId,
        kind: item.kind,
        title: item.title,
        description: item.description,
        place: item.place,
        startsAt: at(item.day, item.start),
        endsAt: at(item.day, item.end),
        visibility: item.visibility,
        closedDoor: item.closedDoor ?? false,
        translations: item.translations ?? {},
      })),
    )
    .returning({ id: agendaItems.id, title: agendaItems.title, startsAt: agendaItems.startsAt });
  // Titles repeat (lunch, coffee break), so match on title and start.
  const itemId = (item: { title: string; day: string; start: string }) =>
    must(
      itemRows.find((r) => r.title === item.title && r.startsAt.getTime() === at(item.day, item.start).getTime()),
      item.title,
    ).id;

  const itemPeople = DEMO_AGENDA.flatMap((item) => [
    ...(item.moderators ?? []).map((email) => ({ agendaItemId: itemId(item), personId: personId(email), role: "moderator" as const })),
    ...(item.speakers ?? []).map((email) => ({ agendaItemId: itemId(item), personId: personId(email), role: "speaker" as const })),
  ]);
  if (itemPeople.length > 0) await tx.insert(agendaItemPeople).values(itemPeople);

  const itemOfficials = DEMO_AGENDA.flatMap((item) => (item.officials ?? []).map((name) => ({ agendaItemId: itemId(item), officialId: officialId(name) })));
  if (itemOfficials.length > 0) await tx.insert(agendaItemOfficials).values(itemOfficials);

  // Border crossings of the Azerbaijani delegation, through the initiative's own crossing point.
  const [point] = await tx
    .insert(crossingPoints)
    .values({ ...CROSSING_POINT, initiativeId })
    .returning({ id: crossingPoints.id });
  const manifest = AZERBAIJANI_DELEGATION.members.filter((m) => m.status === "confirmed").map((m) => personId(m.email));
  for (const crossing of CROSSINGS) {
    const [row] = await tx
      .insert(crossings)
      .values({
        eventId,
        delegationId: must(delegationIds.get(AZERBAIJANI_DELEGATION.party)),
        crossingPointId: must(point).id,
        direction: crossing.direction,
        plannedAt: at(crossing.planned.date, crossing.planned.time),
        actualAt: at(crossing.actual.date, crossing.actual.time),
        notes: crossing.notes,
      })
      .returning({ id: crossings.id });
    await tx.insert(crossingPeople).values(manifest.map((id) => ({ crossingId: must(row).id, personId: id })));
  }

  // The draft record of the cooperation session, its first saved revision and its recommendations.
  const cooperation = must(DEMO_AGENDA.find((item) => item.title === COOPERATION_SESSION_TITLE));
  const [record] = await tx
    .insert(records)
    .values({
      agendaItemId: itemId(cooperation),
      rapporteurUserId: organizerId,
      summary: COOPERATION_RECORD.summary,
      keyPoints: COOPERATION_RECORD.keyPoints,
      status: "draft",
      updatedBy: organizerId,
    })
    .returning({ id: records.id });
  const recordId = must(record).id;
  await tx.insert(recordRevisions).values({ recordId, revision: 1, ...COOPERATION_RECORD, createdBy: organizerId });
  await tx.insert(recommendations).values(RECOMMENDATIONS.map((r, position) => ({ ...r, position, eventId, recordId })));
  // The closed-door meeting with the Secretary of the Security Council: recorded, final, no attribution.
  const meeting = must(DEMO_AGENDA.find((item) => item.title === SECURITY_COUNCIL_MEETING_TITLE));
  const finalAt = at("2026-02-13", "21:00");
  const [meetingRecord] = await tx
    .insert(records)
    .values({
      agendaItemId: itemId(meeting),
      rapporteurUserId: organizerId,
      ...SECURITY_COUNCIL_RECORD,
      status: "final",
      version: 2,
      finalizedAt: finalAt,
      finalizedBy: organizerId,
      updatedAt: finalAt,
      updatedBy: organizerId,
    })
    .returning({ id: records.id });
  const meetingRecordId = must(meetingRecord).id;
  const meetingOfficials = (meeting.officials ?? []).map((name) => officialId(name));
  await tx.insert(recordOfficials).values(meetingOfficials.map((id) => ({ recordId: meetingRecordId, officialId: id })));
  const present = allPeople.filter((p) => p.status === "confirmed").map((p) => personId(p.email));
  await tx.insert(recordAttendance).values(present.map((id) => ({ recordId: meetingRecordId, personId: id })));
  const details = { attendance: [...present].sort(), officials: [...meetingOfficials].sort(), speakers: [], recommendations: [], notForPublication: false };
  await tx.insert(recordRevisions).values([
    {
      recordId: meetingRecordId,
      revision: 1,
      ...SECURITY_COUNCIL_RECORD,
      details,
      status: "draft",
      createdBy: organizerId,
      createdAt: at("2026-02-13", "20:30"),
    },
    { recordId: meetingRecordId, revision: 2, ...SECURITY_COUNCIL_RECORD, details, status: "final", createdBy: organizerId, createdAt: finalAt },
  ]);

  // The demo delegate is the rapporteur of a day-two session, not written yet: their "My records".
  const expectations = must(DEMO_AGENDA.find((item) => item.title === EXPECTATIONS_SESSION_TITLE));
  await tx.insert(records).values({ agendaItemId: itemId(expectations), rapporteurUserId: must(delegateUser).id, version: 0 });

  // The outcome: a draft with English and Russian statements, nothing published.
  const [outcome] = await tx.insert(outcomes).values({ eventId, status: "draft" }).returning({ id: outcomes.id });
  await tx.insert(outcomeStatements).values(OUTCOME_STATEMENTS.map((s) => ({ ...s, outcomeId: must(outcome).id })));

  // The programme as it was announced: release 1, what delegates and the public read.
  await insertRelease(tx, {
    eventId,
    version: 1,
    note: "Programme as announced",
    items: await snapshotAgenda(tx, eventId),
    releasedBy: organizerId,
  });

  // The next round table: planned, nobody invited yet.
  const { hostParty: followUpHost, ...followUpFields } = FOLLOW_UP_EVENT;
  const [followUp] = await tx
    .insert(events)
    .values({ ...followUpFields, initiativeId, hostPartyId: partyId(followUpHost) })
    .returning({ id: events.id });
  await tx.insert(delegations).values(DEMO_DELEGATIONS.map((d) => ({ eventId: must(followUp).id, partyId: partyId(d.party), targetSize: d.targetSize })));
}

function must<T>(value: T | undefined, what = "row"): T {
  if (value === undefined) throw new Error(`seedDemo: missing ${what}`);
  return value;
}
