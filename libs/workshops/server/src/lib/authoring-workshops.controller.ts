import { Body, Controller, Delete, Get, HttpCode, Logger, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdentityService } from '@culture-d/identity/server';
import { CurrentPrincipal, Mailer, Roles, SignedIn, type Principal } from '@culture-d/shared/server';
import {
  AttendanceRequest,
  BulkAttendanceRequest,
  CancelWorkshopRequest,
  RegistrantsQuery,
  SurveyAnswersRequest,
  WorkshopRequest,
  type AuthoringWorkshopResponse,
  type AuthoringWorkshopSummary,
  type RegistrantResponse,
} from '@culture-d/workshops/contracts';
import type { FastifyReply } from 'fastify';
import { ManageRegistrantsUseCase } from './use-cases/manage-registrants.use-case';
import { SaveWorkshopUseCase } from './use-cases/save-workshop.use-case';
import { SurveyUseCase } from './use-cases/survey.use-case';
import { WorkshopsQueries } from './workshops.queries';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('workshops')
@Controller()
export class AuthoringWorkshopsController {
  private readonly logger = new Logger('Workshops');

  constructor(
    private readonly save$: SaveWorkshopUseCase,
    private readonly registrants$: ManageRegistrantsUseCase,
    private readonly queries: WorkshopsQueries,
    private readonly mailer: Mailer,
    private readonly identity: IdentityService,
    private readonly survey$: SurveyUseCase,
  ) {}

  @Roles('author', 'admin')
  @Get('authoring/workshops')
  list(): Promise<AuthoringWorkshopSummary[]> {
    return this.queries.all();
  }

  @Roles('author', 'admin')
  @Post('authoring/workshops')
  async create(@CurrentPrincipal() principal: Principal, @Body() body: WorkshopRequest): Promise<AuthoringWorkshopResponse> {
    return this.forAuthors(await this.save$.create(body, principal.userId));
  }

  @Roles('author', 'admin')
  @Get('authoring/workshops/:id')
  get(@Param('id', uuid) id: string): Promise<AuthoringWorkshopResponse> {
    return this.forAuthors(id);
  }

  /** Replaces the workshop; a larger capacity confirms people from the waiting list, in order. */
  @Roles('author', 'admin')
  @Patch('authoring/workshops/:id')
  async update(@Param('id', uuid) id: string, @Body() body: WorkshopRequest): Promise<AuthoringWorkshopResponse> {
    await this.save$.update(id, body);
    return this.forAuthors(id);
  }

  /** Cancels the workshop and tells everyone registered, quoting the reason when one is given. */
  @Roles('author', 'admin')
  @Post('authoring/workshops/:id/cancel')
  @HttpCode(204)
  async cancel(@Param('id', uuid) id: string, @Body() body: CancelWorkshopRequest): Promise<void> {
    const registrations = await this.save$.cancel(id);
    const workshop = await this.queries.get(id, true);
    const reason = body?.reason ? `Raison de l’annulation : ${body.reason}\n\n` : '';
    const contacts = await this.identity.contacts(registrations.filter((r) => r.userId).map((r) => r.userId as string));
    for (const r of registrations) {
      const to = r.guestEmail ?? contacts.get(r.userId as string)?.email;
      if (!to) continue;
      this.mailer
        .send({
          to,
          subject: `Atelier annulé : ${workshop.title}`,
          text: `Bonjour,\n\nNous sommes désolé·es : l’atelier « ${workshop.title} » est annulé. Votre inscription est donc annulée elle aussi.\n\n${reason}— Culture D`,
        })
        .catch((err: unknown) => this.logger.error({ err }, 'cancellation e-mail not sent'));
    }
  }

  @Roles('author', 'admin')
  @Delete('authoring/workshops/:id')
  @HttpCode(204)
  async remove(@Param('id', uuid) id: string): Promise<void> {
    await this.save$.remove(id);
  }

  /** Facilitators of the workshop, authors and admins; `?format=csv` (or `Accept: text/csv`) gives a spreadsheet. */
  @Roles('facilitator', 'author', 'admin')
  @Get('workshops/:id/registrations')
  async registrants(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Query() query: RegistrantsQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrantResponse[] | string> {
    if (query.format !== 'csv' && !String(reply.request.headers.accept ?? '').includes('text/csv')) return this.registrants$.list(id, principal);
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="inscrit-es.csv"');
    return this.registrants$.csv(id, principal, query.separator === 'semicolon' ? ';' : ',');
  }

  @SignedIn()
  @Get('workshops/:id/survey')
  survey(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string) {
    return this.survey$.forRegistrant(id, principal.userId);
  }

  @SignedIn()
  @Post('workshops/:id/survey/responses')
  @HttpCode(204)
  async answer(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: SurveyAnswersRequest): Promise<void> {
    await this.survey$.answer(id, principal.userId, body.answers);
  }

  /** Aggregated answers; `Accept: text/csv` gives a spreadsheet (`?separator=semicolon` for French spreadsheets). */
  @Roles('facilitator', 'author', 'admin')
  @Get('workshops/:id/survey/results')
  results(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Query() query: RegistrantsQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    if (query.format !== 'csv' && !String(reply.request.headers.accept ?? '').includes('text/csv')) return this.survey$.results(id, principal);
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="enquete-besoins.csv"');
    return this.survey$.resultsCsv(id, principal, query.separator === 'semicolon' ? ';' : ',');
  }

  /** The attendance sheet: several people at once. */
  @Roles('facilitator', 'author', 'admin')
  @Put('workshops/:id/attendance')
  attendanceSheet(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: BulkAttendanceRequest): Promise<RegistrantResponse[]> {
    return this.registrants$.recordAttendances(id, body.registrationIds, body.attendance, principal);
  }

  @Roles('facilitator', 'author', 'admin')
  @Patch('registrations/:id')
  attendance(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: AttendanceRequest): Promise<RegistrantResponse> {
    return this.registrants$.recordAttendance(id, body.attendance, principal);
  }

  private forAuthors(id: string): Promise<AuthoringWorkshopResponse> {
    return this.queries.forAuthors(id, (ids) => this.identity.contacts(ids));
  }
}
