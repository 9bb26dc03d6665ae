import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { viewerNav } from "@/lib/auth/viewer-nav";
import { LiveViewerLinks } from "./live-viewer-links";
import { ViewerLinks } from "./viewer-links";

async function HeaderFrame({ account }: { account: ReactNode }) {
  const t = await getTranslations("nav");
  const site = await getTranslations("site");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-accent no-underline">
          {site("name")}
        </Link>
        <nav aria-label={t("main")} className="flex w-full flex-wrap items-center gap-x-4 gap-y-2 text-sm sm:w-auto sm:flex-1">
          <Link href="/" className="underline-offset-4 hover:underline">
            {t("events")}
          </Link>
          <ClientMessages namespaces={["nav"]}>{account}</ClientMessages>
        </nav>
      </div>
    </header>
  );
}

/** For pages rendered per request (signed-in screens): the viewer's links are in the HTML. */
export async function SiteHeader() {
  return <HeaderFrame account={<ViewerLinks nav={await viewerNav(await getViewer())} />} />;
}

/**
 * For public pages served from the cache: nothing in it depends on who asks, so one copy serves
 * everyone and no reader's name is ever cached; the browser fills in the signed-in links.
 */
export async function CachedSiteHeader() {
  return <HeaderFrame account={<LiveViewerLinks />} />;
}
