import { describe, expect, it } from "vitest";
import { initiativeFeedPath, outcomesFeedPath } from "./feed-paths";

describe("feed paths", () => {
  it("lives outside the locale prefix, with ?lang= for languages other than English", () => {
    expect(outcomesFeedPath("en")).toBe("/feeds/outcomes");
    expect(outcomesFeedPath("ru")).toBe("/feeds/outcomes?lang=ru");
    expect(initiativeFeedPath("peace-bridge", "en")).toBe("/feeds/initiatives/peace-bridge");
    expect(initiativeFeedPath("peace-bridge", "ru")).toBe("/feeds/initiatives/peace-bridge?lang=ru");
  });

  it("encodes the slug", () => {
    expect(initiativeFeedPath("a b/c", "en")).toBe("/feeds/initiatives/a%20b%2Fc");
  });
});
