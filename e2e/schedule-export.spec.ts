// The event page links its programme for schedule apps (issue #16 point 1), and the exports come
// through the proxy as schedule apps expect them: the right type, the document untouched.
import { DEMO_EVENT_PATH, expect, test } from "./fixtures";

test("the event page links the frab schedule export, which downloads as XML and JSON", async ({ page }) => {
  await page.goto(DEMO_EVENT_PATH);
  const agenda = page.getByRole("region", { name: "Agenda", exact: true });
  const xmlLink = agenda.getByRole("link", { name: "Programme as schedule.xml" });
  const jsonLink = agenda.getByRole("link", { name: "Programme as schedule.json" });
  await expect(xmlLink).toHaveAttribute("href", "/events/peace-bridge-tsaghkadzor-2026/schedule.xml");
  await expect(jsonLink).toHaveAttribute("href", "/events/peace-bridge-tsaghkadzor-2026/schedule.json");

  const xml = await page.request.get((await xmlLink.getAttribute("href"))!);
  expect(xml.status()).toBe(200);
  expect(xml.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  const text = await xml.text();
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<schedule>')).toBe(true);
  expect(text).toContain("<title>Bilateral round table in Tsaghkadzor</title>");
  expect(text).toContain("<title>Closed session</title>");
  expect(text).not.toContain("Security Council");

  const json = await page.request.get((await jsonLink.getAttribute("href"))!);
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(((await json.json()) as { schedule: { conference: { acronym: string } } }).schedule.conference.acronym).toBe("peace_bridge_tsaghkadzor_2026");

  // Clicking the link downloads nothing odd: the browser shows the document.
  await xmlLink.click();
  await expect(page).toHaveURL(/\/events\/peace-bridge-tsaghkadzor-2026\/schedule\.xml$/);
});

test("the Armenian event page links the export in Armenian; an unknown event has none", async ({ page }) => {
  await page.goto(DEMO_EVENT_PATH.replace(/^\/en\//, "/hy/"));
  const link = page.getByRole("link", { name: "Ծրագիրը schedule.xml ձևաչափով" });
  await expect(link).toHaveAttribute("href", "/events/peace-bridge-tsaghkadzor-2026/schedule.xml?lang=hy");
  const xml = await page.request.get((await link.getAttribute("href"))!);
  expect(xml.headers()["content-language"]).toBe("hy");
  expect(await xml.text()).toContain("<language>hy</language>");
  // (A draft event's 404 is in tests/integration/schedule-export.test.ts: the demo's draft event is
  // announced by other specs of this run, so it cannot stand for one here.)
  expect((await page.request.get("/events/no-such-round-table-2026/schedule.xml")).status()).toBe(404);
});
