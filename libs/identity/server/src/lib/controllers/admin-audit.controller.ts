import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditQuery, type AuditPageResponse } from '@culture-d/identity/contracts';
import { Roles } from '@culture-d/shared/server';
import { ListAuditEventsUseCase } from '../use-cases/list-audit-events.use-case';

@ApiTags('administration')
@Controller('admin/audit')
export class AdminAuditController {
  constructor(private readonly list$: ListAuditEventsUseCase) {}

  @Roles('admin')
  @Get()
  list(@Query() query: AuditQuery): Promise<AuditPageResponse> {
    return this.list$.execute(query);
  }
}
