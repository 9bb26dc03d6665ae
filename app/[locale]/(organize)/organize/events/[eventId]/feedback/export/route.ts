// The feedback survey's responses as a CSV download: one row per response, its party and its
// answers, never a name when the survey is anonymous (nor the party where the results keep it
// inside the total). Checked on the server (an organizer whose role manages the outcome), audited,
// never cached, spreadsheet-safe and with a byte-order mark (lib/csv/spreadsheet-safe).
import { DateTime } from "luxon";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getViewer } from "@/lib/auth/viewer";
import { toSpreadsheetSafeCsv } from "@/lib/csv/spreadsheet-safe";
import { listResponsesForExport } from "@/lib/feedback/queries";

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/organize/events/[eventId]/feedback/export">) {
  const { locale: requested, eventId } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "feedbackExport" });
  if (!hasLocale(routing.locales, requested)) return text(404, t("notFound"));

  const viewer = await getViewer();
  // A download link: a 401 with a sentence, not a redirect that would save the sign-in page as a .csv.
  if (!viewer) return text(401, t("signInRequired"));
  const data = viewer.kind === "organizer" ? await listResponsesForExport(viewer, eventId) : null;
  if (!data) return text(404, t("notFound"));

  const header = [t("party"), ...(data.anonymous ? [] : [t("name")]), ...data.questions.map((q) => q.prompt)];
  const rows = data.rows.map((r) => [r.party ?? t("partyWithheld"), ...(data.anonymous ? [] : [r.name]), ...r.answers]);
  const day = DateTime.now().setZone(data.event.timeZone).toISODate() ?? DateTime.utc().toISODate();
  return new Response(toSpreadsheetSafeCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${data.event.slug}-feedback-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
