import { type Injector, type ResourceRef, type ResourceStreamItem, inject, resource, signal } from '@angular/core';
import { ApiClient, type ApiParams } from './api-client';

export interface ApiResourceRequest {
  readonly url: string;
  readonly params?: ApiParams;
}

/**
 * A read as a signal, like Angular's `httpResource` but on our `ApiClient` (ADR 0016): `request` returns the URL (or
 * `{ url, params }`), or `undefined` for "nothing to load yet"; a change reloads and aborts the previous load.
 * `error()` is the `ApiError`.
 */
export function apiResource<T>(request: () => string | ApiResourceRequest | undefined, options?: { readonly injector?: Injector }): ResourceRef<T | undefined> {
  const api = options?.injector?.get(ApiClient) ?? inject(ApiClient);
  return resource<T | undefined, ApiResourceRequest | undefined>({
    params: () => {
      const wanted = request();
      return typeof wanted === 'string' ? { url: wanted } : wanted;
    },
    // `undefined` params leave the resource idle: the stream never receives them.
    stream: ({ params, abortSignal }) =>
      new Promise((resolve) => {
        const { url, params: query } = params as ApiResourceRequest;
        const state = signal<ResourceStreamItem<T | undefined>>({ value: undefined });
        const subscription = api.get<T>(url, { params: query }).subscribe({
          next: (value) => {
            state.set({ value });
            resolve(state);
          },
          error: (error: Error) => {
            state.set({ error });
            resolve(state);
          },
        });
        abortSignal.addEventListener('abort', () => subscription.unsubscribe());
      }),
    injector: options?.injector,
  });
}
