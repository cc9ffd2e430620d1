import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsQueries } from './analytics.queries';

/** Analytics for authors: read models over the other domains' tables, no tables of its own. */
@Module({ controllers: [AnalyticsController], providers: [AnalyticsQueries] })
export class AnalyticsModule {}
