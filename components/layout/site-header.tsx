import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Link } from "@/i18n/navigation";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { viewerNav } from "@/lib/auth/viewer-nav";
import { CloseOnNavigation } from "./close-on-navigation";
import { LiveViewerLinks } from "./live-viewer-links";
import { ViewerLinks } from "./viewer-links";

async function HeaderFrame({ account }: { account: ReactNode }) {
  const t = await getTranslations("nav");
  const site = await getTranslations("site");
  // On a phone the header is one row: the site's name and a "Menu" disclosure (no script needed)
  // holding the links; from the `sm` width on, the menu is always open and its button hidden
  // (.site-menu in app/globals.css, where the browser can style a disclosure's content).
  return (
    <header className="site-header relative border-b border-line bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-x-6 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-accent no-underline">
          {site("name")}
        </Link>
        <details className="site-menu ms-auto sm:ms-0 sm:flex-1">
          <summary className="cursor-pointer list-none rounded border border-line px-3 py-1 text-sm hover:bg-paper">{t("menu")}</summary>
          <CloseOnNavigation />
          <nav
            aria-label={t("main")}
            className="absolute inset-x-0 top-full z-20 flex flex-col gap-3 border-b border-line bg-white px-4 py-3 text-sm sm:static sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-4 sm:gap-y-2 sm:border-0 sm:bg-transparent sm:p-0"
          >
            <Link href="/" className="underline-offset-4 hover:underline">
              {t("events")}
            </Link>
            <ClientMessages namespaces={["nav"]}>{account}</ClientMessages>
          </nav>
        </details>
      </div>
    </header>
  );
}

/** For pages rendered per request (signed-in screens): the viewer's links are in the HTML. */
export async function SiteHeader() {
  return <SiteHeaderFor viewer={await getViewer()} />;
}

/**
 * For a page rendered for one known account without reading the request (a delegate's schedule
 * served from the cache, one copy per delegate): their links are in the HTML, as on SiteHeader.
 */
export async function SiteHeaderFor({ viewer }: { viewer: Viewer | null }) {
  return <HeaderFrame account={<ViewerLinks nav={await viewerNav(viewer)} />} />;
}

/**
 * For public pages served from the cache: nothing in it depends on who asks, so one copy serves
 * everyone and no reader's name is ever cached; the browser fills in the signed-in links.
 */
export async function CachedSiteHeader() {
  return <HeaderFrame account={<LiveViewerLinks />} />;
}
