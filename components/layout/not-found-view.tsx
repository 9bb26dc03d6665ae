import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PageFrame } from "./page-frame";
import { CachedSiteHeader } from "./site-header";

/** The "page not found" text and the way back to the events. */
async function NotFoundMessage() {
  const t = await getTranslations("notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Link href="/" className="mt-4 inline-block text-accent underline">
        {t("home")}
      </Link>
    </div>
  );
}

/**
 * "Page not found" under the site's header, so the reader has the navigation back. The cached
 * header: a 404 may be cached, and it must never name whoever asked first.
 */
export function NotFoundView() {
  return (
    <PageFrame header={<CachedSiteHeader />}>
      <NotFoundMessage />
    </PageFrame>
  );
}

/** The title of a page that shows NotFoundInPage (the locale layout adds the site's name). */
export async function notFoundMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title") };
}

/** Throws notFound() where React renders it: inside the boundary below, never in the page's shell. */
function NotFoundSignal(): never {
  notFound();
}

/**
 * What a page returns, inside its layout, instead of calling notFound() itself when what its address
 * names does not exist (or is not public). Next.js 16 answers a notFound() thrown in the page's shell
 * with a 404 whose HTML is an empty `__next_error__` document: the page is drawn only by the
 * browser's script, so a reader without JavaScript sees nothing (upstream: vercel/next.js #62228).
 * Here the text is in the shell itself, and notFound() is thrown inside a Suspense boundary: Next.js
 * still answers 404 (and marks the page noindex), React leaves the boundary to the browser, and there
 * the same notFound() shows app/[locale]/not-found.tsx, whose text is the same.
 */
export function NotFoundInPage() {
  return (
    <>
      <NotFoundMessage />
      <Suspense fallback={null}>
        <NotFoundSignal />
      </Suspense>
    </>
  );
}
