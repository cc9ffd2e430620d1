import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SubmissionRequest, type MyAttemptsResponse, type StartAttemptResponse, type SubmissionResponse } from '@culture-d/quiz/contracts';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import { QuizQueries } from '../quiz.queries';
import { StartAttemptUseCase } from '../use-cases/start-attempt.use-case';
import { SubmitAttemptUseCase } from '../use-cases/submit-attempt.use-case';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** The learner's side of quizzes: attempts started, answered and scored on the server. */
@ApiTags('quizzes')
@SignedIn()
@Controller()
export class QuizController {
  constructor(
    private readonly start$: StartAttemptUseCase,
    private readonly submit$: SubmitAttemptUseCase,
    private readonly queries: QuizQueries,
  ) {}

  /** 201 with a new attempt; 200 with the open one when there is one (a retry never burns an attempt). */
  @Post('quizzes/:activityId/attempts')
  async start(
    @CurrentPrincipal() principal: Principal,
    @Param('activityId', uuid) activityId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StartAttemptResponse> {
    const { created, attempt } = await this.start$.execute(principal.userId, activityId);
    void reply.status(created ? 201 : 200);
    return attempt;
  }

  @Get('quizzes/:activityId/attempts')
  mine(@CurrentPrincipal() principal: Principal, @Param('activityId', uuid) activityId: string): Promise<MyAttemptsResponse> {
    return this.queries.myAttempts(principal.userId, activityId);
  }

  /** Own attempts only (another person's is 404); 409 once submitted; 400 naming the question of a malformed response. */
  @Post('attempts/:id/submission')
  @HttpCode(200)
  submit(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: SubmissionRequest): Promise<SubmissionResponse> {
    return this.submit$.execute(principal.userId, id, body.responses);
  }
}
