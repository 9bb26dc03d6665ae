// "Download all my data": everything held about the signed-in delegate as one JSON file. Only for
// that delegate (anonymous → 401, organizers → 404: the download does not exist for them), never
// cached, and audited (lib/privacy/export).
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getViewer } from "@/lib/auth/viewer";
import { exportMyData } from "@/lib/privacy/export";
import { exportFileName } from "@/lib/privacy/rules";

function text(status: number, body: string): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/my-details/export">) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "myData" });
  if (!hasLocale(routing.locales, requested)) return text(404, t("download.notFound"));

  const viewer = await getViewer();
  // A download link: a 401 with a sentence, not a redirect that would save the sign-in page as .json.
  if (!viewer) return text(401, t("download.signInRequired"));
  const data = viewer.kind === "delegate" ? await exportMyData(viewer) : null;
  if (!data) return text(404, t("download.notFound"));

  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(new Date(data.exportedAt))}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
