import { Injectable, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';

export class JobsOptions {
  databaseUrl = '';
  /** Off in short-lived processes (command-line tasks). */
  enabled = true;
}

interface Recurring {
  name: string;
  cron: string;
  handler: () => Promise<void>;
}

/**
 * Background jobs in PostgreSQL with pg-boss (docs/adr/0010-background-jobs.md): a cron schedule runs once per tick
 * whatever the number of API instances, and a job is handed to one worker at a time.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly recurring: Recurring[] = [];
  private boss?: PgBoss;

  constructor(private readonly options: JobsOptions) {}

  /** Declares a recurring job; call it from a module's constructor or `onModuleInit`. */
  every(name: string, cron: string, handler: () => Promise<void>): void {
    this.recurring.push({ name, cron, handler });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled || !this.recurring.length) return;
    this.boss = new PgBoss({ connectionString: this.options.databaseUrl, max: 2, application_name: 'culture-d-jobs' });
    this.boss.on('error', (err: unknown) => this.logger.error({ err }, 'pg-boss error'));
    await this.boss.start();
    for (const job of this.recurring) {
      await this.boss.createQueue(job.name);
      await this.boss.schedule(job.name, job.cron, {}, { tz: 'Europe/Paris' });
      await this.boss.work(job.name, async () => {
        await job.handler();
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 5000 }).catch(() => undefined);
  }
}

@Module({})
export class JobsModule {
  static forRoot(options: Partial<JobsOptions>): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      providers: [{ provide: JobsOptions, useValue: Object.assign(new JobsOptions(), options) }, Jobs],
      exports: [Jobs],
    };
  }
}
