import { Body, Controller, Delete, Get, Header, HttpCode, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DeleteAccountRequest } from '@culture-d/identity/contracts';
import { SessionService } from '@culture-d/identity/server';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import type { FastifyReply } from 'fastify';
import { DeleteMyAccountUseCase } from './delete-my-account.use-case';
import { ExportMyDataUseCase, type PersonalDataExport } from './export-my-data.use-case';

@ApiTags('personal data')
@Controller('me')
export class PrivacyController {
  constructor(
    private readonly export$: ExportMyDataUseCase,
    private readonly delete$: DeleteMyAccountUseCase,
    private readonly sessions: SessionService,
  ) {}

  @SignedIn()
  @Get('export')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Disposition', 'attachment; filename="culture-d-mes-donnees.json"')
  @ApiOkResponse({ description: 'Everything held about the caller, as one JSON document.' })
  exportMyData(@CurrentPrincipal() principal: Principal): Promise<PersonalDataExport> {
    return this.export$.execute(principal.userId);
  }

  @SignedIn()
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Personal data erased; anonymous statistics kept.' })
  async deleteMyAccount(@CurrentPrincipal() principal: Principal, @Body() body: DeleteAccountRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.delete$.execute(principal.userId, body.password);
    this.sessions.clearCookie(reply);
  }
}
