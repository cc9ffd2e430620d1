import autocannon from 'autocannon';

/**
 * Drives `url` with autocannon for `duration` seconds over `connections` keep-alive connections (no pipelining)
 * and returns the numbers the reports use. Runs in this process: the load generator takes one core of its own.
 *
 * `headersOf(k)`, when given, adds headers to the k-th request (k from 0), e.g. a client address per request.
 *
 * @param {{ url: string, connections: number, duration: number, method?: string, headers?: Record<string, string>, body?: string, headersOf?: (k: number) => Record<string, string> }} options
 */
export async function runLoad({ url, connections, duration, method = 'GET', headers, body, headersOf }) {
  let next = 0;
  const requests = headersOf ? [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headersOf(next++) } }) }] : undefined;
  const result = await autocannon({ url, connections, duration, method, headers, body, pipelining: 1, requests });
  return summarize(result);
}

/** A client address per request (10.x.y.z), for a server that trusts `X-Forwarded-For`: per-address limits stay out of a load test. */
export const forwardedFor = (k) => ({ 'x-forwarded-for': `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` });

/** The subset of an autocannon result kept in the reports (latencies in ms, as autocannon measures them). */
export function summarize(result) {
  return {
    durationSec: result.duration,
    connections: result.connections,
    requestsPerSec: { mean: result.requests.mean, stddev: result.requests.stddev, min: result.requests.min, max: result.requests.max },
    latencyMs: {
      mean: result.latency.average,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    /** Responses received. */
    completed: result.requests.total,
    /** Requests written to the socket (completed + in flight when the run stopped). */
    sent: result.requests.sent,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    throughputBytesPerSec: result.throughput.mean,
  };
}
