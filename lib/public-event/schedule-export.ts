import "server-only";
// /events/<slug>/schedule.xml and schedule.json (app/events/[slug]/…): the latest released
// programme as the public reads it, in the frab / c3voc format schedule apps load (ConfClerk,
// Giggity, EventFahrplan). The same rules as the event page: public items only, names only of
// people who consent to public listing today, and a closed-door item only as a closed session.
import { desc, eq } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { agendaReleases } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { isLocale } from "@/i18n/locale-of";
import { releaseFor } from "@/lib/agenda/changelog";
import { nameParticipants } from "@/lib/agenda/participants";
import { PUBLIC_PAGE_SECONDS } from "@/lib/cache/public-pages";
import { AGENDA_TEXT_FIELDS } from "@/lib/content/fields";
import { localizeFields, sourceLanguage } from "@/lib/content/translations";
import { getPublicEvent } from "@/lib/events/queries";
import { publicOrigin } from "@/lib/http/origin";
import { buildScheduleJson, buildScheduleXml, type FrabSchedule, type FrabSession } from "./frab-schedule";
import { localDayOf } from "./programme-days";
import { scheduleExportPath, type ScheduleFormat } from "./schedule-paths";

const CONTENT_TYPES: Record<ScheduleFormat, string> = {
  xml: "application/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * The route handlers' answer: the schedule in `format`, or a 404 for an event that is unknown or
 * still a draft. `?lang=` picks one of the event's working languages for titles, rooms and
 * descriptions (anything else: its first language).
 *
 * Served from Next.js's cache like the Atom feeds: one copy per event and language, kept at most
 * PUBLIC_PAGE_SECONDS and dropped at once by refreshPublicPages() (a release, a consent change,
 * an event's status: the route's implicit tag `_N_T_/events/layout` is among those it marks).
 */
export async function scheduleExportResponse(request: Request, slug: string, format: ScheduleFormat): Promise<Response> {
  const asked = new URL(request.url).searchParams.get("lang");
  // Only our locales reach the cache's key: any other value is the same as none.
  const documents = await cachedSchedule(slug, isLocale(asked) ? asked : null);
  if (!documents) {
    return new Response("Not Found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(documents[format], {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `inline; filename="schedule.${format}"`,
      "Cache-Control": "public, max-age=15",
      // Public data: web-based schedule viewers on other sites may read it.
      "Access-Control-Allow-Origin": "*",
      "Content-Language": documents.language,
    },
  });
}

const cachedSchedule = unstable_cache(buildSchedules, ["frab-schedule"], { revalidate: PUBLIC_PAGE_SECONDS });

/** Both documents of one event in one language (built together: they share every query), or null. */
async function buildSchedules(slug: string, asked: string | null): Promise<{ xml: string; json: string; language: string } | null> {
  const schedule = await getPublicSchedule(slug, asked);
  if (!schedule) return null;
  return { xml: buildScheduleXml(schedule), json: buildScheduleJson(schedule), language: schedule.language };
}

/**
 * The latest released programme of a public (non-draft) event, as the public reads it, in `asked`
 * when that is one of the event's working languages, else in its first. Null for an unknown or
 * draft event. Before any release: the event's days with no session, version 0.
 */
export async function getPublicSchedule(slug: string, asked: string | null): Promise<FrabSchedule | null> {
  const found = await getPublicEvent(slug);
  if (!found) return null;
  const language = asked && found.languages.includes(asked) ? asked : sourceLanguage(found.languages);
  const event = language === sourceLanguage(found.languages) ? found : ((await getPublicEvent(slug, language)) ?? found);
  const db = await getDb();
  const [latest] = await db
    .select({ version: agendaReleases.version, items: agendaReleases.items })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, event.id))
    .orderBy(desc(agendaReleases.version))
    .limit(1);
  const released = latest?.items ?? [];
  const visible = releaseFor(released, "public");
  const byId = new Map(released.map((item) => [item.id, item]));
  // Names only for items that are not closed-door, with today's listing consent (nameParticipants).
  const participants = await nameParticipants(
    visible.filter((item) => !item.closedDoor).map((item) => ({ ...byId.get(item.id)!, eventId: event.id })),
    "public",
    language,
  );
  // Two plain labels of the agenda's catalog (no arguments): the closed session's, and each kind's.
  const messages = (await loadMessages(isLocale(language) ? language : "en")) as { agenda: { closedSession: string; kinds: Record<string, string> } };
  const labels = messages.agenda;
  const origin = await publicOrigin();
  const eventUrl = `${origin}/${language}/events/${encodeURIComponent(event.slug)}`;
  const closedRoom = labels.closedSession;
  const sessions = visible.map((released): FrabSession => {
    const item = localizeFields(released, AGENDA_TEXT_FIELDS, language, event.languages);
    const startsAt = new Date(item.startsAt);
    const named = participants.get(item.id);
    const persons = new Map<string, string>();
    for (const person of named?.people ?? []) persons.set(`person:${person.personId}`, person.name);
    for (const official of named?.officials ?? []) persons.set(`official:${official.id}`, official.name);
    // A closed-door item: that it takes place, its kind and time, nothing else (as on the event
    // page). Its room is a "Closed session" room of its own, never the venue or a place, so the
    // export says nothing about where the delegations meet behind closed doors.
    const room = item.closedDoor ? closedRoom : item.place.trim() || event.venueName;
    return {
      id: item.id,
      title: item.closedDoor ? labels.closedSession : item.title,
      description: item.closedDoor ? "" : item.description,
      room,
      roomKey: item.closedDoor ? "closed-door" : released.place.trim() ? `place:${released.place.trim()}` : "venue",
      type: item.kind,
      track: labels.kinds[item.kind] ?? item.kind,
      startsAt,
      endsAt: new Date(item.endsAt),
      persons: [...persons].map(([key, name]) => ({ key, name })),
      // The programme page of its (calendar) day, as the event page links it.
      url: `${eventUrl}/programme/${localDayOf(startsAt, event.timeZone)}`,
    };
  });
  return {
    eventId: event.id,
    slug: event.slug,
    title: event.title,
    version: latest?.version ?? 0,
    timeZone: event.timeZone,
    firstDay: event.firstDay,
    lastDay: event.lastDay,
    language,
    eventUrl,
    xmlUrl: `${origin}${scheduleExportPath(event.slug, "xml", language === sourceLanguage(event.languages) ? undefined : language)}`,
    jsonUrl: `${origin}${scheduleExportPath(event.slug, "json", language === sourceLanguage(event.languages) ? undefined : language)}`,
    sessions,
  };
}
