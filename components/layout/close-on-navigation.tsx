"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "@/i18n/navigation";

/**
 * Closes the disclosure it sits in when the page changes: the header stays mounted across
 * client-side navigations, and a phone's open menu would otherwise cover the new page.
 */
export function CloseOnNavigation() {
  const pathname = usePathname();
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const details = marker.current?.closest("details");
    if (details) details.open = false;
  }, [pathname]);
  return <span ref={marker} hidden />;
}
