import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import type { AppConfig } from '../config/app-config';
import { AppModule } from './app.module';
import { PinoNestLogger } from './logger';
import { migrate, openDatabase } from './open-database';

/** For command-line tasks: the application's services without HTTP, on the same (migrated) database. */
export async function withAppContext<T>(config: AppConfig, work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    await migrate(database.url);
    const context = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, jobsEnabled: false }, database.url), { logger: new PinoNestLogger(pino({ level: 'warn' })) });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  } finally {
    await database.embedded?.stop();
  }
}
