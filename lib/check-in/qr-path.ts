// An SVG path drawing a QR code's dark modules: one horizontal stroke, one module thick, along each
// run of dark modules in a row (as the qrcode library's own SVG does), with relative moves between
// runs. Pure, unit-tested.

/**
 * The path for a `size`×`size` code whose module (x, y) is dark when `dark(x, y)`, drawn `quiet`
 * modules in from the edge; stroke it 1 unit wide (crisp edges) on a white background.
 */
export function qrStrokePath(size: number, dark: (x: number, y: number) => boolean, quiet: number): string {
  let path = "";
  for (let y = 0; y < size; y++) {
    // The pen's x after the last run of this row, or null before the first.
    let pen: number | null = null;
    let x = 0;
    while (x < size) {
      if (!dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && dark(x, y)) x++;
      const run = x - start;
      path += pen === null ? `M${start + quiet} ${y + quiet + 0.5}h${run}` : `m${start - pen} 0h${run}`;
      pen = x;
    }
  }
  return path;
}
