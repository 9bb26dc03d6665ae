"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/**
 * A page that failed while rendering: a plain explanation in the reader's language, a way to try
 * again, and the digest the server logged (never the error's message or stack, which may carry
 * data or internals).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto max-w-xl space-y-3 p-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest && <p className="text-sm text-muted">{t("reference", { digest: error.digest })}</p>}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="rounded bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong">
          {t("retry")}
        </button>
        <Link href="/" className="px-4 py-2 text-accent underline">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
