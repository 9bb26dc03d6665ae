// The first visit's language comes from the browser's Accept-Language; a language the reader chose
// (the NEXT_LOCALE cookie the switcher sets) wins over it from then on. Both run in next-intl's
// middleware with our routing, as proxy.ts runs it.
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";

const localeRouting = createMiddleware(routing);

function visitRoot(headers: Record<string, string>) {
  const response = localeRouting(new NextRequest("http://roundtable.test/", { headers }));
  return new URL(response.headers.get("location") ?? "", "http://roundtable.test").pathname;
}

describe("the locale of a first visit", () => {
  it.each([
    ["hy", "/hy"],
    ["hy-AM,hy;q=0.9,en;q=0.5", "/hy"],
    ["az-Latn-AZ", "/az"],
    ["az", "/az"],
    ["ru-RU,ru;q=0.9", "/ru"],
    ["de-DE,fr;q=0.8", "/en"],
    ["en-GB", "/en"],
  ])("Accept-Language %s → %s", (acceptLanguage, expected) => {
    expect(visitRoot({ "accept-language": acceptLanguage })).toBe(expected);
  });

  it("keeps to the language the reader chose, whatever the browser says", () => {
    expect(visitRoot({ "accept-language": "hy", cookie: "NEXT_LOCALE=az" })).toBe("/az");
    expect(visitRoot({ "accept-language": "az", cookie: "NEXT_LOCALE=ru" })).toBe("/ru");
  });
});
