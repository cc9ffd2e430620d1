// What specs need to drive the web code: the API double. Never imported by application code.
export { ApiTestingController, type RequestMatch, type SentRequest, TestRequest, provideApiTesting } from './lib/api/api-testing';
