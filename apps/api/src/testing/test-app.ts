import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, type TestDatabase } from '@culture-d/shared/server';
import pino from 'pino';
import { loadConfig, type AppConfig } from '../config/app-config';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestFastifyApplication;
  database: TestDatabase;
  config: AppConfig;
  close(): Promise<void>;
}

/** The whole application in-process, on its own database cloned from the migrated template. */
export async function startTestApp(options: { env?: NodeJS.ProcessEnv; extraModules?: Type[] } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: 'tmp/no-web-dist', JOBS_ENABLED: 'false', ...options.env });
  const app = await createApp(config, database.url, pino({ level: 'silent' }), { extraModules: options.extraModules });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
