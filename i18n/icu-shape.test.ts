import { describe, expect, it } from "vitest";
import { icuShape } from "./icu-shape";

describe("ICU message shape", () => {
  it("lists plain arguments and nothing for plain text", () => {
    expect(icuShape("Dear {name}, see {link}.")).toEqual({ arguments: ["link", "name"], pluralOptions: {}, tags: [] });
    expect(icuShape("No arguments here: it's plain.")).toEqual({ arguments: [], pluralOptions: {}, tags: [] });
  });

  it("reads plural options and the arguments nested in them", () => {
    const shape = icuShape("{count, plural, =0 {None for {version}.} one {# item} other {# items}} at {time}");
    expect(shape.arguments).toEqual(["count:plural", "time", "version"]);
    expect(shape.pluralOptions).toEqual({ count: ["=0", "one", "other"] });
  });

  it("names a select's options, and typed arguments by their type", () => {
    expect(icuShape("{direction, select, entry {In} exit {Out} other {?}} {n, number} {d, date, short}").arguments).toEqual([
      "d:date",
      "direction:select(entry|exit|other)",
      "n:number",
    ]);
  });

  it("sees rich-text tags and skips quoted braces", () => {
    expect(icuShape("Read <link>the rules</link> '{'not an argument'}'").tags).toEqual(["<link>"]);
    expect(icuShape("Read <link>the rules</link> '{'not an argument'}'").arguments).toEqual([]);
  });

  it("refuses a malformed message", () => {
    expect(() => icuShape("{count, plural, one {# item} other {# items}")).toThrow();
    expect(() => icuShape("a } b")).toThrow();
    expect(() => icuShape("{count, plural, one # item}")).toThrow();
  });
});
