import { getTranslations } from "next-intl/server";
import { PageFrame } from "@/components/layout/page-frame";
import { CachedSiteHeader } from "@/components/layout/site-header";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  // Outside every route group's frame: it brings its own (the cached header: a 404 may be cached).
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
