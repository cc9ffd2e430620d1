import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CommonErrorCode } from '@culture-d/shared/contracts';
import { MetricsRegistry, ProblemDetailsFilter, ProblemException, createValidationPipe, registerCsrfProtection, useStrictJsonParser } from '@culture-d/shared/server';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { AppModule } from './app.module';
import { PinoNestLogger } from './logger';
import { contentSecurityPolicy, serveWebApp } from './web-app';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Builds the whole HTTP application (API, OpenAPI, metrics, web app) without listening. */
export interface CreateAppOptions {
  /** Extra modules mounted beside the application's (used by tests to probe the HTTP pipeline). */
  extraModules?: Type[];
}

export async function createApp(config: AppConfig, databaseUrl: string, logger: Logger, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Keep a caller's request id when it looks like one, so that traces cross services.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl, options.extraModules), adapter, {
    logger: new PinoNestLogger(logger.child({ context: 'nest' })),
    abortOnError: false,
    // Fastify's own JSON parser only: no urlencoded bodies (a CSRF-friendly "simple" request type) on a JSON API.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  useStrictJsonParser(fastify);
  // Plain text is read by one route only, the GIFT import of the question bank; elsewhere it is refused with 415.
  const giftImport = '/api/authoring/questions/import';
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('text/plain', { parseAs: 'string' }, (request, body, done) => {
    if (request.routeOptions.url === giftImport) done(null, body);
    else done(new ProblemException(415, CommonErrorCode.UnsupportedMediaType, 'This content type is not accepted here.'), undefined);
  });
  // Whole parcours documents carry their images, files and datasets inline: authoring accepts larger bodies
  // (a GIFT file has no images: 2 MB is thousands of questions).
  fastify.addHook('onRoute', (route) => {
    if (route.url === giftImport) route.bodyLimit = 2 * 1024 * 1024;
    else if (route.url.startsWith('/api/authoring/')) route.bodyLimit = Math.max(config.bodyLimitBytes, 20 * 1024 * 1024);
  });

  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith('/api/health')) return;
    request.log.info({ method: request.method, url: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
  app.get(MetricsRegistry).instrument(fastify);

  const upgradeInsecure = config.publicUrl.startsWith('https://');
  await app.register(helmet, {
    contentSecurityPolicy: false, // set below, per response, so that pages get their nonce
    strictTransportSecurity: upgradeInsecure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const strictPolicy = contentSecurityPolicy(undefined, upgradeInsecure);
  // Swagger UI ships its own inline styles; everything else gets the strict policy.
  const docsPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('Content-Security-Policy')) {
      void reply.header('Content-Security-Policy', request.url.startsWith('/api/docs') ? docsPolicy : strictPolicy);
    }
    void reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    return payload;
  });
  await app.register(cookie);
  registerCsrfProtection(fastify, config.publicUrl);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });

  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalPipes(createValidationPipe());
  const fallback = await serveWebApp(fastify, { webDist: config.webDist, upgradeInsecure }, logger);
  app.useGlobalFilters(new ProblemDetailsFilter(fallback));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Culture D API')
      .setDescription('Parcours d’acculturation aux données — the HTTP contract (docs/api.md).')
      .setVersion(process.env['npm_package_version'] ?? '0.1.0')
      .addCookieAuth('cd_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });

  return app;
}
