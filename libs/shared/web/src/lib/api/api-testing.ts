import { Injectable, type Provider, inject } from '@angular/core';
import { Observable, type Subscriber } from 'rxjs';
import { API_BACKEND, type ApiBackend, ApiError, type ApiRequest } from './api-client';

/** A request or a test of it: the path with its query string, `{ method, url }`, or a predicate. */
export type RequestMatch = string | { readonly method?: string; readonly url?: string } | ((request: ApiRequest) => boolean);

/** A request as a spec reads it: the body is the JSON value the code sent, read freely (as `HttpRequest<any>`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SentRequest = Omit<ApiRequest, 'body'> & { readonly body: any };

/** A request the code under test sent, waiting for the spec to answer it. */
export class TestRequest {
  private answered = false;
  private isCancelled = false;

  constructor(
    readonly request: SentRequest,
    private readonly subscriber: Subscriber<unknown>,
  ) {}

  /** True once the code unsubscribed (a newer load replaced it, or the page was left). */
  get cancelled(): boolean {
    return this.isCancelled;
  }

  /** Answers with `body`; a status outside 2xx fails the request with an `ApiError` carrying `body`. */
  flush(body: unknown, options: { readonly status?: number; readonly statusText?: string; readonly headers?: Readonly<Record<string, string>> } = {}): void {
    this.settle();
    const status = options.status ?? 200;
    if (status >= 200 && status < 300) {
      this.subscriber.next(body);
      this.subscriber.complete();
    } else {
      this.subscriber.error(new ApiError(this.request.urlWithParams, status, body, new Headers(options.headers), options.statusText ?? ''));
    }
  }

  /** Fails as when the network is down (`status` 0). */
  networkError(): void {
    this.settle();
    this.subscriber.error(new ApiError(this.request.urlWithParams, 0, null));
  }

  /** @internal */
  cancel(): void {
    if (!this.answered) this.isCancelled = true;
  }

  private settle(): void {
    const what = `${this.request.method} ${this.request.urlWithParams}`;
    if (this.isCancelled) throw new Error(`${what} was cancelled: it cannot be answered`);
    if (this.answered) throw new Error(`${what} was already answered`);
    this.answered = true;
  }
}

/**
 * The `ApiClient`'s double in specs, with `HttpTestingController`'s interface: requests wait until the spec answers
 * them, synchronously. `match` and `expectOne` take the requests they return off the list.
 */
@Injectable()
export class ApiTestingController {
  private open: TestRequest[] = [];

  /** @internal The backend `provideApiTesting()` installs. */
  readonly backend: ApiBackend = (request) =>
    new Observable<unknown>((subscriber) => {
      const test = new TestRequest(request, subscriber);
      this.open.push(test);
      return () => test.cancel();
    });

  match(match: RequestMatch): TestRequest[] {
    const found = this.open.filter((test) => matches(test.request, match));
    this.open = this.open.filter((test) => !found.includes(test));
    return found;
  }

  expectOne(match: RequestMatch): TestRequest {
    const found = this.match(match);
    if (found.length !== 1) throw new Error(`Expected one request for ${describe(match)}, found ${found.length}. ${this.pending()}`);
    return found[0];
  }

  expectNone(match: RequestMatch): void {
    const found = this.match(match);
    if (found.length > 0) throw new Error(`Expected no request for ${describe(match)}, found ${found.length}.`);
  }

  /** Fails when a request the code still waits for was never answered. */
  verify(): void {
    const waiting = this.open.filter((test) => !test.cancelled);
    if (waiting.length > 0) throw new Error(`Expected no unanswered request. ${this.pending()}`);
  }

  private pending(): string {
    const list = this.open.filter((test) => !test.cancelled).map((test) => `${test.request.method} ${test.request.urlWithParams}`);
    return list.length ? `Unanswered: ${list.join(', ')}.` : 'No request waits.';
  }
}

/** Replaces `fetch` by `ApiTestingController` for the `ApiClient`. */
export function provideApiTesting(): Provider[] {
  return [ApiTestingController, { provide: API_BACKEND, useFactory: () => inject(ApiTestingController).backend }];
}

function matches(request: ApiRequest, match: RequestMatch): boolean {
  if (typeof match === 'function') return match(request);
  if (typeof match === 'string') return request.urlWithParams === match;
  return (!match.method || match.method.toUpperCase() === request.method) && (!match.url || match.url === request.urlWithParams);
}

function describe(match: RequestMatch): string {
  if (typeof match === 'function') return 'a predicate';
  if (typeof match === 'string') return match;
  return `${match.method ?? '*'} ${match.url ?? '*'}`;
}
