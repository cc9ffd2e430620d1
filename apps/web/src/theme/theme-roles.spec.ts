import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The theme emits only the Material colour roles listed in `$roles` (_theme.scss). A style that uses another role
// would get no colour at all, silently: this test names it.
const ROOT = join(__dirname, '../../../..');
const THEME = readFileSync(join(__dirname, '_theme.scss'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(scss|css|html|ts)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('theme colour roles', () => {
  const emitted = new Set((/\$roles:\s*\(([^)]*)\)/.exec(THEME)?.[1] ?? '').split(',').map((role) => role.trim()).filter(Boolean));

  it('emits a list of roles', () => {
    expect(emitted.size).toBeGreaterThan(10);
    expect(emitted).toContain('primary');
  });

  it('emits every role the web code uses', () => {
    const missing: string[] = [];
    for (const file of [...files(join(ROOT, 'libs')), ...files(join(ROOT, 'apps/web/src'))]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/var\(--mat-sys-([a-z-]+)/g)) {
        if (!emitted.has(match[1])) missing.push(`${relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
