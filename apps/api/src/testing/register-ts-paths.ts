import { loadConfig, register } from 'tsconfig-paths';
import { join } from 'node:path';

// Jest's global setup runs outside Jest's resolver: teach Node the workspace's `@culture-d/*` aliases.
const config = loadConfig(join(__dirname, '..', '..', '..', '..', 'tsconfig.base.json'));
if (config.resultType === 'success') {
  register({ baseUrl: config.absoluteBaseUrl, paths: config.paths, addMatchAll: false });
}
