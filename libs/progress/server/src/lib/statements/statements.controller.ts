import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { MyStatementsQuery, type StatementBatchResponse, type StatementPage } from '@culture-d/progress/contracts';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import { StatementsService } from './statements.service';

@ApiTags('learning record')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  /**
   * A batch of xAPI-shaped statements from the signed-in person; replays are counted once (docs/progress.md). The body
   * is checked by the progress domain, not by the global pipe: it would deep-copy every statement for nothing (the
   * sync path of the offline mode, the API's most frequent write).
   */
  @SignedIn()
  @Post('statements')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['statements'], properties: { statements: { type: 'array', minItems: 1, maxItems: 100, items: { type: 'object' } } } } })
  ingest(@CurrentPrincipal() principal: Principal, @Body() body: unknown): Promise<StatementBatchResponse> {
    return this.statements.ingest(principal.userId, body);
  }

  @SignedIn()
  @Get('me/statements')
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyStatementsQuery): Promise<StatementPage> {
    return this.statements.mine(principal.userId, query.limit, query.cursor);
  }
}
