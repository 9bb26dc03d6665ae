// The organizer's invitation list (pasted text or an uploaded file) parsed and checked before
// anything is written. Pure: the caller passes the event's parties and the e-mails already in the
// event, and decides what to do with the report. Files come from Excel in several locales, so the
// format is taken as it comes (delimiter, BOM, line endings, Russian headers) and every problem is
// reported with the line the user can find it on.
import { CsvError, parse } from "csv-parse/sync";
import { unescapeSpreadsheetCell, toSpreadsheetSafeCsv } from "@/lib/csv/spreadsheet-safe";
import type { ListingConsent } from "./consent";
import { optionalEmailInput, optionalPhoneInput } from "./schema";

export type ImportParty = { id: string; name: string; aliases?: string[] };

export type ImportSector = "civil_society" | "expert" | "media" | "other";
/** "head" is not importable: there is one head per delegation, chosen on the roster. */
export type ImportRole = "member" | "expert" | "journalist" | "staff";

export type ImportRow = {
  /** 1-based line in the text where the row starts (header = line 1). */
  line: number;
  nameLatin: string;
  nameNative: string;
  /** Lower-cased and trimmed. */
  email: string;
  partyId: string;
  partyName: string;
  sector: ImportSector;
  organization: string;
  position: string;
  phone: string;
  role: ImportRole;
  /**
   * The listing consent the person gave, as the organizer recorded it in the file's consent column;
   * null when the file does not say (the import form's explicit choice applies: never "public").
   */
  consent: ListingConsent | null;
};

export type ImportColumn = "nameLatin" | "nameNative" | "email" | "party" | "sector" | "organization" | "position" | "phone" | "role" | "consent";

export type ImportProblemCode =
  | "missingColumn"
  | "required"
  | "invalidEmail"
  | "duplicateInFile"
  | "unknownParty"
  | "unknownSector"
  | "unknownRole"
  | "unknownConsent"
  | "invalidPhone"
  | "tooLong"
  | "tooManyRows"
  | "fileTooLarge"
  | "unreadable"
  | "misread";

/**
 * line 0 = the whole file (fileTooLarge, tooManyRows, required = nothing to read); misread is the
 * first line holding U+FFFD, the mark of text decoded in the wrong encoding. `value` says
 * what was wrong: the cell as written; for tooLong, tooManyRows and fileTooLarge the limit; for
 * duplicateInFile the line of the first occurrence; for missingColumn the template's header name;
 * for a header repeated twice (field "header", duplicateInFile) the header as written.
 */
export type ImportProblem = { line: number; field: "file" | "header" | ImportColumn; code: ImportProblemCode; value?: string };

export type ImportReport = {
  /** Valid rows not yet in the event: to import. */
  rows: ImportRow[];
  /** Valid rows whose e-mail is already a member of this event: skipped, so importing a file twice creates nothing. */
  alreadyInvited: { line: number; email: string; name: string }[];
  /** Every problem of every row; a row with any problem is not imported. A file or header problem stops the import. */
  problems: ImportProblem[];
  /** Headers that match no column, as written: not an error, shown as a notice. */
  ignoredColumns: string[];
  /** Data rows in the file, empty rows not counted. */
  totalRows: number;
};

export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_TEXT = 200;

/** The template's header, in the order of the template. Matching is case-insensitive and order-free. */
export const INVITATION_CSV_HEADER: Record<ImportColumn, string> = {
  nameLatin: "name",
  nameNative: "native name",
  email: "email",
  party: "party",
  sector: "sector",
  organization: "organization",
  position: "position",
  phone: "phone",
  role: "role",
  consent: "consent",
};
export const INVITATION_CSV_REQUIRED_COLUMNS: readonly ImportColumn[] = ["nameLatin", "email", "party", "sector"];

/** Column keys in template order, e.g. for a help text listing what the file may contain. */
export const INVITATION_CSV_COLUMNS = Object.keys(INVITATION_CSV_HEADER) as readonly ImportColumn[];

/** Header + one example row, with a BOM so Excel shows the Azerbaijani native name correctly. */
export const INVITATION_CSV_TEMPLATE = toSpreadsheetSafeCsv(Object.values(INVITATION_CSV_HEADER), [
  ["Aygun Mammadova", "Aygün Məmmədova", "aygun@example.org", "Azerbaijan", "civil_society", "Peace Bridge NGO", "Director", "012 345 67 89", "member", "none"],
]);

// Aliases in English, Russian, Azerbaijani and Armenian, including the labels of the person form, so
// a list typed by hand in any interface language is understood. Keys are normalized (see `norm`).
const COLUMN_ALIASES: Record<ImportColumn, string[]> = {
  nameLatin: [
    "name",
    "name (latin)",
    "name (latin script)",
    "name latin",
    "latin name",
    "full name",
    "имя",
    "имя (латиницей)",
    "имя латиницей",
    "ad",
    "ad soyad",
    "ad (latın əlifbası ilə)",
    "ad latın əlifbası ilə",
    "անուն",
    "անուն ազգանուն",
    "անուն (լատինատառ)",
    "անունը լատինատառ",
  ],
  nameNative: [
    "native name",
    "name (native)",
    "name (native script)",
    "name native",
    "имя (в оригинальном написании)",
    "имя (на родном языке)",
    "имя на родном языке",
    "имя (оригинал)",
    "ana dilində ad",
    "ad (ana dilinin əlifbası ilə)",
    "ad öz əlifbanızla",
    "անուն (մայրենի գրով)",
    "անունը մայրենի գրով",
  ],
  email: [
    "email",
    "e-mail",
    "e mail",
    "email address",
    "e-mail address",
    "почта",
    "электронная почта",
    "эл. почта",
    "e-mail адрес",
    "e-poçt",
    "e-poçt ünvanı",
    "elektron poçt",
    "էլ. փոստ",
    "էլ.փոստ",
    "էլեկտրոնային փոստ",
  ],
  party: ["party", "side", "delegation", "сторона", "делегация", "tərəf", "nümayəndə heyəti", "կողմ", "պատվիրակություն"],
  sector: ["sector", "сектор", "сфера", "sektor", "ոլորտ"],
  organization: ["organization", "organisation", "организация", "təşkilat", "կազմակերպություն"],
  position: ["position", "job title", "должность", "vəzifə", "պաշտոն"],
  phone: ["phone", "telephone", "phone number", "телефон", "telefon", "mobil telefon", "հեռախոս", "բջջային հեռախոս"],
  role: ["role", "роль", "rol", "դեր"],
  consent: [
    "consent",
    "listing",
    "listing consent",
    "согласие",
    "публикация имени",
    "согласие на публикацию имени",
    "razılıq",
    "adın göstərilməsi",
    "adın göstərilməsinə razılıq",
    "համաձայնություն",
    "անվան հրապարակում",
    "անվան հրապարակման համաձայնություն",
  ],
};

const SECTOR_ALIASES: Record<ImportSector, string[]> = {
  civil_society: ["civil_society", "civil society", "гражданское общество", "vətəndaş cəmiyyəti", "քաղաքացիական հասարակություն"],
  expert: [
    "expert",
    "experts",
    "expert community",
    "эксперт",
    "эксперты",
    "экспертное сообщество",
    "ekspert",
    "ekspertlər",
    "ekspert birliyi",
    "փորձագետ",
    "փորձագետներ",
    "փորձագիտական համայնք",
  ],
  media: ["media", "сми", "медиа", "kütləvi informasiya vasitələri", "լրատվամիջոցներ", "մեդիա"],
  other: ["other", "другое", "прочее", "digər", "այլ"],
};

const ROLE_ALIASES: Record<ImportRole, string[]> = {
  member: ["member", "delegate", "член делегации", "участник", "делегат", "üzv", "nümayəndə", "անդամ", "պատվիրակ"],
  expert: ["expert", "эксперт", "ekspert", "փորձագետ"],
  journalist: ["journalist", "журналист", "jurnalist", "լրագրող"],
  staff: ["staff", "сотрудник", "персонал", "heyət əməkdaşı", "əməkdaş", "աշխատակազմ", "աշխատակից"],
};

// What each person agreed to, in the words of the person form's choices in every interface language.
const CONSENT_ALIASES: Record<ListingConsent, string[]> = {
  public: ["public", "listed publicly", "публично", "имя публикуется", "ictimai", "ad ictimai göstərilir", "հանրային", "անունը հրապարակային է"],
  delegates: [
    "delegates",
    "delegates only",
    "visible to delegates only",
    "делегатам",
    "только делегатам",
    "видно только делегатам",
    "nümayəndələr",
    "yalnız nümayəndələrə görünür",
    "պատվիրակներին",
    "տեսանելի է միայն պատվիրակներին",
  ],
  none: [
    "none",
    "not listed",
    "не публикуется",
    "имя не публикуется",
    "не указывать",
    "göstərilmir",
    "ad göstərilmir",
    "չի հրապարակվում",
    "անունը չի հրապարակվում",
  ],
};

/** Case-, whitespace- and ё/е-insensitive; "civil_society" and "civil society" compare equal. */
function norm(value: string): string {
  return value.toLowerCase().replace(/ё/g, "е").replace(/_/g, " ").replace(/\s+/g, " ").trim();
}

function lookup<K extends string>(aliases: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as [K, string[]][]) for (const name of names) map.set(norm(name), key);
  return map;
}

const COLUMNS_BY_HEADER = lookup(COLUMN_ALIASES);
const SECTORS_BY_NAME = lookup(SECTOR_ALIASES);
const ROLES_BY_NAME = lookup(ROLE_ALIASES);
const CONSENTS_BY_NAME = lookup(CONSENT_ALIASES);

/** The delimiter used most often outside quotes in the header line: `;` from Excel in a Russian locale, tab from a paste. */
function detectDelimiter(text: string): string {
  const headerLine = text.split("\n").find((line) => line.trim() !== "") ?? "";
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

type Parsed = { line: number; cells: string[] }[];

function readRecords(text: string): Parsed | ImportProblem {
  try {
    // With `info: true` each record comes as { record, info } (csv-parse's types do not model the option).
    const records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      relax_column_count: true,
      // `ООО "Ромашка"` unquoted is common in Russian lists: keep the quotes as text.
      relax_quotes: true,
      // Empty lines are kept (and dropped below) so that each record's first line is the line after the previous record's last.
      skip_empty_lines: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let previousEnd = 0;
    return records.map(({ record, info }) => {
      const line = previousEnd + 1;
      previousEnd = info.lines;
      return { line, cells: record.map((cell) => unescapeSpreadsheetCell(cell.trim())) };
    });
  } catch (error) {
    if (error instanceof CsvError) return { line: typeof error.lines === "number" ? error.lines : 0, field: "file", code: "unreadable" };
    throw error;
  }
}

function byteLength(text: string): number {
  // UTF-8 takes at least one byte per UTF-16 unit: a long text is too large without encoding it.
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

export function parseInvitationCsv(text: string, context: { parties: ImportParty[]; existingEmails: ReadonlySet<string> }): ImportReport {
  const report: ImportReport = { rows: [], alreadyInvited: [], problems: [], ignoredColumns: [], totalRows: 0 };
  const fail = (problem: ImportProblem) => ({ ...report, problems: [problem] });

  if (byteLength(text) > MAX_IMPORT_BYTES) return fail({ line: 0, field: "file", code: "fileTooLarge", value: String(MAX_IMPORT_BYTES) });
  const body = text.replace(/^\uFEFF/, "");
  // U+FFFD is what a decoder leaves for bytes it could not read: the list was misread (or pasted
  // from a copy that was), and names saved from it would be wrong for good. Nothing is imported.
  const misread = body.indexOf("\uFFFD");
  if (misread >= 0) return fail({ line: body.slice(0, misread).split("\n").length, field: "file", code: "misread" });
  const parsed = readRecords(body);
  if (!Array.isArray(parsed)) return fail(parsed);
  const records = parsed.filter((r) => r.cells.some((cell) => cell !== ""));
  const [header, ...data] = records;
  if (!header) return fail({ line: 0, field: "file", code: "required" });
  report.totalRows = data.length;

  const columns = new Map<ImportColumn, number>();
  header.cells.forEach((name, index) => {
    const column = COLUMNS_BY_HEADER.get(norm(name.replace(/\*$/, "")));
    if (!column) {
      if (name !== "") report.ignoredColumns.push(name);
    } else if (columns.has(column)) {
      report.problems.push({ line: header.line, field: "header", code: "duplicateInFile", value: name });
    } else columns.set(column, index);
  });
  for (const column of INVITATION_CSV_REQUIRED_COLUMNS) {
    if (!columns.has(column)) report.problems.push({ line: header.line, field: column, code: "missingColumn", value: INVITATION_CSV_HEADER[column] });
  }
  if (report.problems.length > 0) return report;
  if (data.length > MAX_IMPORT_ROWS) return fail({ line: 0, field: "file", code: "tooManyRows", value: String(MAX_IMPORT_ROWS) });

  const partiesByName = new Map<string, ImportParty>();
  for (const party of context.parties) for (const name of [party.name, ...(party.aliases ?? [])]) partiesByName.set(norm(name), party);
  const firstLineOfEmail = new Map<string, number>();

  for (const { line, cells } of data) {
    const cell = (column: ImportColumn) => {
      const index = columns.get(column);
      return index === undefined ? "" : (cells[index] ?? "");
    };
    const checked = checkRow(line, cell, partiesByName, firstLineOfEmail);
    if ("problems" in checked) report.problems.push(...checked.problems);
    else if (context.existingEmails.has(checked.email)) report.alreadyInvited.push({ line, email: checked.email, name: checked.nameLatin });
    else report.rows.push(checked);
  }
  return report;
}

/** One data row: the row to import, or every problem it has. Records its e-mail for the duplicate check. */
function checkRow(
  line: number,
  cell: (column: ImportColumn) => string,
  partiesByName: ReadonlyMap<string, ImportParty>,
  firstLineOfEmail: Map<string, number>,
): ImportRow | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (field: ImportColumn, code: ImportProblemCode, value?: string) =>
    problems.push(value === undefined ? { line, field, code } : { line, field, code, value });
  const text = (column: ImportColumn, required: boolean) => {
    const value = cell(column);
    if (required && value === "") problem(column, "required");
    else if (value.length > MAX_TEXT) problem(column, "tooLong", String(MAX_TEXT));
    return value;
  };
  /** The shared form rule for e-mail and phone; its messages are already problem codes. */
  const contact = (column: "email" | "phone", result: { error?: { issues: { message: string }[] } }, max: number) => {
    const code = result.error?.issues[0]?.message as "tooLong" | "invalidEmail" | "invalidPhone" | undefined;
    if (code) problem(column, code, code === "tooLong" ? String(max) : cell(column));
  };
  const match = <K>(column: ImportColumn, known: ReadonlyMap<string, K>, unknown: ImportProblemCode) => {
    const found = known.get(norm(cell(column)));
    if (cell(column) === "") problem(column, "required");
    else if (found === undefined) problem(column, unknown, cell(column));
    return found;
  };

  // In template order, so a row's problems read left to right.
  const nameLatin = text("nameLatin", true);
  const nameNative = text("nameNative", false);
  const email = optionalEmailInput.safeParse(cell("email"));
  if (cell("email") === "") problem("email", "required");
  else contact("email", email, 254);
  if (email.success && email.data !== "") {
    const first = firstLineOfEmail.get(email.data);
    if (first === undefined) firstLineOfEmail.set(email.data, line);
    else problem("email", "duplicateInFile", String(first));
  }
  const party = match("party", partiesByName, "unknownParty");
  const sector = match("sector", SECTORS_BY_NAME, "unknownSector");
  const organization = text("organization", false);
  const position = text("position", false);
  const phone = optionalPhoneInput.safeParse(cell("phone"));
  contact("phone", phone, 40);
  const role = cell("role") === "" ? "member" : match("role", ROLES_BY_NAME, "unknownRole");
  // An empty cell (or no column) says nothing: the form's explicit choice applies, never an assumed "public".
  const consent = cell("consent") === "" ? null : match("consent", CONSENTS_BY_NAME, "unknownConsent");

  if (problems.length > 0 || !email.success || !party || !sector || !role || consent === undefined || !phone.success) return { problems };
  return {
    line,
    nameLatin,
    nameNative,
    email: email.data,
    partyId: party.id,
    partyName: party.name,
    sector,
    organization,
    position,
    phone: phone.data,
    role,
    consent,
  };
}
