import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Query parameters: `undefined` and `null` are left out, arrays repeat the name (`?audience=elu&audience=agent`). */
export type ApiParams = Readonly<Record<string, string | number | boolean | null | undefined | readonly (string | number | boolean)[]>>;

export interface ApiOptions {
  readonly params?: ApiParams;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One request to our API, as the backend (fetch, or the testing controller) receives it. */
export interface ApiRequest {
  readonly method: ApiMethod;
  /** The path without its query string. */
  readonly url: string;
  readonly params: URLSearchParams;
  /** The path with its query string: what is fetched. */
  readonly urlWithParams: string;
  /** A string is sent as it is (with its own `Content-Type` header); anything else but `undefined` as JSON. */
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
  readonly responseType: 'json' | 'text';
}

/**
 * A failed request: `status` 0 when the network failed, else the HTTP status with the parsed problem document in
 * `body` (API.md: `application/problem+json` with a stable `code`).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
    readonly headers: Headers = new Headers(),
    readonly statusText = '',
  ) {
    super(status === 0 ? `network failure on ${url}` : `${[status, statusText].filter(Boolean).join(' ')} on ${url}`);
  }
}

/** Sends a request and emits the parsed response body once, then completes; unsubscribing aborts the request. */
export type ApiBackend = (request: ApiRequest) => Observable<unknown>;

/** How requests leave the app: `fetch` on our own origin, or the testing controller in specs. */
export const API_BACKEND = new InjectionToken<ApiBackend>('API_BACKEND', { providedIn: 'root', factory: () => fetchBackend });

/**
 * Our HTTP client (ADR 0016): Angular's `HttpClient` interface for what we use of it (`get`, `post`, `put`, `patch`,
 * `delete`, cold observables that abort when unsubscribed, errors as `ApiError`) in about 1 kB, on `fetch`. Angular's
 * client costs 26 kB of the first download, because the build puts every part of `@angular/common/http` that a lazy
 * page uses into the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly backend = inject(API_BACKEND);

  get<T>(url: string, options?: ApiOptions): Observable<T> {
    return this.send<T>('GET', url, undefined, options);
  }

  /** A text body (GIFT export, CSV). */
  getText(url: string, options?: ApiOptions): Observable<string> {
    return this.send<string>('GET', url, undefined, options, 'text');
  }

  post<T>(url: string, body?: unknown, options?: ApiOptions): Observable<T> {
    return this.send<T>('POST', url, body, options);
  }

  put<T>(url: string, body?: unknown, options?: ApiOptions): Observable<T> {
    return this.send<T>('PUT', url, body, options);
  }

  patch<T>(url: string, body?: unknown, options?: ApiOptions): Observable<T> {
    return this.send<T>('PATCH', url, body, options);
  }

  delete<T>(url: string, options?: ApiOptions & { readonly body?: unknown }): Observable<T> {
    return this.send<T>('DELETE', url, options?.body, options);
  }

  private send<T>(method: ApiMethod, url: string, body: unknown, options: ApiOptions | undefined, responseType: 'json' | 'text' = 'json'): Observable<T> {
    const params = toSearchParams(options?.params);
    const query = params.toString();
    const request: ApiRequest = {
      method,
      url,
      params,
      urlWithParams: query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url,
      body,
      headers: options?.headers ?? {},
      responseType,
    };
    return this.backend(request) as Observable<T>;
  }
}

function toSearchParams(params: ApiParams | undefined): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  }
  return search;
}

/** `fetch` with the session cookie (same origin), JSON in and out; a problem document becomes an `ApiError`. */
export const fetchBackend: ApiBackend = (request) =>
  new Observable<unknown>((subscriber) => {
    const abort = new AbortController();
    const headers: Record<string, string> = { accept: request.responseType === 'json' ? 'application/json, application/problem+json' : 'text/plain, */*', ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined && request.body !== null) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
        headers['content-type'] = typeof request.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
      }
    }
    fetch(request.urlWithParams, { method: request.method, headers, body, credentials: 'same-origin', signal: abort.signal })
      .then(async (response) => {
        const text = await response.text();
        const parsed = request.responseType === 'text' ? text : parseJson(text);
        if (response.ok) {
          subscriber.next(parsed);
          subscriber.complete();
        } else {
          subscriber.error(new ApiError(request.urlWithParams, response.status, request.responseType === 'text' ? parseJson(text) : parsed, response.headers, response.statusText));
        }
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) subscriber.error(error instanceof ApiError ? error : new ApiError(request.urlWithParams, 0, null));
      });
    return () => abort.abort();
  });

/** An empty body (204) is `null`; a body that is not JSON is kept as text. */
function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
