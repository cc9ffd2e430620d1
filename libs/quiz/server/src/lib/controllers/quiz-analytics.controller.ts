import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BankQuestionStatisticsResponse, QuizStatisticsResponse } from '@culture-d/quiz/contracts';
import { Roles } from '@culture-d/shared/server';
import { QuizAnalytics } from '../quiz-analytics';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Item analysis for authors: which questions are too easy, too hard, or do not tell learners apart. */
@ApiTags('analytics')
@Roles('author', 'admin')
@Controller('analytics')
export class QuizAnalyticsController {
  constructor(private readonly analytics: QuizAnalytics) {}

  @Get('quizzes/:activityId')
  quiz(@Param('activityId', uuid) activityId: string): Promise<QuizStatisticsResponse> {
    return this.analytics.quiz(activityId);
  }

  @Get('questions/:id')
  question(@Param('id', uuid) id: string): Promise<BankQuestionStatisticsResponse> {
    return this.analytics.bankQuestion(id);
  }
}
