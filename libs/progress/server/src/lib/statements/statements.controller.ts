import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MyStatementsQuery, StatementBatchRequest, type StatementBatchResponse, type StatementPage } from '@culture-d/progress/contracts';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import { StatementsService } from './statements.service';

@ApiTags('learning record')
@Controller()
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  /** A batch of xAPI-shaped statements from the signed-in person; replays are counted once (docs/progress.md). */
  @SignedIn()
  @Post('statements')
  @HttpCode(200)
  ingest(@CurrentPrincipal() principal: Principal, @Body() body: StatementBatchRequest): Promise<StatementBatchResponse> {
    return this.statements.ingest(principal.userId, body.statements);
  }

  @SignedIn()
  @Get('me/statements')
  mine(@CurrentPrincipal() principal: Principal, @Query() query: MyStatementsQuery): Promise<StatementPage> {
    return this.statements.mine(principal.userId, query.limit, query.cursor);
  }
}
