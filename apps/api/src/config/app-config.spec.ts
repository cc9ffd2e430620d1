import { ConfigurationError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with sensible defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: '.data', databaseUrl: undefined, embeddedPostgresPort: 54329, publicUrl: 'http://localhost:3000', env: 'development' });
  });

  it('reads TRUST_PROXY as a switch, a number of proxies, or the proxies’ addresses and ranges', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8,loopback' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1,fd00::/8,loopback');
  });

  it('reads numbers, booleans and URLs from strings', () => {
    const config = loadConfig({ PORT: '8080', TRUST_PROXY: 'true', DATABASE_URL: 'postgres://u:p@db:5432/cd', PUBLIC_URL: 'https://culture-d.example.org/' });
    expect(config).toMatchObject({ port: 8080, trustProxy: true, databaseUrl: 'postgres://u:p@db:5432/cd', publicUrl: 'https://culture-d.example.org' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number between 1 and 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY must be true, false, a number of proxies'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be true, false, a number of proxies'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY must be true, false, a number of proxies'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters'],
  ])('refuses %p with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lists every bad value at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT.*; LOG_LEVEL|LOG_LEVEL.*; PORT/);
  });
});
