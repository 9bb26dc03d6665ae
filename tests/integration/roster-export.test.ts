// The roster CSV download: personal data in bulk, so the route itself must refuse everyone but an
// organizer of the event's initiative, write an audit entry, leave travel documents out, and
// neutralize formulas a delegate could have typed. Only the request context is mocked (session and
// next-intl's request-bound lookup); the database and catalogs are real.
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser } from "fast-xml-parser";
import { auditLog, delegationMembers, people, travelDocuments } from "@/db/schema";
import { DEMO_DELEGATIONS } from "@/db/seed/demo-people";
import { DEMO_EVENT_SLUG } from "@/db/seed/demo";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { parseInvitationCsv } from "@/lib/delegations/csv-import";
import { createOrganizerUser, seedDemoContext, type DemoIds } from "@/tests/helpers/fixtures";
import { setupTestDatabase } from "@/tests/helpers/test-db";
import { GET } from "@/app/[locale]/(organize)/organize/events/[eventId]/delegations/export/route";

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }));
vi.mock("@/auth", () => ({
  auth: vi.fn(async () => (await import("@/tests/helpers/server-session")).liveSession(session.current)),
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock("next-intl/server", () => ({
  getLocale: vi.fn(async () => "en"),
  getTranslations: vi.fn(async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: await loadMessages(locale), namespace }),
  ),
}));

const { db } = setupTestDatabase();

const EVIL_ORGANIZATION = '=HYPERLINK("http://evil")';
const EVIL_NAME = "+Evil Name";
const PASSPORT_NUMBER = "P7654321X";

let ids: DemoIds;
let evilEmail: string;

beforeAll(async () => {
  ({ ids } = await seedDemoContext(db()));
  evilEmail = "evil.export@example.org";
  const [person] = await db()
    .insert(people)
    .values({
      initiativeId: ids.initiativeId,
      nameLatin: EVIL_NAME,
      organization: EVIL_ORGANIZATION,
      position: "-1",
      sector: "other",
      email: evilEmail,
      phone: "+374 10 555 999",
    })
    .returning({ id: people.id });
  const [member] = await db()
    .insert(delegationMembers)
    .values({
      delegationId: ids.delegations.Armenia,
      eventId: ids.eventId,
      personId: person!.id,
      dietaryNeeds: "Vegetarian",
      accessibilityNeeds: "@wheelchair access",
    })
    .returning({ id: delegationMembers.id });
  await db().insert(travelDocuments).values({
    memberId: member!.id,
    eventId: ids.eventId,
    documentType: "passport",
    documentNumber: PASSPORT_NUMBER,
    issuingCountry: "Armenia",
  });
});

function exportAs(userId: string | null, { locale = "en", eventId = ids.eventId, format }: { locale?: string; eventId?: string; format?: "xlsx" } = {}) {
  session.current = userId ? { user: { id: userId } } : null;
  const request = new Request(`http://localhost/${locale}/organize/events/${eventId}/delegations/export${format ? `?format=${format}` : ""}`);
  return GET(request, { params: Promise.resolve({ locale, eventId }) });
}

async function exportAudits() {
  return db()
    .select({ actorUserId: auditLog.actorUserId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "delegations.export"), eq(auditLog.eventId, ids.eventId)));
}

const demoMembers = DEMO_DELEGATIONS.flatMap((d) => d.members);

describe("roster export: the organizer", () => {
  it("downloads every member as a spreadsheet-safe CSV, without travel documents, and the export is audited", async () => {
    const before = (await exportAudits()).length;
    const response = await exportAs(ids.organizerId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${DEMO_EVENT_SLUG}-roster-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));

    // Bytes, not text(): decoding as UTF-8 would strip the BOM Excel needs.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    expect(body).not.toContain(PASSPORT_NUMBER);
    const [header, ...rows] = parse(body, { bom: true }) as string[][];
    expect(header).toEqual([
      "Party",
      "Name (Latin script)",
      "Name (native script)",
      "Role",
      "Registration status",
      "Sector",
      "Listing consent",
      "Organization",
      "Position",
      "Email",
      "Phone",
      "Dietary needs",
      "Accessibility needs",
    ]);
    expect(rows).toHaveLength(demoMembers.length + 1);
    expect(rows.map((r) => r[9]).sort()).toEqual([...demoMembers.map((m) => m.email), evilEmail].sort());

    const head = rows.find((r) => r[9] === "rauf.huseynov@example.org");
    expect(head).toEqual([
      "Azerbaijan",
      "Rauf Huseynov",
      "Rauf Hüseynov",
      "Head of delegation",
      "Confirmed",
      "Civil society",
      "Listed publicly",
      "Dialogue for the South Caucasus (NGO)",
      "Chair of the board",
      "rauf.huseynov@example.org",
      "'+994 50 555 01 01",
      "",
      "",
    ]);
    // Parties in name order (Armenia before Azerbaijan), the head first within a party.
    expect(rows[0]![0]).toBe("Armenia");
    expect(rows.find((r) => r[0] === "Azerbaijan")).toBe(head);

    const evil = rows.find((r) => r[9] === evilEmail)!;
    expect(evil.slice(1, 2)).toEqual([`'${EVIL_NAME}`]);
    expect(evil.slice(7, 9)).toEqual([`'${EVIL_ORGANIZATION}`, "'-1"]);
    expect(evil.slice(10)).toEqual(["'+374 10 555 999", "Vegetarian", "'@wheelchair access"]);
    expect(body).toContain(`"'=HYPERLINK(""http://evil"")"`);

    const audits = await exportAudits();
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)).toEqual({ actorUserId: ids.organizerId, details: { rows: demoMembers.length + 1 } });
  });

  it("downloads the same roster as an Excel workbook, every name as written and every cell plain text", async () => {
    const response = await exportAs(ids.organizerId, { format: "xlsx" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="${DEMO_EVENT_SLUG}-roster-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`));
    const rows = readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(rows[0]!.slice(0, 3)).toEqual(["Party", "Name (Latin script)", "Name (native script)"]);
    expect(rows).toHaveLength(demoMembers.length + 2);
    // Names in every script come back exactly as written, with no quote added in front.
    for (const member of demoMembers) expect(rows.find((r) => r[9] === member.email)?.[2] ?? "").toBe(member.nameNative ?? "");
    const evil = rows.find((r) => r[9] === evilEmail)!;
    expect(evil[1]).toBe(EVIL_NAME);
    expect(evil[10]).toBe("+374 10 555 999");
    // No cell is a formula: a workbook's cells are typed, and the sheet has no <f> at all.
    expect(JSON.stringify(rows)).not.toContain(PASSPORT_NUMBER);
  });

  it("translates headers and values into the request's locale", async () => {
    const response = await exportAs(ids.organizerId, { locale: "ru" });
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header!.slice(0, 4)).toEqual(["Сторона", "Имя (латиницей)", "Имя (в оригинальном написании)", "Роль"]);
    expect(rows.find((r) => r[9] === "rauf.huseynov@example.org")!.slice(3, 7)).toEqual([
      "Глава делегации",
      "Подтверждён",
      "Гражданское общество",
      "Имя публикуется",
    ]);
  });

  it("re-importing the exported roster creates nobody: everyone is already invited, the heads are refused", async () => {
    for (const locale of ["en", "ru"]) {
      const csv = await (await exportAs(ids.organizerId, { locale })).text();
      const report = parseInvitationCsv(csv, {
        parties: [
          { id: ids.parties.Azerbaijan, name: "Azerbaijan" },
          { id: ids.parties.Armenia, name: "Armenia" },
        ],
        existingEmails: new Set([...demoMembers.map((m) => m.email), evilEmail]),
      });
      expect(report.rows, locale).toEqual([]);
      const heads = demoMembers.filter((m) => m.role === "head");
      expect(report.problems, locale).toEqual(heads.map(() => expect.objectContaining({ field: "role", code: "unknownRole" })));
      expect(report.alreadyInvited, locale).toHaveLength(demoMembers.length + 1 - heads.length);
    }
  });
});

describe("roster export: the file a spreadsheet opens", () => {
  // Armenian, Azerbaijani Latin (ə ğ ı ş, and the dotted İ) and Cyrillic, as delegates write their names.
  const NAMES = [
    { nameLatin: "Ani Grigoryan", nameNative: "Անի Գրիգորյան", organization: "Երևանի մամուլի ակումբ", email: "ani.scripts@example.org" },
    { nameLatin: "Ilgar Shahin", nameNative: "İlqar Şahin oğlu Əliyev", organization: "Sülh körpüsü: ağıllı dialoq", email: "ilgar.scripts@example.org" },
    { nameLatin: "Irina Yolkina", nameNative: "Ирина Ёлкина", organization: "ООО «Мост мира»", email: "irina.scripts@example.org" },
  ];

  beforeAll(async () => {
    for (const name of NAMES) {
      const [person] = await db()
        .insert(people)
        .values({ initiativeId: ids.initiativeId, sector: "civil_society", ...name })
        .returning({ id: people.id });
      await db().insert(delegationMembers).values({ delegationId: ids.delegations.Armenia, eventId: ids.eventId, personId: person!.id });
    }
  });

  it.each(["en", "hy", "az", "ru"])("starts with the UTF-8 BOM and reads back, in %s, with every script as written", async (locale) => {
    const bytes = new Uint8Array(await (await exportAs(ids.organizerId, { locale })).arrayBuffer());
    // EF BB BF: what makes Excel and LibreOffice read the file as UTF-8 rather than in the system's code page.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Strict UTF-8 from the fourth byte on, parsed by csv-parse (not by the writer, csv-stringify).
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header).toHaveLength(13);
    for (const name of NAMES) {
      const row = rows.find((r) => r[9] === name.email);
      expect(row?.slice(1, 3), name.email).toEqual([name.nameLatin, name.nameNative]);
      expect(row?.[7], name.email).toBe(name.organization);
    }
  });
});

describe("roster export: everyone else", () => {
  it("an organizer of another initiative gets 404 and nothing is audited", async () => {
    const other = await createOrganizerUser(db(), "other-organizer");
    const before = (await exportAudits()).length;
    const response = await exportAs(other.userId);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("@example.org");
    expect(await exportAudits()).toHaveLength(before);
  });

  it("a delegate of the event gets 404", async () => {
    const response = await exportAs(ids.delegateId);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("the anonymous get 401", async () => {
    const response = await exportAs(null);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Sign in as an organizer to download the roster.");
  });

  it("a malformed event id or an unknown locale is 404, not an error", async () => {
    expect((await exportAs(ids.organizerId, { eventId: "not-a-uuid" })).status).toBe(404);
    expect((await exportAs(ids.organizerId, { eventId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await exportAs(ids.organizerId, { locale: "xx" })).status).toBe(404);
  });
});

/**
 * The cells of a workbook's first sheet, read with a zip reader and an XML parser of our own (not
 * the library that wrote it): shared strings resolved, inline strings read, formulas refused.
 */
function readWorkbook(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const xml = (name: string) => (files[name] ? strFromU8(files[name]!) : "");
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["row", "c", "si", "r"].includes(name) });
  const sheet = xml("xl/worksheets/sheet1.xml");
  expect(sheet).not.toMatch(/<f[ >]/);
  const textOf = (node: unknown): string =>
    typeof node === "string" || typeof node === "number"
      ? String(node)
      : node && typeof node === "object"
        ? "#text" in node
          ? String((node as { "#text": unknown })["#text"])
          : "t" in node
            ? textOf((node as { t: unknown }).t)
            : "r" in node
              ? ((node as { r: unknown[] }).r ?? []).map(textOf).join("")
              : ""
        : "";
  const shared = ((parser.parse(xml("xl/sharedStrings.xml") || "<sst/>") as { sst?: { si?: unknown[] } }).sst?.si ?? []).map(textOf);
  const rows = (parser.parse(sheet) as { worksheet: { sheetData: { row?: { c?: Record<string, unknown>[] }[] } } }).worksheet.sheetData.row ?? [];
  return rows.map((row) => {
    const cells: string[] = [];
    for (const cell of row.c ?? []) {
      const column = String(cell["@r"]).replace(/\d+$/, "");
      const index = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const value = cell["@t"] === "s" ? shared[Number(cell.v)]! : cell["@t"] === "inlineStr" ? textOf(cell.is) : textOf(cell.v);
      cells[index] = value;
    }
    return Array.from(cells, (value) => value ?? "");
  });
}
