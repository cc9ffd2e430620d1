import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Guests' details are kept for the workshop only: three months after it ends, their registrations are deleted. */
export const GUEST_RETENTION_DAYS = 90;

@Injectable()
export class PurgeGuestRegistrationsUseCase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Workshops');
  private timers: NodeJS.Timeout[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<number> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM registration r USING workshop w
        WHERE w.id = r.workshop_id AND r.guest_email IS NOT NULL AND w.ends_at < now() - make_interval(days => $1)`,
      [GUEST_RETENTION_DAYS],
    )) as [unknown, number];
    if (deleted) this.logger.log({ deleted }, 'guest registrations purged');
    return deleted;
  }

  onApplicationBootstrap(): void {
    const run = () => void this.execute().catch((err: unknown) => this.logger.error({ err }, 'guest purge failed'));
    this.timers = [setTimeout(run, 90_000), setInterval(run, 6 * 3600_000)];
    this.timers.forEach((t) => t.unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }
}
