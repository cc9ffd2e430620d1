import qrcode from 'qrcode-generator';
import { QUIET_ZONE, qrPath } from './qr-path';

describe('qrPath', () => {
  it('draws one unit square per dark module, offset by the quiet zone, in a square view box', () => {
    const dark = new Set(['0,0', '1,2']);
    const drawing = qrPath({ getModuleCount: () => 3, isDark: (row, column) => dark.has(`${row},${column}`) });
    expect(drawing.size).toBe(3 + 2 * QUIET_ZONE);
    expect(drawing.d).toBe('M4 4h1v1h-1zM6 5h1v1h-1z');
  });

  it('draws a real code for a join link: version 3 or less at level M, with its three finder patterns', () => {
    const code = qrcode(0, 'M');
    code.addData('http://127.0.0.1:3210/rejoindre?code=K7QM2XFD');
    code.make();
    const count = code.getModuleCount();
    expect(count).toBeLessThanOrEqual(37);
    const drawing = qrPath(code);
    expect(drawing.size).toBe(count + 8);
    // The top-left corner of each finder pattern is dark.
    for (const [row, column] of [
      [0, 0],
      [0, count - 7],
      [count - 7, 0],
    ]) {
      expect(drawing.d).toContain(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  });
});
