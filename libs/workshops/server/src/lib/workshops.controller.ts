import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { GuestCancellationRequest, RegistrationRequest, WorkshopsQuery, type MyRegistrationResponse, type RegistrationResponse, type WorkshopResponse } from '@culture-d/workshops/contracts';
import { CurrentPrincipal, Public, SignedIn, type Principal, type RequestWithPrincipal } from '@culture-d/shared/server';
import { CancelRegistrationUseCase } from './use-cases/cancel-registration.use-case';
import { RegisterForWorkshopUseCase } from './use-cases/register-for-workshop.use-case';
import { WorkshopsQueries } from './workshops.queries';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('workshops')
@Controller()
export class WorkshopsController {
  constructor(
    private readonly queries: WorkshopsQueries,
    private readonly register$: RegisterForWorkshopUseCase,
    private readonly cancel$: CancelRegistrationUseCase,
  ) {}

  @Public()
  @Get('workshops')
  list(@Query() query: WorkshopsQuery): Promise<{ items: WorkshopResponse[]; total: number }> {
    return this.queries.list(query);
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
  register(@Param('id', uuid) id: string, @Body() body: RegistrationRequest, @Req() request: RequestWithPrincipal): Promise<RegistrationResponse> {
    const userId = request.principal?.userId;
    return this.register$.execute(id, userId ? { userId } : { guest: body.guest });
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
