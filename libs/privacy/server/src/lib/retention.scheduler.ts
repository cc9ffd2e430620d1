import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PurgeInactiveAccountsUseCase } from './purge-inactive-accounts.use-case';

const EVERY_MS = 6 * 3600 * 1000;
const FIRST_AFTER_MS = 60 * 1000;

/** Runs the retention sweep a minute after start, then every six hours (every instance tries; one runs). */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly purge: PurgeInactiveAccountsUseCase) {}

  onApplicationBootstrap(): void {
    const run = () => void this.purge.execute().catch((error: unknown) => this.logger.error({ err: error }, 'retention sweep failed'));
    this.timers = [setTimeout(run, FIRST_AFTER_MS), setInterval(run, EVERY_MS)];
    this.timers.forEach((timer) => timer.unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
  }
}
