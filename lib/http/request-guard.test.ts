import { describe, expect, it } from "vitest";
import { MAX_PATH_LENGTH, refusalFor } from "./request-guard";

const headers = (values: Record<string, string>) => new Headers(values);

describe("requests refused before any page or action runs", () => {
  it("a server action from another site is a 403, not a 500", () => {
    const action = {
      method: "POST",
      pathname: "/en/organize",
      headers: headers({ "next-action": "abc", host: "roundtable.example", origin: "https://evil.example" }),
    };
    expect(refusalFor(action)).toEqual({ status: 403, reason: "crossSiteAction" });
    expect(refusalFor({ ...action, headers: headers({ "next-action": "abc", host: "roundtable.example" }) })).toEqual({
      status: 403,
      reason: "crossSiteAction",
    });
    expect(refusalFor({ ...action, headers: headers({ "next-action": "abc", host: "roundtable.example", origin: "null" }) })).toEqual({
      status: 403,
      reason: "crossSiteAction",
    });
  });

  it("a server action from the site itself, directly or behind a proxy, goes through", () => {
    expect(
      refusalFor({
        method: "POST",
        pathname: "/en/organize",
        headers: headers({ "next-action": "abc", host: "localhost:3000", origin: "http://localhost:3000" }),
      }),
    ).toBeNull();
    expect(
      refusalFor({
        method: "POST",
        pathname: "/en/organize",
        headers: headers({ "next-action": "abc", host: "10.0.0.5:3000", "x-forwarded-host": "roundtable.example", origin: "https://roundtable.example" }),
      }),
    ).toBeNull();
  });

  it("other posts and reads are not judged by their origin", () => {
    expect(
      refusalFor({ method: "POST", pathname: "/api/auth/callback/credentials", headers: headers({ host: "a.example", origin: "https://b.example" }) }),
    ).toBeNull();
    expect(refusalFor({ method: "GET", pathname: "/en", headers: headers({ host: "a.example", origin: "https://b.example" }) })).toBeNull();
  });

  it("an absurdly long path is a 414 (it would be echoed into response headers)", () => {
    expect(refusalFor({ method: "GET", pathname: `/en/events/${"a".repeat(5_000)}`, headers: headers({}) })).toEqual({ status: 414, reason: "pathTooLong" });
    expect(refusalFor({ method: "GET", pathname: `/${"a".repeat(MAX_PATH_LENGTH - 1)}`, headers: headers({}) })).toBeNull();
  });

  it("a path or query that does not decode to text is a 400, whatever route it names", () => {
    for (const pathname of ["/calendar/%ff%fe", "/en/invitation/%ff", "/feeds/initiatives/%ff", "/api/records/%C0%AF", "/en/events/a%00b"]) {
      expect(refusalFor({ method: "GET", pathname, headers: headers({}) }), pathname).toEqual({ status: 400, reason: "badEncoding" });
    }
    expect(refusalFor({ method: "GET", pathname: "/en/outcomes", search: "?q=%00%ff", headers: headers({}) })).toEqual({ status: 400, reason: "badEncoding" });
    expect(refusalFor({ method: "GET", pathname: "/en/outcomes", search: "?q=%D0%BC%D0%B8%D1%80+peace&x", headers: headers({}) })).toBeNull();
    expect(refusalFor({ method: "GET", pathname: "/ru/events/%D0%BC%D0%B8%D1%80", headers: headers({}) })).toBeNull();
  });
});
