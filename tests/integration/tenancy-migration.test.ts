// Migration 0009 splits people and crossing points by initiative without losing anything: a
// person two initiatives shared becomes one record each, every reference of each initiative
// (memberships, agenda roles, crossings, signatories, deletion requests, ids inside release
// snapshots) moves to its own record, and the account signs in as both. Run on a database
// migrated to 0008 and filled the way the old model allowed, then migrated on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
const BEFORE_TENANCY = "0009_tenancy";

type Run = (query: ReturnType<typeof sql>) => Promise<Record<string, unknown>[]>;
let run: Run;
let migrateTo: (folder: string) => Promise<void>;
let close: () => Promise<void>;

/** A copy of the migrations folder that stops before `tag`. */
function folderBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rt-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const index = journal.entries.findIndex((e) => e.tag === tag);
  expect(index).toBeGreaterThan(0);
  const entries = journal.entries.slice(0, index);
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const entry of entries) fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  return dir;
}

beforeAll(async () => {
  const adminUrl = process.env.DATABASE_URL?.trim();
  if (adminUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const name = `rt_migration_${Date.now()}_${randomBytes(3).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const db = drizzle({ client });
    run = async (query) => [...(await db.execute(query))] as Record<string, unknown>[];
    migrateTo = (folder) => migrate(db, { migrationsFolder: folder });
    close = async () => {
      await client.end();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = new PGlite();
    const db = drizzle({ client });
    run = async (query) => (await db.execute(query)).rows as Record<string, unknown>[];
    migrateTo = (folder) => migrate(db, { migrationsFolder: folder });
    close = () => client.close();
  }
}, 60_000);

afterAll(async () => close?.(), 60_000);

const id = () => crypto.randomUUID();
const ids = {
  older: id(),
  newer: id(),
  olderParty: id(),
  newerParty: id(),
  olderEvent: id(),
  newerEvent: id(),
  olderDelegation: id(),
  newerDelegation: id(),
  shared: id(),
  orphan: id(),
  account: id(),
  olderItem: id(),
  newerItem: id(),
  point: id(),
  unused: id(),
  olderCrossing: id(),
  newerCrossing: id(),
};

async function fillTheOldWay() {
  const i = ids;
  await run(
    sql`insert into initiatives (id, slug, name, created_at) values (${i.older}, 'older', 'Older', '2025-01-01'), (${i.newer}, 'newer', 'Newer', '2026-01-01')`,
  );
  await run(sql`insert into parties (id, initiative_id, name, position) values (${i.olderParty}, ${i.older}, 'A', 1), (${i.newerParty}, ${i.newer}, 'B', 1)`);
  await run(sql`insert into events (id, initiative_id, slug, title, format, host_party_id, venue_name, city, country, time_zone, first_day, last_day, languages)
    values (${i.olderEvent}, ${i.older}, 'older-event', 'Older event', 'Round table', ${i.olderParty}, 'Hall', 'City', 'Country', 'UTC', '2025-03-01', '2025-03-01', '{en}'),
           (${i.newerEvent}, ${i.newer}, 'newer-event', 'Newer event', 'Round table', ${i.newerParty}, 'Hall', 'City', 'Country', 'UTC', '2026-03-01', '2026-03-01', '{en}')`);
  await run(
    sql`insert into delegations (id, event_id, party_id) values (${i.olderDelegation}, ${i.olderEvent}, ${i.olderParty}), (${i.newerDelegation}, ${i.newerEvent}, ${i.newerParty})`,
  );
  await run(
    sql`insert into people (id, name_latin, sector, email, phone) values (${i.shared}, 'Shared Person', 'expert', 'Shared@Example.org', '+1 555 0001'), (${i.orphan}, 'Nobody Holds Me', 'other', null, '')`,
  );
  await run(sql`insert into users (id, email, role, person_id) values (${i.account}, 'shared@example.org', 'delegate', ${i.shared})`);
  await run(sql`insert into delegation_members (delegation_id, event_id, person_id, role, created_at) values
    (${i.olderDelegation}, ${i.olderEvent}, ${i.shared}, 'head', '2025-02-01'), (${i.newerDelegation}, ${i.newerEvent}, ${i.shared}, 'member', '2026-02-01')`);
  await run(sql`update delegations set signatory_person_id = ${i.shared} where id in (${i.olderDelegation}, ${i.newerDelegation})`);
  await run(sql`insert into agenda_items (id, event_id, kind, title, starts_at, ends_at) values
    (${i.olderItem}, ${i.olderEvent}, 'plenary', 'Older plenary', '2025-03-01T09:00Z', '2025-03-01T10:00Z'),
    (${i.newerItem}, ${i.newerEvent}, 'plenary', 'Newer plenary', '2026-03-01T09:00Z', '2026-03-01T10:00Z')`);
  await run(
    sql`insert into agenda_item_people (agenda_item_id, person_id, role) values (${i.olderItem}, ${i.shared}, 'speaker'), (${i.newerItem}, ${i.shared}, 'moderator')`,
  );
  const snapshot = (itemId: string, role: string) => JSON.stringify([{ id: itemId, people: [{ personId: i.shared, role }] }]);
  await run(
    sql`insert into agenda_releases (event_id, version, items) values (${i.olderEvent}, 1, ${snapshot(i.olderItem, "speaker")}::jsonb), (${i.newerEvent}, 1, ${snapshot(i.newerItem, "moderator")}::jsonb)`,
  );
  await run(sql`insert into crossing_points (id, name) values (${i.point}, 'Shared point'), (${i.unused}, 'Unused point')`);
  await run(sql`insert into crossings (id, event_id, delegation_id, crossing_point_id, direction, planned_at, created_at) values
    (${i.olderCrossing}, ${i.olderEvent}, ${i.olderDelegation}, ${i.point}, 'entry', '2025-03-01T08:00Z', '2025-02-10'),
    (${i.newerCrossing}, ${i.newerEvent}, ${i.newerDelegation}, ${i.point}, 'entry', '2026-03-01T08:00Z', '2026-02-10')`);
  await run(sql`insert into crossing_people (crossing_id, person_id) values (${i.olderCrossing}, ${i.shared}), (${i.newerCrossing}, ${i.shared})`);
  await run(sql`insert into deletion_requests (person_id, reason) values (${i.shared}, 'Please erase me')`);
}

describe("migration 0009: people and crossing points per initiative", () => {
  it("splits what two initiatives shared and keeps every reference with its own initiative", async () => {
    await migrateTo(folderBefore(BEFORE_TENANCY));
    await fillTheOldWay();
    await migrateTo(MIGRATIONS);
    const i = ids;

    const persons = await run(sql`select id, initiative_id, name_latin, email, phone, user_id from people order by initiative_id = ${i.older} desc`);
    expect(persons).toHaveLength(2); // the orphan, held by no initiative, is gone
    const [older, newer] = persons as { id: string; initiative_id: string; name_latin: string; email: string; phone: string; user_id: string }[];
    expect(older).toMatchObject({ id: i.shared, initiative_id: i.older, email: "Shared@Example.org", phone: "+1 555 0001", user_id: i.account });
    expect(newer).toMatchObject({ initiative_id: i.newer, name_latin: "Shared Person", email: "Shared@Example.org", phone: "+1 555 0001", user_id: i.account });
    expect(newer!.id).not.toBe(i.shared);

    const byEvent = async (table: string, eventColumn: string) =>
      Object.fromEntries(
        (await run(sql.raw(`select ${eventColumn} as event_id, person_id from ${table}`))).map((r) => [r.event_id as string, r.person_id as string]),
      );
    expect(await byEvent("delegation_members", "event_id")).toEqual({ [i.olderEvent]: i.shared, [i.newerEvent]: newer!.id });
    const signatories = await run(sql`select event_id, signatory_person_id from delegations`);
    expect(Object.fromEntries(signatories.map((r) => [r.event_id, r.signatory_person_id]))).toEqual({ [i.olderEvent]: i.shared, [i.newerEvent]: newer!.id });
    const roles = await run(sql`select a.event_id, p.person_id from agenda_item_people p join agenda_items a on a.id = p.agenda_item_id`);
    expect(Object.fromEntries(roles.map((r) => [r.event_id, r.person_id]))).toEqual({ [i.olderEvent]: i.shared, [i.newerEvent]: newer!.id });
    const manifests = await run(sql`select c.event_id, p.person_id from crossing_people p join crossings c on c.id = p.crossing_id`);
    expect(Object.fromEntries(manifests.map((r) => [r.event_id, r.person_id]))).toEqual({ [i.olderEvent]: i.shared, [i.newerEvent]: newer!.id });

    const releases = await run(sql`select event_id, items::text as items from agenda_releases`);
    const release = Object.fromEntries(releases.map((r) => [r.event_id, r.items as string]));
    expect(release[i.olderEvent]).toContain(i.shared);
    expect(release[i.newerEvent]).toContain(newer!.id);
    expect(release[i.newerEvent]).not.toContain(i.shared);

    const requests = await run(sql`select person_id, reason, status from deletion_requests order by person_id = ${i.shared} desc`);
    expect(requests).toEqual([
      { person_id: i.shared, reason: "Please erase me", status: "pending" },
      { person_id: newer!.id, reason: "Please erase me", status: "pending" },
    ]);

    const points = await run(sql`select id, initiative_id, name from crossing_points order by name, initiative_id = ${i.older} desc`);
    expect(points.map((p) => [p.name, p.initiative_id])).toEqual([
      ["Shared point", i.older],
      ["Shared point", i.newer],
      ["Unused point", i.older],
      ["Unused point", i.newer],
    ]);
    const newerPoint = points.find((p) => p.name === "Shared point" && p.initiative_id === i.newer)!;
    const crossings = await run(sql`select event_id, crossing_point_id from crossings`);
    expect(Object.fromEntries(crossings.map((r) => [r.event_id, r.crossing_point_id]))).toEqual({ [i.olderEvent]: i.point, [i.newerEvent]: newerPoint.id });

    const accountColumns = await run(sql`select column_name from information_schema.columns where table_name = 'users' and column_name = 'person_id'`);
    expect(accountColumns).toEqual([]);
  });
});
