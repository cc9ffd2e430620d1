import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse, ReadinessResponse } from '@culture-d/shared/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../http/access';

const startedAt = Date.now();

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness: the process answers. */
  @Public()
  @Get()
  @ApiOkResponse({ description: 'The process is alive.' })
  health(): HealthResponse {
    return { status: 'ok', version: process.env['npm_package_version'] ?? '0.1.0', uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  }

  /** Readiness: the database answers a query. */
  @Public()
  @Get('ready')
  @ApiOkResponse({ description: 'Ready to serve: the database is up.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessResponse> {
    const start = performance.now();
    try {
      const [row] = (await this.dataSource.query('SELECT current_setting($1) AS version', ['server_version'])) as { version: string }[];
      return { status: 'ok', checks: { database: { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10, server: `PostgreSQL ${row.version}` } } };
    } catch {
      void reply.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', checks: { database: { status: 'down' } } };
    }
  }
}
