import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RETENTION, retentionCutoffs } from '@culture-d/identity/domain';
import { IdentityOptions, IdentityService, retentionWarningMail } from '@culture-d/identity/server';
import { Mailer, PersonalDataRegistry } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';

const BATCH = 200;

/**
 * Storage limitation (RGPD art. 5): warns, then erases accounts unused for three years. Safe with several API
 * instances: a transaction-level advisory lock lets one sweep run at a time, and rows are taken with SKIP LOCKED.
 */
@Injectable()
export class PurgeInactiveAccountsUseCase {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly identity: IdentityService,
    private readonly options: IdentityOptions,
    private readonly mailer: Mailer,
  ) {}

  async execute(now = new Date()): Promise<{ warned: number; erased: number }> {
    const cut = retentionCutoffs(now);
    const result = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('culture-d:retention')) AS locked`);
      if (!locked) return { toWarn: [], erased: 0 };
      const toWarn = await this.identity.accountsToWarn(manager, cut.warnIfInactiveSince, BATCH);
      await this.identity.markWarned(manager, toWarn.map((u) => u.id));
      const toErase = await this.identity.accountsToPurge(manager, cut.purgeIfInactiveSince, cut.purgeIfWarnedBefore, BATCH);
      for (const userId of toErase) {
        for (const contributor of this.registry.all()) await contributor.erase(userId, manager);
        await this.identity.record(manager, 'account_deleted', null, { reason: 'inactivity' });
      }
      return { toWarn, erased: toErase.length };
    });
    for (const user of result.toWarn) {
      await this.mailer.send({ to: user.email, ...retentionWarningMail(user, `${this.options.publicUrl}/connexion`, RETENTION.warningDays) }).catch((error: unknown) => this.logger.error({ err: error }, 'retention warning not sent'));
    }
    if (result.toWarn.length || result.erased) this.logger.log({ warned: result.toWarn.length, erased: result.erased }, 'retention sweep');
    return { warned: result.toWarn.length, erased: result.erased };
  }
}
