import { describe, expect, it } from "vitest";
import { refusedFields } from "@/tests/helpers/zod";
import { confirmDeletionInput, declineDeletionInput, deletionRequestInput } from "./schema";

describe("privacy inputs", () => {
  it("a reason is optional and trimmed", () => {
    expect(deletionRequestInput.parse({})).toEqual({ reason: "" });
    expect(deletionRequestInput.parse({ reason: "  no longer involved " })).toEqual({ reason: "no longer involved" });
    expect(refusedFields(deletionRequestInput, { reason: "x".repeat(1001) })).toEqual({ reason: ["tooLong"] });
  });

  it("confirming needs the tick", () => {
    expect(confirmDeletionInput.parse({ understood: "on" })).toEqual({ understood: true });
    expect(refusedFields(confirmDeletionInput, {})).toEqual({ understood: ["confirmDeletionUnderstood"] });
  });

  it("declining needs a note", () => {
    expect(declineDeletionInput.parse({ note: " Records under review " })).toEqual({ note: "Records under review" });
    expect(refusedFields(declineDeletionInput, { note: "   " })).toEqual({ note: ["declineNoteRequired"] });
    expect(refusedFields(declineDeletionInput, {})).toEqual({ note: ["declineNoteRequired"] });
  });
});
