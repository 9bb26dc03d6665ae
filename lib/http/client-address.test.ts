import { describe, expect, it } from "vitest";
import { clientAddressFrom, trustedProxyHops } from "./client-address";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("the client's address", () => {
  it("is unknown without a trusted proxy: a client-sent X-Forwarded-For proves nothing", () => {
    expect(clientAddressFrom(h("203.0.113.7"), 0)).toBeNull();
    expect(clientAddressFrom(h(), 0)).toBeNull();
  });

  it("behind one proxy is the entry it appended, whatever the client put before it", () => {
    expect(clientAddressFrom(h("198.51.100.1"), 1)).toBe("198.51.100.1");
    expect(clientAddressFrom(h("1.2.3.4, 5.6.7.8, 198.51.100.1"), 1)).toBe("198.51.100.1");
    expect(clientAddressFrom(h("spoofed, 198.51.100.1, 10.0.0.2"), 2)).toBe("198.51.100.1");
  });

  it("is unknown when the chain is shorter than the proxies or not an address", () => {
    expect(clientAddressFrom(h("198.51.100.1"), 2)).toBeNull();
    expect(clientAddressFrom(h("not-an-address"), 1)).toBeNull();
    expect(clientAddressFrom(h(), 1)).toBeNull();
  });

  it("reads the number of hops from the environment, refusing nonsense", () => {
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
    expect(trustedProxyHops("x")).toBe(0);
  });
});
