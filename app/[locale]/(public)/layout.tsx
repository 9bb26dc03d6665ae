import { PageFrame } from "@/components/layout/page-frame";
import { CachedSiteHeader } from "@/components/layout/site-header";
import { pageLocale } from "@/i18n/page-locale";

/** Public pages: served from the cache, so the header does not read the session; reading width. */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  await pageLocale(params);
  return (
    <PageFrame header={<CachedSiteHeader />}>
      <div className="mx-auto max-w-5xl">{children}</div>
    </PageFrame>
  );
}
