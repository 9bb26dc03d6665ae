import { expect, test } from "./fixtures";

// Issue 18, point 7: refused with a 4xx before any page or action runs, against the built app.
test("a server action from another site is refused with 403, and an absurd path with 414 and no echo", async ({ request, baseURL }) => {
  const forged = await request.post("/en/sign-in", {
    headers: { "Next-Action": "0".repeat(40), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);

  const own = await request.post("/en/sign-in", {
    headers: { "Next-Action": "0".repeat(40), Origin: new URL(baseURL!).origin, "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
    maxRedirects: 0,
  });
  expect(own.status(), "the site's own origin is not refused by the guard").not.toBe(403);

  const long = await request.get(`/en/events/${"a".repeat(5_000)}`, { maxRedirects: 0 });
  expect(long.status()).toBe(414);
  const headerBytes = Object.entries(long.headers()).reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  expect(headerBytes, "response headers stay small").toBeLessThan(2_000);
});

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/en", "/en/sign-in", "/en/events/peace-bridge-tsaghkadzor-2026"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).toContain("form-action 'self'");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("paths and queries that do not decode to text are a 400, on pages, feeds, calendars and the API alike", async ({ request }) => {
  for (const path of ["/calendar/%ff%fe", "/en/invitation/%ff", "/feeds/initiatives/%ff", "/en/outcomes?q=%00%ff"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  const put = await request.put("/api/records/%C0%AF", { data: {}, headers: { "Content-Type": "application/json" } });
  expect(put.status()).toBe(400);
  // Real text in any script still goes through.
  expect((await request.get("/en/outcomes?q=%D0%BC%D0%B8%D1%80")).status()).toBe(200);
});
