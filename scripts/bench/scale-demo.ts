// Grows the demo round table to N times its size, for the benchmark (scripts/bench/run.mjs) and
// its test. Run on a database holding the demo (db/seed/demo.ts) and nothing else.
//
// What N× means here, so that every page the benchmark reads grows with N:
// - the demo event gets N copies of its delegates, agenda, records, recommendations and
//   attendance (copy k runs in parallel to the original, in "Hall k", like a conference with
//   N tracks): 100× is 3,600 delegates and 1,900 agenda items in one event;
// - the initiative gets N−1 more concluded round tables, each with a published outcome, so the
//   initiative page, the outcomes list and the feeds grow too;
// - the demo's outcome is published (adopting every recommendation) and the grown programme is
//   released, because the public reads only published outcomes and released agendas.
// At 1× only the last step happens: the demo, completed as the benchmark reads it.
//
// The copies are made by INSERT … SELECT over generate_series in one transaction: 100× takes
// seconds, not minutes, and the content is the same on every run (only the random ids differ).
import { and, eq, max, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { agendaReleases, events, initiatives } from "@/db/schema";
import { DEMO_EVENT_SLUG, DEMO_INITIATIVE_SLUG } from "@/db/seed/demo";
import { insertRelease, snapshotAgenda } from "@/lib/agenda/release-store";

/** The slug of copy k (2…N) of the demo event, as the benchmark's feeds and pages see them. */
export const scaledEventSlug = (k: number) => `${DEMO_EVENT_SLUG}-round-${k}`;

export async function scaleDemo(db: Db, scale: number): Promise<void> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scaleDemo: the scale must be a whole number ≥ 1, not ${scale}`);
  await db.transaction(async (tx) => {
    const [demo] = await tx
      .select({ eventId: events.id, initiativeId: initiatives.id })
      .from(events)
      .innerJoin(initiatives, eq(initiatives.id, events.initiativeId))
      .where(and(eq(events.slug, DEMO_EVENT_SLUG), eq(initiatives.slug, DEMO_INITIATIVE_SLUG)));
    if (!demo) throw new Error("scaleDemo: the demo round table is not in this database (run db/seed/run.ts first)");
    const [already] = await tx
      .select({ id: events.id })
      .from(events)
      .where(eq(events.slug, scaledEventSlug(2)));
    if (already) throw new Error("scaleDemo: this database was scaled already; start from a fresh demo");

    if (scale > 1) {
      await copyEventContent(tx, demo.eventId, scale);
      await copyEvents(tx, demo.eventId, scale);
      await releaseAgenda(tx, demo.eventId);
    }
    await publishOutcome(tx, demo.eventId);
  });
}

/** Copies 2…N of the demo event's people, agenda, records and recommendations, inside that event. */
async function copyEventContent(tx: Tx, eventId: string, scale: number): Promise<void> {
  // Old id → new id for each copy k, made first so that every link can be copied by a join.
  await tx.execute(sql`
    create temporary table bench_people on commit drop as
      select m.person_id as old_id, k, gen_random_uuid() as new_id
      from delegation_members m cross join generate_series(2, ${scale}) as k
      where m.event_id = ${eventId}`);
  await tx.execute(sql`
    create temporary table bench_items on commit drop as
      select i.id as old_id, k, gen_random_uuid() as new_id
      from agenda_items i cross join generate_series(2, ${scale}) as k
      where i.event_id = ${eventId} and i.deleted_at is null`);
  await tx.execute(sql`
    create temporary table bench_records on commit drop as
      select r.id as old_id, k, gen_random_uuid() as new_id
      from records r join bench_items bi on bi.old_id = r.agenda_item_id`);

  await tx.execute(sql`
    insert into people (id, initiative_id, name_latin, name_native, organization, position, sector, email, phone)
      select bp.new_id, p.initiative_id, p.name_latin || ' ' || bp.k, p.name_native || ' ' || bp.k, p.organization,
             p.position, p.sector, 'copy' || bp.k || '.' || p.email, p.phone
      from bench_people bp join people p on p.id = bp.old_id`);
  // One head per delegation: the copies of a head are ordinary members.
  await tx.execute(sql`
    insert into delegation_members (delegation_id, event_id, person_id, role, status, consent, dietary_needs, accessibility_needs)
      select m.delegation_id, m.event_id, bp.new_id, case when m.role = 'head' then 'member' else m.role end,
             m.status, m.consent, m.dietary_needs, m.accessibility_needs
      from bench_people bp join delegation_members m on m.person_id = bp.old_id and m.event_id = ${eventId}`);
  await tx.execute(sql`
    insert into crossing_people (crossing_id, person_id)
      select cp.crossing_id, bp.new_id
      from crossing_people cp join crossings c on c.id = cp.crossing_id and c.event_id = ${eventId}
      join bench_people bp on bp.old_id = cp.person_id`);

  await tx.execute(sql`
    insert into agenda_items (id, event_id, kind, title, description, place, starts_at, ends_at, visibility, closed_door)
      select bi.new_id, i.event_id, i.kind, i.title || ' (track ' || bi.k || ')', i.description,
             case when i.place = '' then 'Hall ' || bi.k else i.place || ', hall ' || bi.k end,
             i.starts_at, i.ends_at, i.visibility, i.closed_door
      from bench_items bi join agenda_items i on i.id = bi.old_id`);
  // Track k's moderators and speakers are copy k of the original ones.
  await tx.execute(sql`
    insert into agenda_item_people (agenda_item_id, person_id, role)
      select bi.new_id, bp.new_id, ap.role
      from bench_items bi join agenda_item_people ap on ap.agenda_item_id = bi.old_id
      join bench_people bp on bp.old_id = ap.person_id and bp.k = bi.k`);
  await tx.execute(sql`
    insert into agenda_item_officials (agenda_item_id, official_id)
      select bi.new_id, ao.official_id
      from bench_items bi join agenda_item_officials ao on ao.agenda_item_id = bi.old_id`);

  await tx.execute(sql`
    insert into records (id, agenda_item_id, rapporteur_user_id, summary, key_points, topics, status, not_for_publication,
                         version, finalized_at, finalized_by, updated_by)
      select br.new_id, bi.new_id, r.rapporteur_user_id, r.summary, r.key_points, r.topics, r.status, r.not_for_publication,
             r.version, r.finalized_at, r.finalized_by, r.updated_by
      from bench_records br join records r on r.id = br.old_id
      join bench_items bi on bi.old_id = r.agenda_item_id and bi.k = br.k`);
  await tx.execute(sql`
    insert into record_revisions (record_id, revision, summary, key_points, topics, details, status, note, created_at, created_by)
      select br.new_id, rr.revision, rr.summary, rr.key_points, rr.topics, rr.details, rr.status, rr.note, rr.created_at, rr.created_by
      from bench_records br join record_revisions rr on rr.record_id = br.old_id`);
  await tx.execute(sql`
    insert into record_attendance (record_id, person_id)
      select br.new_id, bp.new_id
      from bench_records br join record_attendance ra on ra.record_id = br.old_id
      join bench_people bp on bp.old_id = ra.person_id and bp.k = br.k`);
  await tx.execute(sql`
    insert into record_officials (record_id, official_id)
      select br.new_id, ro.official_id from bench_records br join record_officials ro on ro.record_id = br.old_id`);
  await tx.execute(sql`
    insert into recommendations (event_id, record_id, theme, text, position)
      select r.event_id, br.new_id, r.theme, r.text || ' (track ' || br.k || ')', r.position
      from bench_records br join recommendations r on r.record_id = br.old_id`);
}

/**
 * N−1 earlier round tables of the same initiative, one a month back from the demo, concluded and
 * with the demo's outcome statement published: what the outcomes list and the feeds carry.
 */
async function copyEvents(tx: Tx, eventId: string, scale: number): Promise<void> {
  await tx.execute(sql`
    create temporary table bench_events on commit drop as
      select k, gen_random_uuid() as event_id, gen_random_uuid() as outcome_id from generate_series(2, ${scale}) as k`);
  await tx.execute(sql`
    insert into events (id, initiative_id, slug, title, format, host_party_id, venue_name, city, country, time_zone,
                        first_day, last_day, languages, status)
      select be.event_id, e.initiative_id, e.slug || '-round-' || be.k, e.title || ', round ' || be.k, e.format,
             e.host_party_id, e.venue_name, e.city, e.country, e.time_zone,
             e.first_day - be.k * 30, e.last_day - be.k * 30, e.languages, 'concluded'
      from bench_events be cross join events e where e.id = ${eventId}`);
  await tx.execute(sql`
    insert into delegations (event_id, party_id, target_size)
      select be.event_id, d.party_id, d.target_size from bench_events be cross join delegations d where d.event_id = ${eventId}`);
  await tx.execute(sql`
    insert into outcomes (id, event_id, status) select be.outcome_id, be.event_id, 'published' from bench_events be`);
  await tx.execute(sql`
    insert into outcome_statements (outcome_id, language, text)
      select be.outcome_id, s.language, s.text
      from bench_events be cross join outcome_statements s join outcomes o on o.id = s.outcome_id and o.event_id = ${eventId}`);
  await tx.execute(sql`
    insert into outcome_revisions (outcome_id, revision, statements, published_at)
      select be.outcome_id, 1, st.statements, (e.last_day + time '20:00')::timestamptz
      from bench_events be join events e on e.id = be.event_id
      cross join (
        select jsonb_agg(jsonb_build_object('language', s.language, 'text', s.text) order by s.language) as statements
        from outcome_statements s join outcomes o on o.id = s.outcome_id and o.event_id = ${eventId}
      ) st`);
}

/** The grown programme as the next release: delegates and the public read only releases. */
async function releaseAgenda(tx: Tx, eventId: string): Promise<void> {
  const [latest] = await tx
    .select({ version: max(agendaReleases.version) })
    .from(agendaReleases)
    .where(eq(agendaReleases.eventId, eventId));
  const items = await snapshotAgenda(tx, eventId);
  await insertRelease(tx, { eventId, version: (latest?.version ?? 0) + 1, note: "Benchmark programme", items, releasedBy: null });
}

/** Adopts every recommendation of the demo event and publishes its outcome with them. */
async function publishOutcome(tx: Tx, eventId: string): Promise<void> {
  await tx.execute(sql`update recommendations set adopted = true, adopted_at = now() where event_id = ${eventId}`);
  await tx.execute(sql`update outcomes set status = 'published', version = version + 1 where event_id = ${eventId}`);
  await tx.execute(sql`
    insert into outcome_revisions (outcome_id, revision, statements, recommendations, published_at)
      select o.id, 1,
             (select jsonb_agg(jsonb_build_object('language', s.language, 'text', s.text) order by s.language)
                from outcome_statements s where s.outcome_id = o.id),
             coalesce((select jsonb_agg(jsonb_build_object('theme', r.theme, 'text', r.text) order by r.created_at, r.text)
                from recommendations r where r.event_id = o.event_id and r.adopted), '[]'::jsonb),
             now() - interval '1 day'
      from outcomes o where o.event_id = ${eventId}`);
}
