"use client";

import { useEffect, useState } from "react";
import { usePathname } from "@/i18n/navigation";
import type { ViewerNav } from "@/lib/auth/viewer-nav";
import { ViewerLinks } from "./viewer-links";

/**
 * The header's account part on cached pages: the HTML shows "Sign in" (most readers of a public
 * page are not signed in), and the browser then asks who it is and shows their links instead.
 */
export function LiveViewerLinks() {
  const [nav, setNav] = useState<ViewerNav | null>(null);
  // The header stays mounted while the reader moves between public pages: ask again on each, so
  // a sign-in or sign-out elsewhere (another tab) shows.
  const pathname = usePathname();
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/viewer/nav", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ nav: ViewerNav | null }>) : { nav: null }))
      .then((body) => setNav(body.nav))
      // Offline or aborted: the page stays as served, with "Sign in".
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);
  return <ViewerLinks nav={nav} />;
}
