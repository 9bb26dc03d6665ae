// #13 point 5: the pages shown when rendering fails say so in the reader's language and give the
// digest the server logged, and nothing of the error itself: its message and stack may carry data
// (a query, a person's name) or internals. Rendered as React renders them, with a real error.
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { locales, type Locale } from "@/i18n/routing";
import ErrorPage from "./[locale]/error";
import GlobalError from "./global-error";

// next-intl's Link needs Next.js's router, which only runs inside Next.js: a plain link stands in
// (where it points is not what these tests are about).
vi.mock("@/i18n/navigation", () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}));

const SECRET = "password=hunter2 for ani.petrosyan@example.org in SELECT * FROM people";

/** An error as a failed server render reaches these pages: a message we must not show, a stack, a digest. */
function failure(digest?: string): Error & { digest?: string } {
  const error: Error & { digest?: string } = new Error(SECRET);
  error.stack = `Error: ${SECRET}\n    at PublicEventPage (/srv/roundtable/app/[locale]/(public)/events/[slug]/page.tsx:52:11)`;
  if (digest) error.digest = digest;
  return error;
}

function expectNothingOfTheError(html: string, error: Error) {
  expect(html).not.toContain("hunter2");
  expect(html).not.toContain("ani.petrosyan");
  expect(html).not.toContain("SELECT");
  expect(html).not.toContain("page.tsx");
  expect(html).not.toContain("/srv/");
  expect(html).not.toContain(error.message);
}

type ErrorCatalog = { title: string; body: string; reference: string; retry: string; home: string };

async function catalog(locale: Locale) {
  return (await loadMessages(locale)).errorPage as ErrorCatalog;
}

describe("app/[locale]/error.tsx", () => {
  async function render(locale: Locale, error: Error & { digest?: string }) {
    const messages = await loadMessages(locale);
    return renderToString(
      <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ errorPage: messages.errorPage } as never}>
        <ErrorPage error={error} reset={() => {}} />
      </NextIntlClientProvider>,
    );
  }

  for (const locale of locales) {
    it(`${locale}: the catalog's text and the digest, nothing of the error`, async () => {
      const t = await catalog(locale);
      const error = failure("3021866347");
      const html = await render(locale, error);
      expect(html).toContain(t.title);
      expect(html).toContain(t.body);
      expect(html).toContain(t.retry);
      expect(html).toContain(t.reference.replace("{digest}", "3021866347"));
      expectNothingOfTheError(html, error);
    });
  }

  it("without a digest (an error in the browser), no reference line and still nothing of the error", async () => {
    const t = await catalog("en");
    const error = failure();
    const html = await render("en", error);
    expect(html).toContain(t.title);
    expect(html).not.toContain(t.reference.split("{digest}")[0]);
    expectNothingOfTheError(html, error);
  });
});

describe("app/global-error.tsx", () => {
  const realWindow = globalThis.window;
  afterEach(() => {
    globalThis.window = realWindow;
  });

  /** It reads the locale from the address, as in the browser where it runs. */
  function renderAt(pathname: string, error: Error & { digest?: string }) {
    globalThis.window = { location: { pathname } } as Window & typeof globalThis;
    return renderToString(<GlobalError error={error} reset={() => {}} />);
  }

  for (const [pathname, locale] of [...locales.map((l) => [`/${l}/events/peace-bridge`, l] as const), ["/russia", "en"] as const]) {
    it(`${pathname}: its own document in ${locale}, the digest, nothing of the error`, async () => {
      const t = await catalog(locale);
      const error = failure("918273645");
      const html = renderAt(pathname, error);
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toContain(t.title);
      expect(html).toContain(t.body);
      expect(html).toContain(t.reference.replace("{digest}", "918273645"));
      expect(html).toContain(`href="/${locale}"`);
      expectNothingOfTheError(html, error);
    });
  }
});
