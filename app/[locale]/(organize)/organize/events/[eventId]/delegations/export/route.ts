// The organizer's roster as a CSV download for a spreadsheet. Personal data in bulk: checked on the
// server (a signed-in organizer of the event's initiative), audited, never cached, and written so
// that a spreadsheet cannot run anything a delegate typed (lib/csv/spreadsheet-safe), in UTF-8 with
// a byte-order mark, so that a double-click opens Armenian, Azerbaijani and Cyrillic names as written.
import { DateTime } from "luxon";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getViewer, type OrganizerViewer } from "@/lib/auth/viewer";
import { toSpreadsheetSafeCsv } from "@/lib/csv/spreadsheet-safe";
import type { RosterSelection } from "@/lib/delegations/bulk";
import { listRosterForExport } from "@/lib/delegations/roster-export";
import { FILTER_FIELDS, parseRosterFilter } from "@/lib/delegations/roster-filter";
import { rosterWorkbook } from "@/lib/delegations/roster-workbook";
import { getEventForOrganizer } from "@/lib/events/queries";

const COLUMNS = [
  "party",
  "nameLatin",
  "nameNative",
  "role",
  "status",
  "sector",
  "consent",
  "organization",
  "position",
  "email",
  "phone",
  "dietaryNeeds",
  "accessibilityNeeds",
] as const;

/**
 * What the roster's bulk bar asks for (its export buttons submit the bar's fields here): the ticked
 * people (`memberIds`), everyone matching the filter (`allShown` with its fields), or without
 * either the whole roster. Null when the filter names no choice of this event (answered 404).
 */
async function selectionOf(query: URLSearchParams, viewer: OrganizerViewer, eventId: string): Promise<RosterSelection | undefined | null> {
  if (query.get("allShown") === "on") {
    const event = await getEventForOrganizer(viewer, eventId);
    if (!event) return null;
    const raw = Object.fromEntries(FILTER_FIELDS.map((field) => [field, query.get(field) ?? ""]));
    const { filter, invalid } = parseRosterFilter(
      raw,
      event.parties.map((party) => party.id),
    );
    return invalid.length > 0 ? null : { filter };
  }
  const memberIds = query.getAll("memberIds");
  return memberIds.length > 0 ? { memberIds } : undefined;
}

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: RouteContext<"/[locale]/organize/events/[eventId]/delegations/export">) {
  const { locale: requested, eventId } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "rosterExport" });
  if (!hasLocale(routing.locales, requested)) return text(404, t("notFound"));

  const viewer = await getViewer();
  // A download link: a 401 with a sentence, not a redirect that would save the sign-in page as a .csv.
  if (!viewer) return text(401, t("signInRequired"));
  // Delegates and organizers of other initiatives learn nothing, not even that the event exists.
  if (viewer.kind !== "organizer") return text(404, t("notFound"));
  const selection = await selectionOf(new URL(request.url).searchParams, viewer, eventId);
  if (selection === null) return text(404, t("notFound"));
  if (selection === undefined && new URL(request.url).searchParams.has("fromBar")) return text(400, t("noneSelected"));
  const roster = await listRosterForExport(viewer, eventId, selection);
  if (!roster) return text(404, t("notFound"));

  const labels = await getTranslations({ locale, namespace: "person" });
  const rows = roster.members.map((m) => [
    m.partyName,
    m.nameLatin,
    m.nameNative,
    labels(`roles.${m.role}`),
    labels(`statuses.${m.status}`),
    labels(`sectors.${m.sector}`),
    labels(`consents.${m.consent}`),
    m.organization,
    m.position,
    m.email,
    m.phone,
    m.dietaryNeeds,
    m.accessibilityNeeds,
  ]);
  const header = COLUMNS.map((column) => t(`columns.${column}`));
  // The date the organizer would write on the file: today where the event takes place.
  const day = DateTime.now().setZone(roster.event.timeZone).toISODate() ?? DateTime.utc().toISODate();
  if (new URL(request.url).searchParams.get("format") === "xlsx") {
    const workbook = await rosterWorkbook(header, rows, t("sheetName"));
    return new Response(new Uint8Array(workbook), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${roster.event.slug}-roster-${day}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const csv = toSpreadsheetSafeCsv(header, rows);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${roster.event.slug}-roster-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
