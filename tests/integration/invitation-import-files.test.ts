// Uploaded invitation lists as Excel and friends write them, through the import action on a real
// database: a Windows-1251 "CSV" is read in that encoding and the report says so; an Excel workbook
// (or any binary file) is refused for what it is, and nothing of it is saved. Only the request
// context is mocked (session, cache revalidation, locale); the files come from tests/fixtures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { delegationMembers, events, people } from "@/db/schema";
import { FOLLOW_UP_EVENT_SLUG } from "@/db/seed/demo";
import { seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { importAction } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/import/actions";
import { idleImport, type ImportState } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/import/import-state";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({ getLocale: vi.fn(async () => "en") }));
vi.mock("next/headers", () => ({ headers: vi.fn(async () => new Headers({ host: "localhost:3000" })) }));

const { db } = setupTestDatabase();
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "..", "fixtures", name)));

let ids: DemoIds;
let followUpId: string;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  const [event] = await db().select({ id: events.id }).from(events).where(eq(events.slug, FOLLOW_UP_EVENT_SLUG));
  followUpId = event!.id;
  session.current = { user: { id: ids.organizerId } };
  vi.spyOn(console, "info").mockImplementation(() => {});
});

function upload(file: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string }, fields: Record<string, string> = {}): Promise<ImportState> {
  const data = new FormData();
  data.append("csv", "");
  data.append("file", new File([file.bytes], file.name, { type: file.type ?? "text/csv" }));
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return importAction(followUpId, idleImport, data);
}

async function membersWith(emails: string[]) {
  return db()
    .select({ email: people.email, nameLatin: people.nameLatin, nameNative: people.nameNative, organization: people.organization })
    .from(delegationMembers)
    .innerJoin(people, eq(people.id, delegationMembers.personId))
    .where(and(eq(delegationMembers.eventId, followUpId), inArray(people.email, emails)));
}

const EMAILS_1251 = ["aygun.1251@example.org", "aram.1251@example.org"];

describe("importing a Windows-1251 list (Excel's CSV in a Russian locale)", () => {
  it("checks it read as Windows-1251, with the Cyrillic text intact, and says which encoding was used", async () => {
    const state = await upload({ name: "список.csv", bytes: fixture("invitations-windows-1251.csv") });
    expect(state).toMatchObject({ status: "preview", encoding: "windows-1251" });
    if (state.status !== "preview") throw new Error("expected a preview");
    expect(state.report.problems).toEqual([]);
    expect(state.report.ignoredColumns).toEqual([]);
    expect(state.report.rows.map((r) => [r.line, r.nameLatin, r.nameNative, r.partyName, r.sector, r.organization])).toEqual([
      [2, "Aygun Mammadova", "Айгюн Мамедова", "Azerbaijan", "civil_society", "ООО «Мост мира»"],
      [3, "Aram Petrosyan", "Арам Петросян", "Armenia", "expert", "Ереванский пресс-клуб"],
    ]);
    // The decoded text comes back into the form, so the import that follows sends what was checked.
    expect(state.text).toContain("Имя;Имя (в оригинальном написании);Электронная почта");
    expect(await membersWith(EMAILS_1251)).toEqual([]);
  });

  it("imports it with the names as written, and the report after the import still names the encoding", async () => {
    const checked = await upload({ name: "список.csv", bytes: fixture("invitations-windows-1251.csv") });
    if (checked.status !== "preview") throw new Error("expected a preview");
    // What the form sends next: the text it got back, and the encoding the file was read in.
    const data = new FormData();
    data.append("csv", checked.text);
    data.append("encoding", "windows-1251");
    data.append("intent", "import");
    // The list has no consent column: the organizer's explicit choice for its rows (#19 point 1).
    data.append("defaultConsent", "none");
    data.append("requestKey", crypto.randomUUID());
    const state = await importAction(followUpId, idleImport, data);
    expect(state).toMatchObject({ status: "done", encoding: "windows-1251", imported: 2, invited: 0 });
    expect(await membersWith(EMAILS_1251)).toEqual(
      expect.arrayContaining([
        { email: "aygun.1251@example.org", nameLatin: "Aygun Mammadova", nameNative: "Айгюн Мамедова", organization: "ООО «Мост мира»" },
        { email: "aram.1251@example.org", nameLatin: "Aram Petrosyan", nameNative: "Арам Петросян", organization: "Ереванский пресс-клуб" },
      ]),
    );
  });

  it('reads a UTF-16 list (Excel\'s "Unicode text") by its byte-order mark', async () => {
    const list = "name\tnative name\temail\tparty\tsector\r\nAni Grigoryan\tԱնի Գրիգորյան\tani.utf16@example.org\tArmenia\tmedia\r\n";
    const state = await upload({ name: "list.txt", bytes: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(list, "utf16le")])) });
    expect(state).toMatchObject({ status: "preview", encoding: "utf-16le", report: { problems: [], rows: [{ nameNative: "Անի Գրիգորյան" }] } });
  });
});

describe("uploading a file that is not a CSV", () => {
  it("refuses an Excel workbook as an Excel file, even named .csv, and saves nothing, even when asked to import", async () => {
    const peopleBefore = await db().$count(people);
    const membersBefore = await db().$count(delegationMembers);
    for (const [name, intent] of [
      ["invitations.xlsx", "preview"],
      ["invitations.csv", "preview"],
      ["invitations.csv", "import"],
    ] as const) {
      const state = await upload({ name, bytes: fixture("invitations.xlsx") }, { intent, requestKey: crypto.randomUUID() });
      expect(state, `${name} (${intent})`).toEqual({ status: "error", message: "import.excelFile", text: "", sendInvitations: false, defaultConsent: null });
    }
    expect(await db().$count(people)).toBe(peopleBefore);
    expect(await db().$count(delegationMembers)).toBe(membersBefore);
    expect(await membersWith(["aygun.xlsx@example.org"])).toEqual([]);
  });

  it("refuses a binary file for what it is", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await upload({ name: "photo.csv", bytes: png })).toMatchObject({ status: "error", message: "import.binaryFile" });
  });
});
