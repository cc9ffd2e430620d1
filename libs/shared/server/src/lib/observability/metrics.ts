import { Controller, DynamicModule, Get, Header, Injectable, Module, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { timingSafeEqual } from 'node:crypto';
import { CommonErrorCode } from '@culture-d/shared/contracts';
import { Public } from '../http/access';
import { ProblemException } from '../http/problem-details.filter';

export class MetricsOptions {
  token?: string;
}

/** One registry per process (several Nest apps may live in one test process). */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly httpErrors = new Counter({
    name: 'http_server_errors_total',
    help: 'HTTP 5xx answers',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Times every request by its route pattern (never the raw URL, to keep cardinality bounded). */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const labels = { method: request.method, route, status: String(reply.statusCode) };
      this.httpDuration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode >= 500) this.httpErrors.inc({ route });
    });
  }
}

/**
 * `/metrics` in Prometheus text format. With `METRICS_TOKEN` set it requires `Authorization: Bearer <token>`;
 * without it, only loopback callers get an answer (a scraper on the same host), everyone else a 404.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly options: MetricsOptions,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: FastifyRequest): Promise<string> {
    if (!this.mayScrape(request)) {
      throw new ProblemException(404, CommonErrorCode.NotFound, 'Nothing is here.');
    }
    return this.metrics.registry.metrics();
  }

  private mayScrape(request: FastifyRequest): boolean {
    const token = this.options.token;
    if (!token) return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.socket.remoteAddress ?? '');
    const given = Buffer.from(request.headers.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

@Module({})
export class MetricsModule {
  static forRoot(options: { token?: string }): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [MetricsRegistry, { provide: MetricsOptions, useValue: Object.assign(new MetricsOptions(), options) }],
      exports: [MetricsRegistry],
    };
  }
}
