/** What a use case may know of the HTTP request: enough for throttling and the session list, nothing more. */
export interface RequestContext {
  ip: string;
  userAgent?: string;
}
