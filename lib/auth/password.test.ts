import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("hashPassword", () => {
  it("produces an argon2id PHC string with m=19456, t=2, p=1", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  });

  it("does not contain the password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).not.toContain("correct horse");
  });

  it("two hashes of the same password differ (random salt) and both verify", async () => {
    const [a, b] = await Promise.all([hashPassword("same password 1"), hashPassword("same password 1")]);
    expect(a).not.toBe(b);
    const saltOf = (h: string) => h.split("$")[4];
    expect(saltOf(a)).not.toBe(saltOf(b));
    expect(await verifyPassword(a, "same password 1")).toBe(true);
    expect(await verifyPassword(b, "same password 1")).toBe(true);
  });
});

describe("verifyPassword", () => {
  it("is true for the right password", async () => {
    const hash = await hashPassword("right password");
    expect(await verifyPassword(hash, "right password")).toBe(true);
  });

  it("is false for a wrong password, including near misses", async () => {
    const hash = await hashPassword("right password");
    expect(await verifyPassword(hash, "wrong password")).toBe(false);
    expect(await verifyPassword(hash, "Right password")).toBe(false);
    expect(await verifyPassword(hash, "right password ")).toBe(false);
    expect(await verifyPassword(hash, "")).toBe(false);
  });

  it("handles non-ASCII passwords", async () => {
    const hash = await hashPassword("Խաղաղություն-Sülh-Мир");
    expect(await verifyPassword(hash, "Խաղաղություն-Sülh-Мир")).toBe(true);
    expect(await verifyPassword(hash, "Խաղաղություն-Sulh-Мир")).toBe(false);
  });

  it("is false (does not throw) for a malformed stored hash", async () => {
    await expect(verifyPassword("not-a-hash", "whatever")).resolves.toBe(false);
    await expect(verifyPassword("", "whatever")).resolves.toBe(false);
    await expect(verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$broken", "whatever")).resolves.toBe(false);
    await expect(verifyPassword("$2b$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234", "whatever")).resolves.toBe(false);
  });
});
