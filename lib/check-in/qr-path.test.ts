import jsQR from "jsqr";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { qrStrokePath } from "./qr-path";

/** The dark cells a stroke path covers, read back by following its pen (h draws, m moves). */
function cellsOf(path: string, quiet: number): Set<string> {
  const cells = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === "M") [x, y] = [Number(a), Number(b)];
    else if (command === "m") x += Number(a);
    else {
      for (let i = 0; i < Number(a); i++) cells.add(`${x + i - quiet},${y - 0.5 - quiet}`);
      x += Number(a);
    }
  }
  return cells;
}

describe("qrStrokePath", () => {
  const rows = ["##.#", "....", "#..#", "####"];
  const dark = (x: number, y: number) => rows[y]![x] === "#";

  it("draws exactly the dark modules, a stroke per run, with relative moves within a row", () => {
    const path = qrStrokePath(4, dark, 4);
    expect(path).toBe("M4 4.5h2m1 0h1M4 6.5h1m2 0h1M4 7.5h4");
    const expected = new Set<string>();
    rows.forEach((row, y) => [...row].forEach((cell, x) => cell === "#" && expected.add(`${x},${y}`)));
    expect(cellsOf(path, 4)).toEqual(expected);
  });

  it("draws nothing for a light code", () => {
    expect(qrStrokePath(3, () => false, 4)).toBe("");
  });
});

describe("a check-in code drawn with qrStrokePath", () => {
  it("scans back to the code (the path rasterized as a phone's camera would see it)", () => {
    const code = "rt1.4f0c2a9e-1b7d-4c55-9a51-2f6b8e3d7c10.7d1e5a3b-9c2f-4e61-8b0a-3c5d7e9f1a2b.Zm9vYmFyYmF6cXV4";
    const qr = QRCode.create(code, { errorCorrectionLevel: "M" });
    const quiet = 4;
    const cells = cellsOf(
      qrStrokePath(qr.modules.size, (x, y) => Boolean(qr.modules.get(x, y)), quiet),
      quiet,
    );
    const scale = 4;
    const side = (qr.modules.size + 2 * quiet) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const cell of cells) {
      const [cx, cy] = cell.split(",").map(Number) as [number, number];
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((cy + quiet) * scale + dy) * side + (cx + quiet) * scale + dx) * 4;
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
        }
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(code);
  });
});
