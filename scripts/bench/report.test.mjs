// The benchmark's arithmetic and verdicts: what decides "met" must be right, or the table lies.
import { describe, expect, it } from "vitest";
import { percentile } from "./load.mjs";
import { goalVerdicts, resultTable } from "./report.mjs";

const row = (page, scale, values) => ({
  page,
  scale,
  status: 200,
  bodyBytes: 50 * 1024,
  wireBytes: 10 * 1024,
  singleMs: 5,
  completed: 100,
  duration: 5,
  failures: 0,
  timeouts: 0,
  ...values,
});
const pages = { publicPages: ["event page"], schedulePage: "delegate schedule", eventPage: "event page" };

describe("percentile", () => {
  it("takes the nearest rank of sorted values", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 95)).toBe(7);
  });

  it("is not a number when nothing completed", () => {
    expect(percentile([], 95)).toBeNaN();
  });
});

describe("goalVerdicts", () => {
  it("meets point 3 only with both the ratio and the p99", () => {
    const verdicts = goalVerdicts([row("event page", 1, { ratio: 0.9, p99: 40 }), row("event page", 10, { ratio: 0.9, p99: 60 })], pages).split("\n");
    expect(verdicts[0]).toMatch(/^met .*event page at 1×: 0\.90× static/);
    expect(verdicts[1]).toMatch(/^NOT met .*event page at 10×: .*p99 60 ms/);
  });

  it("judges the event page's HTML at the largest scale", () => {
    const verdicts = goalVerdicts([row("event page", 1, { ratio: 1, p99: 1 }), row("event page", 100, { ratio: 1, p99: 1, bodyBytes: 101 * 1024 })], pages);
    expect(verdicts).toMatch(/NOT met +#14\.3 event page HTML at 100×: 101\.0 KB/);
  });

  it("wants the schedule's p95 under 100 ms at the largest scale and within 1.5× of the smallest", () => {
    const flat = goalVerdicts([row("delegate schedule", 1, { p95: 60 }), row("delegate schedule", 100, { p95: 85 })], pages);
    expect(flat).toMatch(/^met +#14\.4 delegate schedule p95 at 100×: 85 ms/m);
    expect(flat).toMatch(/^met +#14\.4 .* 60 ms → 85 ms, 1\.4×/m);
    const growing = goalVerdicts([row("delegate schedule", 1, { p95: 40 }), row("delegate schedule", 100, { p95: 90 })], pages);
    expect(growing).toMatch(/^met +#14\.4 delegate schedule p95 at 100×: 90 ms/m);
    expect(growing).toMatch(/^NOT met +#14\.4 .* 2\.3×/m);
  });

  it("counts a page that never answered as not met, and says so", () => {
    const verdicts = goalVerdicts(
      [row("delegate schedule", 1, { p95: 60 }), row("delegate schedule", 100, { p95: Number.NaN, completed: 0, duration: 20 })],
      pages,
    );
    expect(verdicts).toMatch(/^NOT met +#14\.4 delegate schedule p95 at 100×: no response within 20 s/m);
  });
});

describe("resultTable", () => {
  it("prints one Markdown row per page and scale, with an error status instead of numbers", () => {
    const table = resultTable([
      row("event page", 1, { requestsPerSecond: 123.4, p50: 10, p95: 20, p99: 30, ratio: 0.5 }),
      { page: "outcome page", scale: 1, status: 404, bodyBytes: 0, wireBytes: 0, singleMs: 3 },
    ]);
    const lines = table.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe("| event page | 1× | 50.0 | 10.0 | 5 | 100 | 123 | 10 | 20 | 30 | 0.50 | 0 | 5 |");
    expect(lines[3]).toContain("| HTTP 404 |");
  });
});
