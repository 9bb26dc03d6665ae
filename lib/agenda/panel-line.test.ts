import { describe, expect, it } from "vitest";
import { hiddenOfRole, panelLine } from "./panel-line";

describe("panelLine", () => {
  it("keeps a fully listed panel as it was", () => {
    expect(panelLine(["Tigran Petrosyan (Armenia)", "Aygun Mammadova (Azerbaijan)"], [], "en")).toBe(
      "Tigran Petrosyan (Armenia), Aygun Mammadova (Azerbaijan)",
    );
  });

  it("says how many of a side are not listed, after the names", () => {
    expect(panelLine(["Tigran Petrosyan (Armenia)"], ["2 speakers from Azerbaijan who are not listed"], "en")).toBe(
      "Tigran Petrosyan (Armenia) and 2 speakers from Azerbaijan who are not listed",
    );
  });

  it("reads as a list in the reader's language, and alone when nobody is named", () => {
    expect(panelLine(["A (Armenia)"], ["2 докладчика"], "ru")).toBe("A (Armenia) и 2 докладчика");
    expect(panelLine([], ["1 speaker from Armenia who is not listed"], "en")).toBe("1 speaker from Armenia who is not listed");
    expect(panelLine([], [], "en")).toBe("");
  });
});

describe("hiddenOfRole", () => {
  it("picks one role's counts per party, in the order given", () => {
    const hidden = [
      { role: "moderator" as const, partyName: "Azerbaijan", count: 1 },
      { role: "speaker" as const, partyName: "Armenia", count: 1 },
      { role: "speaker" as const, partyName: "Azerbaijan", count: 2 },
    ];
    expect(hiddenOfRole(hidden, "speaker")).toEqual([
      { partyName: "Armenia", count: 1 },
      { partyName: "Azerbaijan", count: 2 },
    ]);
    expect(hiddenOfRole(undefined, "moderator")).toEqual([]);
  });
});
