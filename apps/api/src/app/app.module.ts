import { DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '@culture-d/analytics/server';
import { CatalogModule } from '@culture-d/catalog/server';
import { GroupsModule } from '@culture-d/groups/server';
import { IdentityModule } from '@culture-d/identity/server';
import { WorkshopsModule } from '@culture-d/workshops/server';
import { PrivacyModule } from '@culture-d/privacy/server';
import { ProgressModule } from '@culture-d/progress/server';
import { QuizModule } from '@culture-d/quiz/server';
import { AccessGuard, HealthController, JobsModule, MailModule, MetricsModule, PersonalDataModule } from '@culture-d/shared/server';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './database';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, extraModules: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.databasePoolSize)),
        MetricsModule.forRoot({ token: config.metricsToken }),
        MailModule.forRoot({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: join(config.dataDir, 'mail') }),
        PersonalDataModule,
        JobsModule.forRoot({ databaseUrl, enabled: config.jobsEnabled }),
        EventEmitterModule.forRoot(),
        IdentityModule.forRoot({ publicUrl: config.publicUrl }),
        PrivacyModule,
        CatalogModule,
        WorkshopsModule.forRoot({ publicUrl: config.publicUrl }),
        ProgressModule,
        QuizModule,
        AnalyticsModule,
        GroupsModule,
        ...extraModules,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
    };
  }
}
