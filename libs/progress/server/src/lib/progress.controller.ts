import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ActivityCompletionResponse, EnrolmentResponse, MyCompetenciesResponse, MyEnrolmentResponse, ParcoursProgressResponse } from '@culture-d/progress/contracts';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import type { FastifyReply } from 'fastify';
import { EnrolmentUseCase } from './enrolment.use-case';
import { ProgressEngine } from './progress-engine';
import { ProgressQueries } from './progress.queries';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Learning: enrolment, progress and resume, lesson completion, competency profile. */
@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(
    private readonly enrolment$: EnrolmentUseCase,
    private readonly engine: ProgressEngine,
    private readonly queries: ProgressQueries,
  ) {}

  /** 201 when this request enrolled the learner (new, or again after unenrolling), 200 when already enrolled. */
  @SignedIn()
  @Post('parcours/:slug/enrolment')
  async enrol(@CurrentPrincipal() principal: Principal, @Param('slug') slug: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<EnrolmentResponse> {
    const { created, enrolment } = await this.enrolment$.enrol(principal.userId, slug);
    void reply.status(created ? 201 : 200);
    return enrolment;
  }

  /** Unenrols; the progress is kept and comes back on enrolling again. */
  @SignedIn()
  @Delete('parcours/:slug/enrolment')
  @HttpCode(204)
  async unenrol(@CurrentPrincipal() principal: Principal, @Param('slug') slug: string): Promise<void> {
    await this.enrolment$.unenrol(principal.userId, slug);
  }

  @SignedIn()
  @Get('me/enrolments')
  myEnrolments(@CurrentPrincipal() principal: Principal): Promise<MyEnrolmentResponse[]> {
    return this.queries.myEnrolments(principal.userId);
  }

  @SignedIn()
  @Get('me/parcours/:slug/progress')
  progress(@CurrentPrincipal() principal: Principal, @Param('slug') slug: string): Promise<ParcoursProgressResponse> {
    return this.queries.parcoursProgress(principal.userId, slug);
  }

  /** Completes a lesson (idempotent); quizzes complete by passing, workshop steps by attendance. */
  @SignedIn()
  @Post('activities/:id/completion')
  @HttpCode(200)
  complete(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<ActivityCompletionResponse> {
    return this.engine.completeLesson(principal.userId, id);
  }

  @SignedIn()
  @Get('me/competencies')
  competencies(@CurrentPrincipal() principal: Principal): Promise<MyCompetenciesResponse> {
    return this.queries.myCompetencies(principal.userId);
  }
}
