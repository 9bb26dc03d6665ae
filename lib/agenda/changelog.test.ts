import { describe, expect, it } from "vitest";
import { changelogFor, diffReleases, releaseFor, type Change, type ReleasedItem } from "@/lib/agenda/changelog";

function item(id: string, overrides: Partial<ReleasedItem> = {}): ReleasedItem {
  return {
    id,
    kind: "plenary",
    title: `Title of ${id}`,
    description: `About ${id}`,
    place: "Main hall",
    startsAt: "2026-02-13T06:00:00.000Z", // 10:00 in Yerevan
    endsAt: "2026-02-13T07:00:00.000Z",
    visibility: "public",
    closedDoor: false,
    ...overrides,
  };
}

/** A compact view of a changelog: type, id and (for changes) the fields. */
const summary = (changes: Change[]) =>
  changes.map((change) => (change.type === "changed" ? [change.type, change.item.id, change.fields] : [change.type, change.item.id]));

// v1 of the demo round table's agenda.
const opening = item("opening", { title: "Opening plenary", startsAt: "2026-02-13T06:00:00.000Z", endsAt: "2026-02-13T07:00:00.000Z" });
const security = item("security", {
  kind: "thematic_session",
  title: "Regional security",
  place: "Small hall",
  startsAt: "2026-02-13T07:30:00.000Z",
  endsAt: "2026-02-13T09:00:00.000Z",
  visibility: "delegates",
});
const closed = item("closed", {
  kind: "working_group",
  title: "Cooperation between dialogue participants",
  description: "Joint projects and communication strategies",
  place: "Library",
  startsAt: "2026-02-13T10:00:00.000Z",
  endsAt: "2026-02-13T12:00:00.000Z",
  closedDoor: true,
});
const briefing = item("briefing", {
  kind: "meeting_with_officials",
  title: "Organizers' security briefing",
  place: "Office",
  startsAt: "2026-02-13T05:00:00.000Z",
  endsAt: "2026-02-13T05:30:00.000Z",
  visibility: "organizers",
});
const press = item("press", { kind: "press_conference", title: "Press conference", startsAt: "2026-02-14T12:00:00.000Z", endsAt: "2026-02-14T13:00:00.000Z" });
const V1 = [opening, security, closed, briefing, press];

describe("diffReleases", () => {
  it("finds nothing between identical releases", () => {
    expect(diffReleases(V1, V1)).toEqual([]);
    expect(diffReleases([], [])).toEqual([]);
  });

  it("finds nothing between equal copies in another order", () => {
    expect(diffReleases(V1, structuredClone(V1).reverse())).toEqual([]);
  });

  it("treats two spellings of the same instant as the same time", () => {
    const respelled = { ...opening, startsAt: "2026-02-13T10:00:00+04:00", endsAt: "2026-02-13T07:00:00Z" };
    expect(diffReleases([opening], [respelled])).toEqual([]);
  });

  it("reports an added item", () => {
    const dinner = item("dinner", { kind: "cultural_social", title: "Dinner" });
    expect(diffReleases([opening], [opening, dinner])).toEqual([{ type: "added", item: dinner }]);
  });

  it("reports every item of the first release as added", () => {
    expect(summary(diffReleases([], [press, opening]))).toEqual([
      ["added", "opening"],
      ["added", "press"],
    ]);
  });

  it("reports a removed item", () => {
    expect(diffReleases([opening, press], [opening])).toEqual([{ type: "removed", item: press }]);
  });

  it("reports an item moved in time, with the item as it is now and as it was", () => {
    const moved = { ...opening, startsAt: "2026-02-13T06:30:00.000Z", endsAt: "2026-02-13T07:30:00.000Z" };
    expect(diffReleases([opening], [moved])).toEqual([{ type: "changed", item: moved, before: opening, fields: ["time"] }]);
  });

  it("reports an item moved to another day as a time change", () => {
    const moved = { ...opening, startsAt: "2026-02-14T06:00:00.000Z", endsAt: "2026-02-14T07:00:00.000Z" };
    expect(summary(diffReleases([opening], [moved]))).toEqual([["changed", "opening", ["time"]]]);
  });

  it("reports a resized item (only the end changed) as a time change", () => {
    const longer = { ...opening, endsAt: "2026-02-13T07:30:00.000Z" };
    expect(summary(diffReleases([opening], [longer]))).toEqual([["changed", "opening", ["time"]]]);
  });

  it("reports a renamed item", () => {
    expect(summary(diffReleases([opening], [{ ...opening, title: "Welcome and opening" }]))).toEqual([["changed", "opening", ["title"]]]);
  });

  it("reports a re-placed item", () => {
    expect(summary(diffReleases([opening], [{ ...opening, place: "Garden" }]))).toEqual([["changed", "opening", ["place"]]]);
  });

  it("reports a change of visibility", () => {
    expect(summary(diffReleases([security], [{ ...security, visibility: "public" }]))).toEqual([["changed", "security", ["visibility"]]]);
  });

  it("reports a change of kind, of the closed-door flag and of the description", () => {
    expect(summary(diffReleases([opening], [{ ...opening, kind: "thematic_session" }]))).toEqual([["changed", "opening", ["kind"]]]);
    expect(summary(diffReleases([opening], [{ ...opening, closedDoor: true }]))).toEqual([["changed", "opening", ["closedDoor"]]]);
    expect(summary(diffReleases([opening], [{ ...opening, description: "New text" }]))).toEqual([["changed", "opening", ["description"]]]);
  });

  it("lists several changed fields in the fixed order time, place, title, visibility, kind, closedDoor, description", () => {
    const everything: ReleasedItem = {
      ...opening,
      description: "Changed",
      closedDoor: true,
      kind: "working_group",
      visibility: "delegates",
      title: "Changed",
      place: "Changed",
      endsAt: "2026-02-13T08:00:00.000Z",
    };
    expect(summary(diffReleases([opening], [everything]))).toEqual([
      ["changed", "opening", ["time", "place", "title", "visibility", "kind", "closedDoor", "description"]],
    ]);
    const some = { ...opening, description: "Changed", title: "Changed", startsAt: "2026-02-13T05:30:00.000Z" };
    expect(summary(diffReleases([opening], [some]))).toEqual([["changed", "opening", ["time", "title", "description"]]]);
  });

  it("treats place and title text exactly as released (a change of case is a change)", () => {
    expect(summary(diffReleases([opening], [{ ...opening, place: "MAIN HALL" }]))).toEqual([["changed", "opening", ["place"]]]);
  });

  it("orders changes by start (the new start, or the old one for a removed item), then id", () => {
    const previous = [opening, security, closed, press];
    const movedToEnd = { ...opening, startsAt: "2026-02-14T14:00:00.000Z", endsAt: "2026-02-14T15:00:00.000Z" };
    const renamed = { ...press, title: "Final press conference" };
    const early = item("early", { startsAt: "2026-02-13T04:00:00.000Z", endsAt: "2026-02-13T05:00:00.000Z" });
    const twinA = item("a-twin", { startsAt: "2026-02-13T08:00:00.000Z", endsAt: "2026-02-13T08:30:00.000Z" });
    const twinB = item("b-twin", { startsAt: "2026-02-13T08:00:00.000Z", endsAt: "2026-02-13T08:30:00.000Z" });
    const next = [twinB, movedToEnd, renamed, closed, early, twinA];
    expect(summary(diffReleases(previous, next))).toEqual([
      ["added", "early"], // 04:00Z on the 13th
      ["removed", "security"], // was at 07:30Z
      ["added", "a-twin"], // 08:00Z, ties by id
      ["added", "b-twin"],
      ["changed", "press", ["title"]], // 12:00Z on the 14th
      ["changed", "opening", ["time"]], // now 14:00Z on the 14th
    ]);
  });

  it("orders by instant, not by how the instant is spelled", () => {
    const later = item("a-later", { startsAt: "2026-02-13T11:00:00+04:00" }); // 07:00Z
    const earlier = item("b-earlier", { startsAt: "2026-02-13T06:30:00.000Z" });
    expect(summary(diffReleases([], [later, earlier]))).toEqual([
      ["added", "b-earlier"],
      ["added", "a-later"],
    ]);
  });

  it("does not change the releases it compares", () => {
    const previous = structuredClone(V1);
    const next = [{ ...opening, title: "New" }, press];
    const nextCopy = structuredClone(next);
    diffReleases(previous, next);
    expect(previous).toEqual(V1);
    expect(next).toEqual(nextCopy);
  });
});

describe("releaseFor", () => {
  it("gives organizers every item, unchanged", () => {
    expect(releaseFor(V1, "organizer")).toEqual(V1);
  });

  it("gives delegates public and delegates-only items, closed-door items in full", () => {
    expect(releaseFor(V1, "delegate")).toEqual([opening, security, closed, press]);
  });

  it("gives the public only public items, a closed-door item reduced to its kind and time", () => {
    expect(releaseFor(V1, "public")).toEqual([
      opening,
      {
        id: "closed",
        kind: "working_group",
        title: "",
        description: "",
        place: "",
        startsAt: closed.startsAt,
        endsAt: closed.endsAt,
        visibility: "public",
        closedDoor: true,
      },
      press,
    ]);
  });

  it("never lets an organizers-only item reach a delegate or the public", () => {
    for (const audience of ["delegate", "public"] as const) {
      expect(releaseFor(V1, audience).map((entry) => entry.id)).not.toContain("briefing");
    }
  });

  it("does not change the release it filters", () => {
    const copy = structuredClone(V1);
    const forPublic = releaseFor(copy, "public");
    expect(copy).toEqual(V1);
    expect(forPublic[1]).not.toBe(copy[2]);
  });
});

describe("changelogFor", () => {
  it("shows organizers every change", () => {
    const next = [opening, { ...security, title: "Security" }, closed, { ...briefing, place: "Lobby" }];
    expect(summary(changelogFor(V1, next, "organizer"))).toEqual([
      ["changed", "briefing", ["place"]],
      ["changed", "security", ["title"]],
      ["removed", "press"],
    ]);
  });

  it("never shows an organizers-only item to a delegate or the public, whatever happens to it", () => {
    const added = item("logistics", { visibility: "organizers" });
    const withoutBriefing = V1.filter((entry) => entry !== briefing);
    const histories: [ReleasedItem[], ReleasedItem[]][] = [
      [withoutBriefing, V1], // added
      [V1, withoutBriefing], // removed
      [V1, V1.map((entry) => (entry === briefing ? { ...briefing, title: "Renamed", startsAt: "2026-02-13T04:00:00.000Z" } : entry))], // changed
      [V1, [...V1, added]],
    ];
    for (const [previous, next] of histories) {
      expect(changelogFor(previous, next, "delegate")).toEqual([]);
      expect(changelogFor(previous, next, "public")).toEqual([]);
      expect(changelogFor(previous, next, "organizer")).not.toEqual([]);
    }
  });

  it("shows an item that becomes public as added for the public, as a visibility change for delegates", () => {
    const next = V1.map((entry) => (entry === security ? { ...security, visibility: "public" as const } : entry));
    expect(changelogFor(V1, next, "public")).toEqual([{ type: "added", item: { ...security, visibility: "public" } }]);
    expect(summary(changelogFor(V1, next, "delegate"))).toEqual([["changed", "security", ["visibility"]]]);
  });

  it("shows an item withdrawn from the public as removed for the public", () => {
    const next = V1.map((entry) => (entry === opening ? { ...opening, visibility: "delegates" as const } : entry));
    expect(changelogFor(V1, next, "public")).toEqual([{ type: "removed", item: opening }]);
    expect(summary(changelogFor(V1, next, "delegate"))).toEqual([["changed", "opening", ["visibility"]]]);
  });

  it("shows an item that organizers open to delegates as added for delegates, and not at all for the public", () => {
    const next = V1.map((entry) => (entry === briefing ? { ...briefing, visibility: "delegates" as const } : entry));
    expect(summary(changelogFor(V1, next, "delegate"))).toEqual([["added", "briefing"]]);
    expect(changelogFor(V1, next, "public")).toEqual([]);
  });

  it("keeps the rename of a closed-door item from the public but shows it to delegates", () => {
    const next = V1.map((entry) => (entry === closed ? { ...closed, title: "Joint projects", description: "Other", place: "Garden" } : entry));
    expect(changelogFor(V1, next, "public")).toEqual([]);
    expect(summary(changelogFor(V1, next, "delegate"))).toEqual([["changed", "closed", ["place", "title", "description"]]]);
    expect(summary(changelogFor(V1, next, "organizer"))).toEqual([["changed", "closed", ["place", "title", "description"]]]);
  });

  it("shows the public a closed-door item's move in time without revealing its title", () => {
    const next = V1.map((entry) => (entry === closed ? { ...closed, title: "Secret", startsAt: "2026-02-13T10:30:00.000Z" } : entry));
    const changes = changelogFor(V1, next, "public");
    expect(summary(changes)).toEqual([["changed", "closed", ["time"]]]);
    const [change] = changes;
    if (change?.type !== "changed") throw new Error("expected a change");
    expect([change.item.title, change.item.place, change.item.description]).toEqual(["", "", ""]);
    expect([change.before.title, change.before.place, change.before.description]).toEqual(["", "", ""]);
  });

  it("shows the public a session going closed-door as blanked, without the old details leaking into the new item", () => {
    const next = V1.map((entry) => (entry === opening ? { ...opening, closedDoor: true } : entry));
    const [change, ...rest] = changelogFor(V1, next, "public");
    expect(rest).toEqual([]);
    if (change?.type !== "changed") throw new Error("expected a change");
    expect(change.fields).toEqual(["place", "title", "closedDoor", "description"]);
    expect(change.item.title).toBe("");
    expect(summary(changelogFor(V1, next, "delegate"))).toEqual([["changed", "opening", ["closedDoor"]]]);
  });

  it("is empty for every audience when nothing changed", () => {
    for (const audience of ["organizer", "delegate", "public"] as const) {
      expect(changelogFor(V1, structuredClone(V1), audience)).toEqual([]);
    }
  });

  it("shows each audience its whole first release as added", () => {
    expect(summary(changelogFor([], V1, "public"))).toEqual([
      ["added", "opening"],
      ["added", "closed"],
      ["added", "press"],
    ]);
    expect(summary(changelogFor([], V1, "delegate"))).toEqual([
      ["added", "opening"],
      ["added", "security"],
      ["added", "closed"],
      ["added", "press"],
    ]);
  });
});
