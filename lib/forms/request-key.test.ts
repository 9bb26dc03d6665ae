import { describe, expect, it } from "vitest";
import { requestKeyOf } from "./request-key";

const FORM_KEY = "3f2a6c1e-9b7d-4e2a-8c1f-5d6e7f8a9b0c";

function form(fields: [string, string][], key: string | null = FORM_KEY): FormData {
  const data = new FormData();
  if (key !== null) data.append("requestKey", key);
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe("requestKeyOf", () => {
  it("gives the same key to the same submission sent again (a double click, a retry)", () => {
    const fields: [string, string][] = [
      ["title", "Opening plenary"],
      ["startTime", "09:00"],
    ];
    const key = requestKeyOf(form(fields));
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(requestKeyOf(form(fields))).toBe(key);
    // The order fields arrive in, and React's own action fields, change nothing.
    expect(requestKeyOf(form([...fields].reverse()))).toBe(key);
    expect(requestKeyOf(form([...fields, ["$ACTION_ID_abc", ""]]))).toBe(key);
    expect(requestKeyOf(form(fields, FORM_KEY.toUpperCase()))).toBe(key);
  });

  it("gives another key to the next item sent with the same form before its refresh", () => {
    const first = requestKeyOf(form([["title", "Session 1"]]));
    expect(requestKeyOf(form([["title", "Session 2"]]))).not.toBe(first);
    expect(requestKeyOf(form([["title", "Session 1"]], "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"))).not.toBe(first);
    expect(
      requestKeyOf(
        form([
          ["memberId", "a"],
          ["memberId", "b"],
        ]),
      ),
    ).not.toBe(requestKeyOf(form([["memberId", "a"]])));
  });

  it("is undefined for a form without a key we gave out, or no form at all", () => {
    expect(requestKeyOf(form([["title", "x"]], null))).toBeUndefined();
    expect(requestKeyOf(form([["title", "x"]], "not-a-key"))).toBeUndefined();
    expect(requestKeyOf(undefined)).toBeUndefined();
  });
});
