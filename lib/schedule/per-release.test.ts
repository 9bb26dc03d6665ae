import { describe, expect, it, vi } from "vitest";
import { memoPerRelease } from "./per-release";

describe("memoPerRelease", () => {
  it("computes once per key, also for callers asking at the same time", async () => {
    const compute = vi.fn(async (key: string) => `value of ${key}`);
    const get = memoPerRelease(compute);
    expect(await Promise.all([get("a"), get("a"), get("b")])).toEqual(["value of a", "value of a", "value of b"]);
    expect(await get("a")).toBe("value of a");
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure", async () => {
    let fail = true;
    const get = memoPerRelease(async () => {
      if (fail) throw new Error("database away");
      return 1;
    });
    await expect(get("a")).rejects.toThrow("database away");
    fail = false;
    expect(await get("a")).toBe(1);
  });

  it("keeps a bounded number of results, dropping the oldest", async () => {
    const compute = vi.fn(async (key: string) => key);
    const get = memoPerRelease(compute);
    for (let n = 0; n <= 256; n++) await get(`k${n}`);
    await get("k256");
    expect(compute).toHaveBeenCalledTimes(257);
    await get("k0");
    expect(compute).toHaveBeenCalledTimes(258);
  });
});
