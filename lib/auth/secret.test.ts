import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEV_SECRET_FILE, MissingAuthSecretError, readOrCreateLocalSecret, resolveAuthSecret } from "@/lib/auth/secret";

const env = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv;

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET from the env when set", () => {
    expect(resolveAuthSecret(env({ AUTH_SECRET: "given-secret", NODE_ENV: "production" }))).toBe("given-secret");
    expect(resolveAuthSecret(env({ AUTH_SECRET: "given-secret", NODE_ENV: "development" }))).toBe("given-secret");
  });

  it("trims AUTH_SECRET", () => {
    expect(resolveAuthSecret(env({ AUTH_SECRET: "  padded\n", NODE_ENV: "production" }))).toBe("padded");
  });

  it("throws MissingAuthSecretError in production when none is set", () => {
    expect(() => resolveAuthSecret(env({ NODE_ENV: "production" }))).toThrow(MissingAuthSecretError);
  });

  it("treats an empty or whitespace-only AUTH_SECRET as missing in production", () => {
    expect(() => resolveAuthSecret(env({ NODE_ENV: "production", AUTH_SECRET: "" }))).toThrow(MissingAuthSecretError);
    expect(() => resolveAuthSecret(env({ NODE_ENV: "production", AUTH_SECRET: "   " }))).toThrow(MissingAuthSecretError);
  });

  it("the error is named and says how to generate a secret", () => {
    const error = new MissingAuthSecretError();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("MissingAuthSecretError");
    expect(error.message).toContain("AUTH_SECRET");
    expect(error.message).toContain("openssl rand");
  });

  it("the development secret file lives in .data under the working directory", () => {
    expect(DEV_SECRET_FILE).toBe(path.join(process.cwd(), ".data", "auth-secret"));
  });
});

describe("readOrCreateLocalSecret", () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "roundtable-secret-"));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates the secret file once and returns the same value on the second call", () => {
    const file = path.join(dir, "auth-secret");
    const first = readOrCreateLocalSecret(file);
    expect(fs.existsSync(file)).toBe(true);
    const second = readOrCreateLocalSecret(file);
    expect(second).toBe(first);
    expect(fs.readFileSync(file, "utf8")).toBe(`${first}\n`);
  });

  it("creates missing parent folders", () => {
    const file = path.join(dir, ".data", "nested", "auth-secret");
    const secret = readOrCreateLocalSecret(file);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(secret);
  });

  it("generates a strong base64 secret (33 random bytes → 44 characters)", () => {
    const secret = readOrCreateLocalSecret(path.join(dir, "auth-secret"));
    expect(secret).toMatch(/^[A-Za-z0-9+/]{44}$/);
    expect(Buffer.from(secret, "base64")).toHaveLength(33);
  });

  it("different files get different secrets", () => {
    expect(readOrCreateLocalSecret(path.join(dir, "a"))).not.toBe(readOrCreateLocalSecret(path.join(dir, "b")));
  });

  it.skipIf(process.platform === "win32")("creates the file with mode 0600", () => {
    const file = path.join(dir, "auth-secret");
    readOrCreateLocalSecret(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it("returns an existing secret trimmed, without rewriting the file", () => {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, "  existing-secret \n");
    expect(readOrCreateLocalSecret(file)).toBe("existing-secret");
    expect(fs.readFileSync(file, "utf8")).toBe("  existing-secret \n");
  });

  it("replaces an empty secret file with a fresh secret", () => {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, "\n");
    const secret = readOrCreateLocalSecret(file);
    expect(secret.length).toBeGreaterThan(0);
    expect(fs.readFileSync(file, "utf8")).toBe(`${secret}\n`);
  });
});
