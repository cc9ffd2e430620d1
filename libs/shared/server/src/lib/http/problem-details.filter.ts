import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { CommonErrorCode, PROBLEM_CONTENT_TYPE, ProblemDetails, ProblemFieldError } from '@culture-d/shared/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rule_violated: 422,
  throttled: 429,
};

const CODE_BY_STATUS: Record<number, string> = {
  400: CommonErrorCode.MalformedRequest,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  503: CommonErrorCode.ServiceUnavailable,
};

/** Fastify's own parsing errors, mapped to our stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: CommonErrorCode.MalformedJson, detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: CommonErrorCode.MalformedJson, detail: 'The request body is empty but declared as JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: CommonErrorCode.PayloadTooLarge, detail: 'The request body is larger than this endpoint accepts.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: CommonErrorCode.UnsupportedMediaType, detail: 'This content type is not accepted here.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: CommonErrorCode.MalformedRequest, detail: 'The Content-Length header does not match the body.' },
};

/** Thrown by the validation pipe: carries per-field messages. */
export class RequestValidationException extends HttpException {
  constructor(readonly fields: ProblemFieldError[]) {
    super('The request is invalid.', HttpStatus.BAD_REQUEST);
  }
}

/** Raised by guards and controllers that need a specific stable code with a plain HTTP status. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}

export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * The one place where errors become HTTP: RFC 9457 problem+json with a stable `code`.
 * Unknown errors are logged with the request id and answered with a bare 500 that leaks nothing.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(private readonly notFoundFallback?: NotFoundFallback) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();

    const problem = this.toProblem(exception);
    if (problem.status === 404 && this.notFoundFallback && this.notFoundFallback(request, reply)) {
      return;
    }
    if (problem.status >= 500) {
      this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
    }
    problem.instance = request.url.split('?')[0];
    problem.requestId = String(request.id);
    if (reply.sent) return;
    if (problem.status === 429 && typeof problem['retryAfter' as keyof ProblemDetails] === 'number') {
      void reply.header('Retry-After', String(problem['retryAfter' as keyof ProblemDetails]));
    }
    void reply.status(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      return {
        ...exception.details,
        ...problem(status, exception.code, exception.message),
        ...(exception.fields.length ? { errors: exception.fields } : {}),
      };
    }
    if (exception instanceof RequestValidationException) {
      return { ...problem(400, CommonErrorCode.ValidationFailed, 'The request is invalid.'), errors: exception.fields };
    }
    if (exception instanceof ProblemException) {
      return { ...exception.extra, ...problem(exception.getStatus(), exception.code, exception.message) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? CommonErrorCode.InternalError : CommonErrorCode.MalformedRequest);
      const detail = status === 404 ? 'Nothing is here.' : status >= 500 ? undefined : exception.message;
      return problem(status, code, detail);
    }
    const fastifyError = asFastifyError(exception);
    if (fastifyError) {
      const known = FASTIFY_CODES[fastifyError.code ?? ''];
      if (known) return problem(known.status, known.code, known.detail);
      if (fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
        return problem(fastifyError.statusCode, CODE_BY_STATUS[fastifyError.statusCode] ?? CommonErrorCode.MalformedRequest, undefined);
      }
    }
    return problem(500, CommonErrorCode.InternalError, 'Something went wrong on our side. The error has been logged.');
  }
}

function problem(status: number, code: string, detail: string | undefined): ProblemDetails {
  return {
    type: `https://culture-d.fr/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
  };
}

function asFastifyError(error: unknown): { statusCode: number; code?: string } | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number') {
    return { statusCode: error.statusCode, code: 'code' in error && typeof error.code === 'string' ? error.code : undefined };
  }
  return undefined;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
