import { describe, expect, it } from "vitest";
import { INVITATION_CSV_TEMPLATE, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseInvitationCsv, type ImportParty } from "./csv-import";

const AZ = "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
const AM = "7d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a";
const parties: ImportParty[] = [
  { id: AZ, name: "Azerbaijan", aliases: ["AZ", "Азербайджан"] },
  { id: AM, name: "Armenia", aliases: ["AM", "Армения"] },
];
const none = new Set<string>();

const parseCsv = (text: string, existingEmails: ReadonlySet<string> = none) => parseInvitationCsv(text, { parties, existingEmails });

const HEADER = "name,email,party,sector";

describe("parseInvitationCsv: format", () => {
  it("reads a minimal file with defaults for the optional columns", () => {
    const report = parseCsv(`${HEADER}\nAygun Mammadova,aygun@example.org,Azerbaijan,media\n`);
    expect(report.problems).toEqual([]);
    expect(report.totalRows).toBe(1);
    expect(report.rows).toEqual([
      {
        line: 2,
        nameLatin: "Aygun Mammadova",
        nameNative: "",
        email: "aygun@example.org",
        partyId: AZ,
        partyName: "Azerbaijan",
        sector: "media",
        organization: "",
        position: "",
        phone: "",
        role: "member",
        consent: null,
      },
    ]);
  });

  it("tolerates a UTF-8 BOM, CRLF and trailing empty lines", () => {
    const report = parseCsv(`\uFEFF${HEADER}\r\nA,a@example.org,Armenia,expert\r\n\r\n\r\n`);
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.email)).toEqual(["a@example.org"]);
    expect(report.totalRows).toBe(1);
  });

  it("detects `;` (Excel in a Russian locale) and tab delimiters from the header", () => {
    const semicolon = parseCsv("name;email;party;sector;organization\nA;a@example.org;Armenia;media;Org, Ltd\n");
    expect(semicolon.rows[0]).toMatchObject({ email: "a@example.org", organization: "Org, Ltd" });
    const tab = parseCsv("name\temail\tparty\tsector\nA, B\ta@example.org\tArmenia\tmedia\n");
    expect(tab.rows[0]).toMatchObject({ nameLatin: "A, B", email: "a@example.org" });
  });

  it("reads quoted commas, doubled quotes and embedded newlines; line numbers count physical lines", () => {
    const text = [
      "name,email,party,sector,organization,position",
      '"Mammadova, Aygun",a@example.org,AZ,media,"News ""Agency""","Editor,',
      'in chief"',
      "B,b@example.org,AM,nonsense,,",
    ].join("\n");
    const report = parseCsv(text);
    expect(report.rows[0]).toMatchObject({ line: 2, nameLatin: "Mammadova, Aygun", organization: 'News "Agency"', position: "Editor,\nin chief" });
    expect(report.problems).toEqual([{ line: 4, field: "sector", code: "unknownSector", value: "nonsense" }]);
  });

  it('keeps unquoted inner quotes as text (ООО "Ромашка")', () => {
    const report = parseCsv(`${HEADER},organization\nA,a@example.org,AZ,media,ООО "Ромашка"\n`);
    expect(report.rows[0]?.organization).toBe('ООО "Ромашка"');
  });

  it("trims every cell and skips completely empty rows (also `;;;` rows) silently, keeping line numbers", () => {
    const report = parseCsv("name;email;party;sector\n\n  A  ;  A@Example.ORG ; azerbaijan ;  Media \n;;;\n\nB;b@example.org;AM;other\n");
    expect(report.problems).toEqual([]);
    expect(report.totalRows).toBe(2);
    expect(report.rows.map((r) => [r.line, r.nameLatin, r.email, r.partyId, r.sector])).toEqual([
      [3, "A", "a@example.org", AZ, "media"],
      [6, "B", "b@example.org", AM, "other"],
    ]);
  });

  it("reports an unreadable file (a quote never closed) without throwing", () => {
    const report = parseCsv(`${HEADER}\n"A,a@example.org,AZ,media\n`);
    expect(report.rows).toEqual([]);
    expect(report.problems).toEqual([{ line: 2, field: "file", code: "unreadable" }]);
  });

  it("reports an empty file", () => {
    expect(parseCsv("\uFEFF\n\n").problems).toEqual([{ line: 0, field: "file", code: "required" }]);
  });

  it("the template parses back to one valid row", () => {
    const report = parseCsv(INVITATION_CSV_TEMPLATE);
    expect(report.problems).toEqual([]);
    expect(report.ignoredColumns).toEqual([]);
    expect(report.rows).toHaveLength(1);
    expect(INVITATION_CSV_TEMPLATE.startsWith("\uFEFFname,native name,email,party,sector,organization,position,phone,role,consent\r\n")).toBe(true);
  });

  it("reads back a phone that a spreadsheet-safe export prefixed with a quote", () => {
    const report = parseCsv(`${HEADER},phone\nA,a@example.org,AZ,media,'+994 12 345 67 89\n`);
    expect(report.rows[0]?.phone).toBe("+994 12 345 67 89");
  });

  it("imports nothing from a misread list (U+FFFD, what a decoder leaves for bytes it could not read), and names its line", () => {
    const misread = `${HEADER}\nAygun Mammadova,aygun@example.org,Azerbaijan,media\n\uFFFD\uFFFD\uFFFD\uFFFD,b@example.org,Armenia,media\n`;
    expect(parseCsv(misread)).toEqual({
      rows: [],
      alreadyInvited: [],
      problems: [{ line: 3, field: "file", code: "misread" }],
      ignoredColumns: [],
      totalRows: 0,
    });
  });
});

describe("parseInvitationCsv: header", () => {
  it("matches aliases in Russian, in any order, case-insensitively, and ignores unknown columns with a notice", () => {
    const text =
      "Сторона; ПОЧТА ;Имя;Сектор;Организация;Должность;Телефон;Роль;Примечание\nАрмения;a@example.org;Aram;Гражданское общество;NGO;Chair;+374 10 123456;Эксперт;x\n";
    const report = parseCsv(text);
    expect(report.problems).toEqual([]);
    expect(report.ignoredColumns).toEqual(["Примечание"]);
    expect(report.rows[0]).toMatchObject({
      nameLatin: "Aram",
      email: "a@example.org",
      partyId: AM,
      sector: "civil_society",
      organization: "NGO",
      position: "Chair",
      phone: "+374 10 123456",
      role: "expert",
    });
  });

  it("matches Azerbaijani and Armenian aliases of columns, sectors and roles", () => {
    const azerbaijani = parseCsv(
      "Ad;Ana dilində ad;E-poçt;Tərəf;Sektor;Təşkilat;Vəzifə;Telefon;Rol\nAygun;Aygün;a@example.org;AZ;Vətəndaş cəmiyyəti;QHT;Sədr;+994 12 1234567;Jurnalist\n",
    );
    expect(azerbaijani.problems).toEqual([]);
    expect(azerbaijani.rows[0]).toMatchObject({
      nameLatin: "Aygun",
      nameNative: "Aygün",
      partyId: AZ,
      sector: "civil_society",
      organization: "QHT",
      position: "Sədr",
      role: "journalist",
    });
    const armenian = parseCsv(
      "Անուն,Անունը մայրենի գրով,Էլ. փոստ,Կողմ,Ոլորտ,Կազմակերպություն,Պաշտոն,Հեռախոս,Դեր\nAram,Արամ,b@example.org,AM,Փորձագիտական համայնք,ՀԿ,Նախագահ,+374 10 123456,Փորձագետ\n",
    );
    expect(armenian.problems).toEqual([]);
    expect(armenian.rows[0]).toMatchObject({
      nameLatin: "Aram",
      nameNative: "Արամ",
      partyId: AM,
      sector: "expert",
      organization: "ՀԿ",
      position: "Նախագահ",
      role: "expert",
    });
  });

  it("matches English aliases (E-mail, Name (Latin), Organisation, Native name)", () => {
    const report = parseCsv("Name (Latin),Native name,E-mail,Party,Sector,Organisation\nA,Ә,a@example.org,AZ,civil society,Org\n");
    expect(report.rows[0]).toMatchObject({ nameLatin: "A", nameNative: "Ә", organization: "Org", sector: "civil_society" });
  });

  it("refuses a file that lacks a required column, naming each missing one, and imports nothing", () => {
    const report = parseCsv("name,organization,party\nA,Org,AZ\n");
    expect(report.rows).toEqual([]);
    expect(report.problems).toEqual([
      { line: 1, field: "email", code: "missingColumn", value: "email" },
      { line: 1, field: "sector", code: "missingColumn", value: "sector" },
    ]);
  });

  it("refuses a column given twice (name and имя)", () => {
    const report = parseCsv("name,имя,email,party,sector\nA,B,a@example.org,AZ,media\n");
    expect(report.rows).toEqual([]);
    expect(report.problems).toEqual([{ line: 1, field: "header", code: "duplicateInFile", value: "имя" }]);
  });
});

describe("parseInvitationCsv: rows", () => {
  it("lists every problem of every row and imports only the valid rows", () => {
    const text = [`${HEADER},phone`, ",not-an-email,Georgia,science,abc", "B,b@example.org,AM,media,", ",,,,", "C,,,,"].join("\n");
    const report = parseCsv(text);
    expect(report.rows.map((r) => r.line)).toEqual([3]);
    expect(report.problems).toEqual([
      { line: 2, field: "nameLatin", code: "required" },
      { line: 2, field: "email", code: "invalidEmail", value: "not-an-email" },
      { line: 2, field: "party", code: "unknownParty", value: "Georgia" },
      { line: 2, field: "sector", code: "unknownSector", value: "science" },
      { line: 2, field: "phone", code: "invalidPhone", value: "abc" },
      { line: 5, field: "email", code: "required" },
      { line: 5, field: "party", code: "required" },
      { line: 5, field: "sector", code: "required" },
    ]);
    expect(report.totalRows).toBe(3);
  });

  it.each(["not-an-email", "a@", "@example.org", "a b@example.org"])("bad email %j → invalidEmail", (email) => {
    expect(parseCsv(`${HEADER}\nA,${email},AZ,media\n`).problems).toEqual([{ line: 2, field: "email", code: "invalidEmail", value: email }]);
  });

  it("matches parties by name or alias, ignoring case and spaces, Russian names included", () => {
    const rows = ["  ARMENIA ", "am", "Армения", "Azerbaijan", "az", "азербайджан"].map((p, i) => `N${i},n${i}@example.org,${p},media`);
    const report = parseCsv([HEADER, ...rows].join("\n"));
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.partyId)).toEqual([AM, AM, AM, AZ, AZ, AZ]);
    expect(report.rows.map((r) => r.partyName)).toEqual(["Armenia", "Armenia", "Armenia", "Azerbaijan", "Azerbaijan", "Azerbaijan"]);
  });

  it("matches sectors by code or English/Russian label", () => {
    const labels = ["civil_society", "Civil Society", "гражданское общество", "expert", "Эксперт", "Expert community", "media", "СМИ", "other", "Другое"];
    const report = parseCsv([HEADER, ...labels.map((s, i) => `N${i},n${i}@example.org,AZ,${s}`)].join("\n"));
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.sector)).toEqual([
      "civil_society",
      "civil_society",
      "civil_society",
      "expert",
      "expert",
      "expert",
      "media",
      "media",
      "other",
      "other",
    ]);
  });

  it("parses roles by code or label, defaults to member, and refuses head", () => {
    const roles = ["", "member", "Expert", "журналист", "Staff", "сотрудник"];
    const report = parseCsv([`${HEADER},role`, ...roles.map((r, i) => `N${i},n${i}@example.org,AZ,media,${r}`)].join("\n"));
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => r.role)).toEqual(["member", "member", "expert", "journalist", "staff", "staff"]);

    for (const head of ["head", "Head of delegation", "Глава делегации", "captain"]) {
      const refused = parseCsv(`${HEADER},role\nA,a@example.org,AZ,media,${head}\n`);
      expect(refused.rows).toEqual([]);
      expect(refused.problems).toEqual([{ line: 2, field: "role", code: "unknownRole", value: head }]);
    }
  });

  it("refuses text longer than 200 characters and a phone longer than 40", () => {
    const long = "x".repeat(201);
    const report = parseCsv(`${HEADER},organization,phone\n${long},a@example.org,AZ,media,${long},${"1".repeat(41)}\n`);
    expect(report.problems).toEqual([
      { line: 2, field: "nameLatin", code: "tooLong", value: "200" },
      { line: 2, field: "organization", code: "tooLong", value: "200" },
      { line: 2, field: "phone", code: "tooLong", value: "40" },
    ]);
    expect(parseCsv(`${HEADER}\n${"x".repeat(200)},a@example.org,AZ,media\n`).rows).toHaveLength(1);
  });

  it("a duplicate e-mail within the file: the first occurrence is valid, later ones point back to it", () => {
    const report = parseCsv(`${HEADER}\nA,a@example.org,AZ,media\nB,b@example.org,AM,media\nA2,A@EXAMPLE.org,AM,media\nA3,a@example.org,AZ,media\n`);
    expect(report.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(report.problems).toEqual([
      { line: 4, field: "email", code: "duplicateInFile", value: "2" },
      { line: 5, field: "email", code: "duplicateInFile", value: "2" },
    ]);
  });

  it("skips rows already invited, so importing the same file again creates nothing", () => {
    const text = `${HEADER}\nA,a@example.org,AZ,media\nB,B@example.org,AM,expert\n`;
    const first = parseCsv(text);
    expect(first.rows).toHaveLength(2);
    const second = parseCsv(text, new Set(first.rows.map((r) => r.email)));
    expect(second.rows).toEqual([]);
    expect(second.problems).toEqual([]);
    expect(second.alreadyInvited).toEqual([
      { line: 2, email: "a@example.org", name: "A" },
      { line: 3, email: "b@example.org", name: "B" },
    ]);
  });
});

describe("parseInvitationCsv: limits", () => {
  const row = (i: number) => `N${i},n${i}@example.org,AZ,media`;

  it(`accepts ${MAX_IMPORT_ROWS} rows and refuses one more, importing nothing`, () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => row(i));
    expect(parseCsv([HEADER, ...rows].join("\n")).rows).toHaveLength(MAX_IMPORT_ROWS);
    const over = parseCsv([HEADER, ...rows, row(MAX_IMPORT_ROWS)].join("\n"));
    expect(over.rows).toEqual([]);
    expect(over.totalRows).toBe(MAX_IMPORT_ROWS + 1);
    expect(over.problems).toEqual([{ line: 0, field: "file", code: "tooManyRows", value: String(MAX_IMPORT_ROWS) }]);
  });

  it("refuses a file over 1 MB, counting bytes (Cyrillic takes two)", () => {
    const big = `${HEADER}\n` + `я`.repeat(MAX_IMPORT_BYTES / 2);
    expect(big.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseCsv(big).problems).toEqual([{ line: 0, field: "file", code: "fileTooLarge", value: String(MAX_IMPORT_BYTES) }]);
  });
});

describe("parseInvitationCsv: listing consent", () => {
  it("reads a consent column in English or Russian, and assumes nothing where a cell is empty", () => {
    const report = parseCsv(
      [
        "name,email,party,sector,consent",
        "A,a@example.org,Azerbaijan,media,public",
        "B,b@example.org,Azerbaijan,media,delegates only",
        "C,c@example.org,Armenia,media,Not listed",
        "D,d@example.org,Armenia,media,",
      ].join("\n"),
    );
    expect(report.problems).toEqual([]);
    expect(report.rows.map((r) => [r.nameLatin, r.consent])).toEqual([
      ["A", "public"],
      ["B", "delegates"],
      ["C", "none"],
      ["D", null],
    ]);
    const russian = parseCsv(
      "Имя;Почта;Сторона;Сектор;Согласие\nА;a@example.org;Армения;СМИ;Имя не публикуется\nБ;b@example.org;Армения;СМИ;только делегатам\n",
    );
    expect(russian.problems).toEqual([]);
    expect(russian.rows.map((r) => r.consent)).toEqual(["none", "delegates"]);
  });

  it("leaves consent unsaid without the column, and reports a value it does not know", () => {
    expect(parseCsv(`${HEADER}\nA,a@example.org,Armenia,media\n`).rows[0]!.consent).toBeNull();
    const report = parseCsv("name,email,party,sector,consent\nA,a@example.org,Armenia,media,yes please\n");
    expect(report.rows).toEqual([]);
    expect(report.problems).toEqual([{ line: 2, field: "consent", code: "unknownConsent", value: "yes please" }]);
  });
});
