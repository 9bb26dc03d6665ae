import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import az from "@/messages/az/common.json";
import en from "@/messages/en/common.json";
import hy from "@/messages/hy/common.json";
import ru from "@/messages/ru/common.json";
import { unavailableResponse } from "./unavailable-page";

const TITLES = { en: en.unavailablePage.title, ru: ru.unavailablePage.title, az: az.unavailablePage.title, hy: hy.unavailablePage.title };

describe("the 503 page while the database is out of reach", () => {
  for (const locale of locales) {
    it(`/${locale}/…: in ${locale}, with its lang, never stored, retried after a while`, async () => {
      const response = unavailableResponse(`/${locale}/events/peace-bridge`);
      expect(response.status).toBe(503);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
      expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(`<h1>${TITLES[locale]}</h1>`);
    });
  }

  it("an address without a locale gets English", async () => {
    for (const pathname of ["/", "/russia", "/api/health"]) {
      expect(await unavailableResponse(pathname).text()).toContain('<html lang="en">');
    }
  });
});
