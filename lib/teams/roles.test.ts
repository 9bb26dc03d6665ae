import { describe, expect, it } from "vitest";
import { CAPABILITIES, TEAM_ROLES, leavesNoCoordinator, roleCan, rolesWith } from "./roles";

describe("team roles", () => {
  it("the coordinator can do everything; only the coordinator manages the team", () => {
    for (const capability of CAPABILITIES) expect(roleCan("coordinator", capability)).toBe(true);
    expect(rolesWith("team")).toEqual(["coordinator"]);
  });

  it("an organizer does everything but the team", () => {
    expect(CAPABILITIES.filter((c) => roleCan("organizer", c))).toEqual(["view", "plan", "records", "outcomes"]);
  });

  it("a rapporteur writes records only; communications handles outcomes only", () => {
    expect(CAPABILITIES.filter((c) => roleCan("rapporteur", c))).toEqual(["view", "records"]);
    expect(CAPABILITIES.filter((c) => roleCan("communications", c))).toEqual(["view", "outcomes"]);
  });

  it("every role may view; planning is for coordinators and organizers", () => {
    expect(rolesWith("view")).toEqual([...TEAM_ROLES]);
    expect(rolesWith("plan")).toEqual(["coordinator", "organizer"]);
    expect(rolesWith("records")).toEqual(["coordinator", "organizer", "rapporteur"]);
    expect(rolesWith("outcomes")).toEqual(["coordinator", "organizer", "communications"]);
  });

  it("the last coordinator cannot be removed or demoted; one of two can", () => {
    expect(leavesNoCoordinator({ from: "coordinator", to: null }, 1)).toBe(true);
    expect(leavesNoCoordinator({ from: "coordinator", to: "organizer" }, 1)).toBe(true);
    expect(leavesNoCoordinator({ from: "coordinator", to: null }, 2)).toBe(false);
    expect(leavesNoCoordinator({ from: "coordinator", to: "coordinator" }, 1)).toBe(false);
    expect(leavesNoCoordinator({ from: "organizer", to: null }, 1)).toBe(false);
  });
});
