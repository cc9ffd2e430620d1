import './register-paths';
import 'reflect-metadata';
import { describePgError, redactUrl } from '@culture-d/shared/server';
import { ContentLoader } from '@culture-d/catalog/server';
import { EnsureAdminUseCase } from '@culture-d/identity/server';
import { WorkshopsContentLoader } from '@culture-d/workshops/server';
import { ConfigurationError, loadConfig, type AppConfig } from './config/app-config';
import { createApp } from './app/create-app';
import { migrate, openDatabase } from './app/open-database';
import { createRootLogger } from './app/logger';

const EXIT_CONFIG = 78; // EX_CONFIG
const EXIT_UNAVAILABLE = 69; // EX_UNAVAILABLE

function fail(message: string, code: number): never {
  process.stderr.write(`Culture D cannot start: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) fail(`configuration error: ${error.message}`, EXIT_CONFIG);
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  const pgLog = logger.child({ context: 'postgres' });

  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase(config, (line) => pgLog.debug(line));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), EXIT_UNAVAILABLE);
  }
  logger.info({ database: redactUrl(database.url), embedded: Boolean(database.embedded) }, 'database ready');

  let stopping = false;
  const stopDatabase = async () => {
    await database.embedded?.stop().catch(() => undefined);
  };
  try {
    const applied = await migrate(database.url);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  } catch (error) {
    await stopDatabase();
    fail(`migrations failed: ${describePgError(error)}`, 1);
  }

  const app = await createApp(config, database.url, logger);
  if (config.admin) {
    try {
      const { created } = await app.get(EnsureAdminUseCase).execute(config.admin.email, config.admin.password);
      logger.info({ created }, created ? 'administrator created from ADMIN_EMAIL' : 'administrator updated from ADMIN_EMAIL');
    } catch (error) {
      await app.close();
      await stopDatabase();
      fail(`ADMIN_PASSWORD refused: ${error instanceof Error ? error.message : String(error)}`, EXIT_CONFIG);
    }
  }
  if (config.loadStarterContent) {
    const loader = app.get(ContentLoader);
    if (await loader.isEmpty()) {
      try {
        await loader.load(config.contentDir);
        await app.get(WorkshopsContentLoader).load(config.contentDir);
      } catch (error) {
        logger.error({ err: error }, 'starter content not loaded');
      }
    }
  }
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing'));
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stopDatabase();
    fail(`cannot listen on ${config.host}:${config.port}: ${describePgError(error)}`, EXIT_UNAVAILABLE);
  }
  logger.info({ url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/` }, 'Culture D is ready');
}

void main();
