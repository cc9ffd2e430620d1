import './register-ts-paths';
import { TEST_SERVER_URL_ENV, TEST_TEMPLATE_ENV, dropDatabase } from '@culture-d/shared/server';
import { rmSync } from 'node:fs';

export default async function teardown(): Promise<void> {
  const serverUrl = process.env[TEST_SERVER_URL_ENV];
  const template = process.env[TEST_TEMPLATE_ENV];
  const embedded = (globalThis as Record<string, unknown>)['__CULTURE_D_PG__'] as { stop(): Promise<void>; dataDir: string } | undefined;
  if (serverUrl && template && !embedded) {
    await dropDatabase(serverUrl, template).catch(() => undefined);
  }
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
  }
}
