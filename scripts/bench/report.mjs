// The benchmark's printout: one table row per page and scale, then the goals of #14 points 3 and 4
// checked against what was measured. Pure: takes results, returns text.

const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

/** A Markdown table, so the same text goes into the README as it is. */
export function resultTable(rows) {
  const head = ["page", "scale", "HTML KB", "wire KB", "alone ms", "done", "req/s", "p50 ms", "p95 ms", "p99 ms", "× static", "failed", "run s"];
  const lines = rows.map((r) => [
    r.page,
    `${r.scale}×`,
    fixed(r.bodyBytes / 1024, 1),
    fixed(r.wireBytes / 1024, 1),
    fixed(r.singleMs),
    String(r.completed ?? "—"),
    r.status === 200 ? fixed(r.requestsPerSecond, r.requestsPerSecond < 10 ? 1 : 0) : `HTTP ${r.status}`,
    fixed(r.p50),
    fixed(r.p95),
    fixed(r.p99),
    fixed(r.ratio, 2),
    r.failures === undefined ? "—" : String(r.failures + r.timeouts),
    String(r.duration ?? "—"),
  ]);
  return [head, head.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

const mark = (met) => (met ? "met    " : "NOT met");

/** A latency, or why there is none: an error status, or no response within the page's run. */
function ms(row, key) {
  if (row.status !== 200) return `HTTP ${row.status}`;
  return Number.isFinite(row[key]) ? `${fixed(row[key])} ms` : `no response within ${row.duration} s`;
}

/** Each goal, met or not, with the numbers that decide it. */
export function goalVerdicts(rows, { publicPages, schedulePage, eventPage }) {
  const verdicts = [];
  const scales = [...new Set(rows.map((r) => r.scale))];
  const largest = Math.max(...scales);
  const smallest = Math.min(...scales);
  const find = (page, scale) => rows.find((r) => r.page === page && r.scale === scale);

  for (const page of publicPages) {
    for (const scale of scales) {
      const r = find(page, scale);
      if (!r) continue;
      const met = r.status === 200 && r.ratio >= 0.8 && r.p99 < 50;
      verdicts.push(
        `${met ? "met    " : "NOT met"}  #14.3 ${page} at ${scale}×: ${fixed(r.ratio, 2)}× static (goal ≥ 0.8), p99 ${fixed(r.p99)} ms (goal < 50)`,
      );
    }
  }
  const event = find(eventPage, largest);
  if (event) {
    const kb = event.bodyBytes / 1024;
    verdicts.push(`${mark(kb <= 100)}  #14.3 ${eventPage} HTML at ${largest}×: ${fixed(kb, 1)} KB (goal ≤ 100 KB)`);
  }
  const big = find(schedulePage, largest);
  const small = find(schedulePage, smallest);
  if (big) {
    verdicts.push(`${mark(big.p95 < 100)}  #14.4 ${schedulePage} p95 at ${largest}×: ${ms(big, "p95")} (goal < 100 ms)`);
  }
  if (big && small && largest !== smallest) {
    const growth = big.p95 / small.p95;
    verdicts.push(
      `${mark(growth <= 1.5)}  #14.4 ${schedulePage} p95 ${smallest}× → ${largest}×: ${ms(small, "p95")} → ${ms(big, "p95")}, ${fixed(growth, 1)}× (goal ≤ 1.5×)`,
    );
  }
  return verdicts.join("\n");
}
