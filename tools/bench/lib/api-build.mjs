import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A private copy of the built API (`dist/apps/api`) for the length of a run, so that a rebuild started meanwhile
 * (`nx build api` empties `dist/apps/api` first) cannot pull the files from under a server start. The copy lives in
 * `copyDir` (under the repository, so that Node still finds `node_modules` above it; the API resolves `content/` and
 * `dist/apps/web` from its working directory, unchanged). Waits, up to `timeoutMs`, until no file of the build has
 * changed for `quietMs` (a build in progress), copies, and checks that the build did not change during the copy.
 *
 * @param {{ buildDir: string, main: string, copyDir: string, quietMs?: number, timeoutMs?: number, log?: (line: string) => void }} options
 *   `main`: the entry point, relative to `buildDir`
 * @returns {Promise<{ main: string, builtAt: string, remove: () => void }>}
 */
export async function snapshotApiBuild({ buildDir, main, copyDir, quietMs = 3000, timeoutMs = 120_000, log = () => undefined }) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const newest = newestMtime(buildDir);
    const entry = join(buildDir, main);
    const age = Date.now() - newest;
    if (!existsSync(entry) || age < quietMs) {
      if (Date.now() > deadline) {
        throw new Error(`the API is not built (${entry} is missing, or still being written): run \`NX_DAEMON=false NX_NO_CLOUD=true npx nx build api\` first`);
      }
      if (attempt === 1) log(`waiting for the API build in ${buildDir} to settle (a build is running?)`);
      await sleep(1000);
      continue;
    }
    const builtAt = statSync(entry).mtime;
    rmSync(copyDir, { recursive: true, force: true });
    cpSync(buildDir, copyDir, { recursive: true });
    if (!existsSync(entry) || statSync(entry).mtime.getTime() !== builtAt.getTime() || newestMtime(buildDir) !== newest) {
      rmSync(copyDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`the API build in ${buildDir} kept changing: stop the build and rerun`);
      await sleep(1000);
      continue;
    }
    return { main: join(copyDir, main), builtAt: builtAt.toISOString(), remove: () => rmSync(copyDir, { recursive: true, force: true }) };
  }
}

/** The latest modification time (ms) of any file or folder under `dir`; 0 if it does not exist. */
function newestMtime(dir) {
  let newest = 0;
  const walk = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return; // removed meanwhile
    }
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    let entries = [];
    try {
      entries = readdirSync(path);
    } catch {
      return;
    }
    for (const name of entries) walk(join(path, name));
  };
  walk(dir);
  return newest;
}
