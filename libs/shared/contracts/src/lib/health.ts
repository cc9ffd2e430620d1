export interface HealthResponse {
  status: 'ok';
  version: string;
  uptimeSeconds: number;
}

export interface ReadinessResponse {
  status: 'ok' | 'unavailable';
  checks: { database: { status: 'up' | 'down'; latencyMs?: number; server?: string } };
}
