#!/usr/bin/env node
// What the web app downloads at start, by package and by file of ours: `npm run bundle:report` (builds with
// --stats-json first). The build's "Initial total" is what Angular's budget checks; this says where it comes from.
//
// One rule explains most surprises (docs/adr/0016): esbuild assigns a package *file* to the chunks of every entry that
// can reach it, so when initial code imports a file, every part of it that any lazy page uses lands in the initial
// chunk too. `@angular/platform-browser` imports `@angular/common/http`: a lazy page using HttpClient made it initial.
import { readFileSync } from 'node:fs';

const statsPath = process.argv[2] ?? 'dist/apps/web/stats.json';
const stats = JSON.parse(readFileSync(statsPath, 'utf8'));
const outputs = stats.outputs;

const main = Object.keys(outputs).find((path) => /\/main-[^/]+\.js$/.test(path) || /^main-[^/]+\.js$/.test(path));
if (!main) throw new Error(`no main chunk in ${statsPath}`);
const initial = new Set();
for (const todo = [main]; todo.length; ) {
  const path = todo.pop();
  if (initial.has(path)) continue;
  initial.add(path);
  for (const imported of outputs[path].imports ?? []) if (imported.kind === 'import-statement') todo.push(imported.path);
}

const byPackage = new Map();
const ours = new Map();
let bytes = 0;
for (const path of initial) {
  bytes += outputs[path].bytes;
  for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 3).join('/');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    if (!input.includes('node_modules')) ours.set(input, (ours.get(input) ?? 0) + bytesInOutput);
  }
}

const kB = (n) => (n / 1000).toFixed(1).padStart(7);
console.log(`initial JavaScript: ${kB(bytes).trim()} kB in ${initial.size} files (styles come on top: see the build's "Initial total")\n`);
console.log('by package');
for (const [pkg, n] of [...byPackage].sort((a, b) => b[1] - a[1])) if (n >= 100) console.log(`${kB(n)}  ${pkg}`);
console.log('\nour files');
for (const [file, n] of [...ours].sort((a, b) => b[1] - a[1])) if (n >= 100) console.log(`${kB(n)}  ${file}`);
