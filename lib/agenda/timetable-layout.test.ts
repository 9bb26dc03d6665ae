import { describe, expect, it } from "vitest";
import { zonedLocalToInstant } from "@/lib/time/zoned";
import { gridHours, placeDay } from "./timetable-layout";

const at = (day: string, time: string, zone = "Asia/Yerevan") => zonedLocalToInstant(day, time, zone)!;
const item = (id: string, start: string, end: string, day = "2026-02-13", zone = "Asia/Yerevan") => ({
  id,
  startsAt: at(day, start, zone),
  endsAt: at(day, end, zone),
});

describe("placeDay", () => {
  it("places items by minutes from the first grid hour", () => {
    const [placed] = placeDay("2026-02-13", [item("a", "09:30", "10:15")], "Asia/Yerevan", 8);
    expect(placed).toMatchObject({ top: 90, height: 45, lane: 0, lanes: 1 });
  });

  it("puts overlapping items side by side and lets the next free lane be reused", () => {
    const placed = placeDay(
      "2026-02-13",
      [item("a", "09:00", "11:00"), item("b", "09:30", "10:00"), item("c", "10:00", "10:30"), item("d", "12:00", "13:00")],
      "Asia/Yerevan",
      9,
    );
    const byId = Object.fromEntries(placed.map((p) => [p.item.id, p]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 1, lanes: 2 }); // b's lane is free again at 10:00
    expect(byId.d).toMatchObject({ lane: 0, lanes: 1 }); // a new cluster
  });

  it("measures real minutes across a daylight-saving change", () => {
    // Europe/Berlin springs forward at 02:00 on 29 March 2026: 01:30–03:30 is one real hour.
    const [placed] = placeDay("2026-03-29", [item("a", "01:30", "03:30", "2026-03-29", "Europe/Berlin")], "Europe/Berlin", 0);
    expect(placed).toMatchObject({ top: 90, height: 60 });
  });

  it("cuts an item running past midnight at the bottom of its day", () => {
    const late = { id: "late", startsAt: at("2026-02-13", "23:00"), endsAt: at("2026-02-14", "01:00") };
    const [placed] = placeDay("2026-02-13", [late], "Asia/Yerevan", 20);
    expect(placed).toMatchObject({ top: 180, height: 60 });
  });
});

describe("gridHours", () => {
  it("spans 09–18 at least, widened to whole hours around every item", () => {
    expect(gridHours([{ day: "2026-02-13", items: [] }], "Asia/Yerevan")).toEqual({ from: 9, to: 18 });
    expect(
      gridHours(
        [
          { day: "2026-02-13", items: [item("a", "07:45", "09:00")] },
          { day: "2026-02-14", items: [item("b", "20:00", "22:10", "2026-02-14")] },
        ],
        "Asia/Yerevan",
      ),
    ).toEqual({ from: 7, to: 23 });
  });
});
