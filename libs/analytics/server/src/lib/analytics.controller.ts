import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnalyticsQuery, type ParcoursAnalyticsResponse, type WorkshopsAnalyticsResponse } from '@culture-d/analytics/contracts';
import { Roles } from '@culture-d/shared/server';
import { AnalyticsQueries } from './analytics.queries';

/** Reports for the people who write the content and run the workshops (docs/analytics.md). */
@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly queries: AnalyticsQueries) {}

  /** The completion funnel of a parcours (by id or slug): enrolled → each module → completed, median time, drop-off. */
  @Roles('author', 'admin')
  @Get('parcours/:id')
  parcours(@Param('id') id: string, @Query() query: AnalyticsQuery): Promise<ParcoursAnalyticsResponse> {
    return this.queries.parcours(id, query);
  }

  /** Fill rate, waiting list and attendance of every workshop in the period. */
  @Roles('author', 'admin')
  @Get('workshops')
  workshops(@Query() query: AnalyticsQuery): Promise<WorkshopsAnalyticsResponse> {
    return this.queries.workshops(query);
  }
}
