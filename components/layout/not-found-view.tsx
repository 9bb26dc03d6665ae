import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PageFrame } from "./page-frame";
import { CachedSiteHeader } from "./site-header";

/**
 * "Page not found" under the site's header, so the reader has the navigation back. The cached
 * header: a 404 may be cached, and it must never name whoever asked first.
 */
export async function NotFoundView() {
  const t = await getTranslations("notFound");
  return (
    <PageFrame header={<CachedSiteHeader />}>
      <div className="max-w-xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-2">{t("body")}</p>
        <Link href="/" className="mt-4 inline-block text-accent underline">
          {t("home")}
        </Link>
      </div>
    </PageFrame>
  );
}
