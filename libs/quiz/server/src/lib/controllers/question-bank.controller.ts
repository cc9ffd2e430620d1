import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommonErrorCode } from '@culture-d/shared/contracts';
import { QuestionBankQuery, QuestionExportQuery, QuestionImportQuery, QuestionRequest, type BankQuestionResponse, type GiftImportResponse } from '@culture-d/quiz/contracts';
import { CurrentPrincipal, ProblemException, Roles, type Principal } from '@culture-d/shared/server';
import { QuestionBankUseCases } from '../use-cases/question-bank.use-cases';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** The question bank: what quizzes draw from, written here or imported from Moodle GIFT. */
@ApiTags('authoring')
@Roles('author', 'admin')
@Controller('authoring/questions')
export class QuestionBankController {
  constructor(private readonly bank: QuestionBankUseCases) {}

  @Get()
  list(@Query() query: QuestionBankQuery): Promise<{ items: BankQuestionResponse[]; total: number }> {
    return this.bank.list(query);
  }

  @Post()
  create(@CurrentPrincipal() principal: Principal, @Body() body: QuestionRequest): Promise<BankQuestionResponse> {
    return this.bank.create(body.question, body.category, principal.userId);
  }

  /** Body: GIFT text (`Content-Type: text/plain`, at most 2 MB). With errors, nothing is imported unless `skipInvalid=true`. */
  @Post('import')
  @HttpCode(201)
  import(@CurrentPrincipal() principal: Principal, @Query() query: QuestionImportQuery, @Body() body: unknown): Promise<GiftImportResponse> {
    if (typeof body !== 'string') throw new ProblemException(415, CommonErrorCode.UnsupportedMediaType, 'Send the GIFT text as text/plain.');
    return this.bank.importGift(body, query.skipInvalid ?? false, principal.userId);
  }

  @Get('export')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="questions.gift.txt"')
  export(@Query() query: QuestionExportQuery): Promise<string> {
    return this.bank.exportGift(query.ids?.split(','));
  }

  @Get(':id')
  get(@Param('id', uuid) id: string): Promise<BankQuestionResponse> {
    return this.bank.get(id);
  }

  @Patch(':id')
  update(@Param('id', uuid) id: string, @Body() body: QuestionRequest): Promise<BankQuestionResponse> {
    return this.bank.update(id, body.question, body.category);
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id', uuid) id: string): Promise<void> {
    await this.bank.delete(id);
  }
}
