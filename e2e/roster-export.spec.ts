import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_DELEGATE, DEMO_ORGANIZER, expect, test } from "./fixtures";

// The route handler is covered in depth by tests/integration/roster-export.test.ts; this checks it
// in the built app: the session cookie, next-intl outside a page, and the bytes a browser receives.
// A download needs no browser, so the test uses HTTP only.

async function signedIn(baseURL: string, user: { email: string; password: string } | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  if (!user) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/en" },
    maxRedirects: 0,
  });
  expect(response.status(), `credentials sign-in for ${user.email}`).toBe(302);
  return context;
}

test("the organizer downloads the roster CSV; a delegate and the anonymous cannot", async ({ baseURL }) => {
  const organizer = await signedIn(baseURL!, DEMO_ORGANIZER);
  const dashboard = await (await organizer.get("/en/organize")).text();
  // The demo initiative has two events; the round table in Tsaghkadzor is the one with people.
  const eventPath = dashboard.match(/href="(\/en\/organize\/events\/[0-9a-f-]{36})"[^>]*>(?:<[^>]+>)*Bilateral round table in Tsaghkadzor/)?.[1];
  expect(eventPath, "the demo event is on the organizer's dashboard").toBeTruthy();
  const exportPath = `${eventPath}/delegations/export`;

  const download = await organizer.get(exportPath);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(download.headers()["cache-control"]).toBe("no-store");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="peace-bridge-tsaghkadzor-2026-roster-\d{4}-\d{2}-\d{2}\.csv"$/);
  const bytes = await download.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Party,Name (Latin script),Name (native script),Role");
  expect(text).toContain("Rauf Huseynov,Rauf Hüseynov,Head of delegation");

  // Beside it, the workbook (LibreOffice's default CSV import ignores the byte-order mark); the
  // delegations page links both.
  const workbook = await organizer.get(`${exportPath}?format=xlsx`);
  expect(workbook.status()).toBe(200);
  expect(workbook.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(workbook.headers()["content-disposition"]).toMatch(/^attachment; filename="peace-bridge-tsaghkadzor-2026-roster-\d{4}-\d{2}-\d{2}\.xlsx"$/);
  expect((await workbook.body()).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  const page = await (await organizer.get(`${eventPath}/delegations`)).text();
  expect(page).toContain(`href="${exportPath}?format=xlsx"`);

  const russian = await organizer.get(exportPath.replace(/^\/en\//, "/ru/"));
  expect(await russian.text()).toContain("Сторона,Имя (латиницей)");

  const anonymous = await signedIn(baseURL!, null);
  expect((await anonymous.get(exportPath)).status()).toBe(401);
  const delegate = await signedIn(baseURL!, DEMO_DELEGATE);
  expect((await delegate.get(exportPath)).status()).toBe(404);
  await Promise.all([organizer.dispose(), anonymous.dispose(), delegate.dispose()]);
});
