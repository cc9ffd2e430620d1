import { CommonErrorCode } from '@culture-d/shared/contracts';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from './problem-details.filter';

/**
 * Replaces Fastify's JSON parser with the same parser (which refuses `__proto__` and `constructor.prototype`
 * keys) but failing with our stable `MALFORMED_JSON` code, since Nest would otherwise reduce the error to a bare 400.
 */
export function useStrictJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error') as unknown as (
    request: unknown,
    body: string,
    done: (error: Error | null, value?: unknown) => void,
  ) => void;
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error, value) => {
      if (error) {
        done(new ProblemException(400, CommonErrorCode.MalformedJson, 'The request body is not valid JSON.'), undefined);
        return;
      }
      done(null, value);
    });
  });
}
