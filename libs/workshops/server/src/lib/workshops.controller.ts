import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { GuestCancellationRequest, RegistrationRequest, WorkshopsQuery, type MyRegistrationResponse, type RegistrationResponse, type WorkshopResponse } from '@culture-d/workshops/contracts';
import { CurrentPrincipal, Public, SignedIn, type Principal, type RequestWithPrincipal } from '@culture-d/shared/server';
import { CancelRegistrationUseCase } from './use-cases/cancel-registration.use-case';
import { RegisterForWorkshopUseCase } from './use-cases/register-for-workshop.use-case';
import { WorkshopCalendar } from './workshop-calendar';
import { WorkshopsQueries } from './workshops.queries';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('workshops')
@Controller()
export class WorkshopsController {
  constructor(
    private readonly queries: WorkshopsQueries,
    private readonly register$: RegisterForWorkshopUseCase,
    private readonly cancel$: CancelRegistrationUseCase,
    private readonly calendar: WorkshopCalendar,
  ) {}

  @Public()
  @Get('workshops')
  list(@Query() query: WorkshopsQuery): Promise<{ items: WorkshopResponse[]; total: number }> {
    return this.queries.list(query);
  }

  /** Every upcoming published workshop, as an iCalendar feed to subscribe to. */
  @Public()
  @Get('workshops/feed.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="ateliers-culture-d.ics"')
  async feed(): Promise<string> {
    return this.calendar.render(await this.queries.forCalendar());
  }

  @Public()
  @Get('workshops/:id/ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  async ics(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const workshops = await this.queries.forCalendar(id);
    void reply.header('Content-Disposition', `attachment; filename="${workshops[0].slug}.ics"`);
    return this.calendar.render(workshops, workshops[0].title);
  }

  /** By id or by slug. */
  @Public()
  @Get('workshops/:id')
  get(@Param('id') id: string): Promise<WorkshopResponse> {
    return this.queries.get(id);
  }

  /** Signed in: the session's person; otherwise `{ guest: { name, email, consent: true } }`. */
  @Public()
  @Post('workshops/:id/registrations')
  register(@Param('id', uuid) id: string, @Body() body: RegistrationRequest, @Req() request: RequestWithPrincipal & FastifyRequest): Promise<RegistrationResponse> {
    const userId = request.principal?.userId;
    return this.register$.execute(id, userId ? { userId } : { guest: body.guest, ip: request.ip });
  }

  @SignedIn()
  @Delete('workshops/:id/registrations/mine')
  @HttpCode(204)
  async cancelMine(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<void> {
    await this.cancel$.mine(id, principal.userId);
  }

  /** A guest's cancellation, with the token of the e-mailed link. */
  @Public()
  @Post('registrations/cancel')
  @HttpCode(204)
  async cancelAsGuest(@Body() body: GuestCancellationRequest): Promise<void> {
    await this.cancel$.byToken(body.token);
  }

  @SignedIn()
  @Get('me/registrations')
  mine(@CurrentPrincipal() principal: Principal): Promise<MyRegistrationResponse[]> {
    return this.queries.mine(principal.userId);
  }
}
