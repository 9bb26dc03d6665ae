import { describe, expect, test } from "vitest";
import { boundAction } from "./bound-action";

describe("boundAction", () => {
  const save = async (eventId: string, itemId: string, previous: string, form: string) => `${eventId}/${itemId}/${previous}/${form}`;
  const remove = async (eventId: string, form: string) => `${eventId}:${form}`;

  test("is the same function for the same action and arguments, render after render", () => {
    expect(boundAction(save, "e1", "i1")).toBe(boundAction(save, "e1", "i1"));
  });

  test("differs by arguments and by action, and calls the action with them first", async () => {
    expect(boundAction(save, "e1", "i1")).not.toBe(boundAction(save, "e1", "i2"));
    expect(boundAction(remove, "e1")).not.toBe(boundAction(save, "e1", "i1"));
    expect(await boundAction(save, "e1", "i1")("idle", "form")).toBe("e1/i1/idle/form");
    expect(await boundAction(remove, "e2")("form")).toBe("e2:form");
  });

  test("arguments that join alike stay apart", () => {
    expect(boundAction(save, "a,b", "c")).not.toBe(boundAction(save, "a", "b,c"));
  });
});
