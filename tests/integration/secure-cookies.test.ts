// #13 point 4: behind https (APP_URL says how the public reaches us), the session and CSRF cookies
// are Secure, even though the request reaches this server over plain http from the TLS proxy.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function csrfCookie(): Promise<string> {
  const { handlers } = await import("@/auth");
  const response = await handlers.GET(new NextRequest("http://127.0.0.1:3000/api/auth/csrf"));
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((line) => line.includes("csrf-token"));
  expect(cookie).toBeDefined();
  return cookie!;
}

describe("auth cookies", () => {
  it("are Secure (and __Host-) when the site is served over https, behind a proxy speaking http", async () => {
    vi.stubEnv("APP_URL", "https://roundtable.example.org");
    vi.stubEnv("AUTH_SECRET", "x".repeat(44));
    vi.stubEnv("AUTH_TRUST_HOST", "true");
    const cookie = await csrfCookie();
    expect(cookie).toMatch(/^__Host-authjs\.csrf-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it("are not Secure on a plain http site (a browser would drop them)", async () => {
    vi.stubEnv("APP_URL", "http://127.0.0.1:3000");
    vi.stubEnv("AUTH_SECRET", "x".repeat(44));
    vi.stubEnv("AUTH_TRUST_HOST", "true");
    const cookie = await csrfCookie();
    expect(cookie).toMatch(/^authjs\.csrf-token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
