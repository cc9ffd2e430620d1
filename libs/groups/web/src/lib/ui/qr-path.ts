/** The part of the QR code library this app uses: the module matrix. */
export interface QrMatrix {
  getModuleCount(): number;
  isDark(row: number, column: number): boolean;
}

/** Modules of light margin around the code, as the QR specification asks, so that phones find its edges. */
export const QUIET_ZONE = 4;

/**
 * One SVG path for every dark module (a unit square each, offset by the quiet zone), and the side of the square
 * view box. Drawing it ourselves keeps the SVG in the template: no HTML string to trust, nothing for the CSP to block.
 */
export function qrPath(matrix: QrMatrix): { d: string; size: number } {
  const count = matrix.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row += 1) {
    for (let column = 0; column < count; column += 1) {
      if (matrix.isDark(row, column)) parts.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { d: parts.join(''), size: count + 2 * QUIET_ZONE };
}
