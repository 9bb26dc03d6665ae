import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { DelegateViewer } from "@/lib/auth/viewer";
import { getMyDeletionRequest } from "@/lib/privacy/deletion";
import { formatDay } from "@/lib/time/format";
import { DeletionRequestForm } from "./deletion-request-form";

const day = (d: Date, locale: string) => formatDay(d.toISOString().slice(0, 10), locale);

/** "Your data": download everything held about me, and ask for it to be deleted. */
export async function YourData({ viewer }: { viewer: DelegateViewer }) {
  const t = await getTranslations("myData");
  const locale = await getLocale();
  const request = await getMyDeletionRequest(viewer);
  return (
    <section aria-labelledby="your-data-heading" className="space-y-4 rounded border border-line bg-white p-4">
      <h2 id="your-data-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="space-y-2">
        <p className="text-sm">{t("download.intro")}</p>
        <p className="text-sm text-muted">{t("download.documentsNote")}</p>
        <a href={`/${locale}/my-details/export`} download className="inline-block rounded border border-line px-4 py-2 font-medium text-accent hover:bg-paper">
          {t("download.link")}
        </a>
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">{t("deletion.title")}</h3>
        <p className="text-sm">{t("deletion.intro")}</p>
        <ClientMessages namespaces={["errors", "myData"]}>
          <DeletionRequestForm
            request={
              request && request.status !== "done"
                ? {
                    status: request.status,
                    reason: request.reason,
                    requestedOn: day(request.requestedAt, locale),
                    decidedOn: request.decidedAt ? day(request.decidedAt, locale) : "",
                    decisionNote: request.decisionNote,
                  }
                : null
            }
          />
        </ClientMessages>
      </div>
    </section>
  );
}
