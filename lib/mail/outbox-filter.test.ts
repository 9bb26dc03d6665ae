import { describe, expect, it } from "vitest";
import { outboxSearchString, parseOutboxFilter } from "./outbox-filter";

describe("parseOutboxFilter", () => {
  it("reads the search, status, kind and page", () => {
    expect(parseOutboxFilter({ q: "  Ани  Петрова ", status: "failed", kind: "invitation", page: "3" })).toEqual({
      q: "Ани Петрова",
      status: "failed",
      kind: "invitation",
      page: 3,
    });
  });

  it("an empty form is everything, page 1", () => {
    expect(parseOutboxFilter({})).toEqual({ q: "", status: undefined, kind: undefined, page: 1 });
    expect(parseOutboxFilter({ q: "", status: "", kind: "" })).toEqual({ q: "", status: undefined, kind: undefined, page: 1 });
  });

  it("values that are no choice read as all, a bad page as page 1", () => {
    expect(parseOutboxFilter({ status: "deleted", kind: "x' or 1=1", page: "-2" })).toEqual({ q: "", status: undefined, kind: undefined, page: 1 });
    expect(parseOutboxFilter({ q: ["first", "second"], page: "abc" })).toMatchObject({ q: "first", page: 1 });
  });
});

describe("outboxSearchString", () => {
  it("keeps only what is set", () => {
    expect(outboxSearchString({ q: "", page: 1 }, 1)).toBe("");
    expect(outboxSearchString({ q: "Ани", status: "sent", kind: undefined, page: 1 }, 2)).toBe("?q=%D0%90%D0%BD%D0%B8&status=sent&page=2");
  });
});
