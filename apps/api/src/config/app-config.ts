import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';
import { isIP } from 'node:net';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);
const toTrust = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value.trim()) && !['0', '1'].includes(value.trim()) ? Number(value) : toBool({ value }));

/** proxy-addr's names for address ranges, which Fastify accepts in `trustProxy`. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address (`10.0.0.4`), a CIDR range (`10.0.0.0/8`, `fd00::/8`) or one of proxy-addr's range names. */
function isTrustedHop(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false`; `true` (every hop: only when the balancer replaces X-Forwarded-For); a number of proxies in
 * front (`2`: the balancer and the reverse proxy); or the proxies' addresses and ranges, comma-separated — the two
 * last are what to use when clients can reach the balancer with their own X-Forwarded-For.
 */
function IsTrustProxy() {
  return ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) ||
        (typeof value === 'string' && value.split(',').every((entry) => isTrustedHop(entry.trim()))),
      defaultMessage: () => 'TRUST_PROXY must be true, false, a number of proxies from 1 to 10, or proxy addresses and CIDR ranges separated by commas',
    },
  });
}

/** Every environment variable the API reads (README › Configuration). */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1, { message: 'PORT must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 1 and 65535' })
  PORT = 3000;

  @IsString()
  @MinLength(1)
  HOST = '127.0.0.1';

  @IsString()
  @MinLength(1, { message: 'DATA_DIR must name a folder' })
  DATA_DIR = '.data';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_POSTGRES_PORT must be a whole number between 1024 and 65535' })
  @Min(1024, { message: 'EMBEDDED_POSTGRES_PORT must be a whole number between 1024 and 65535' })
  @Max(65535, { message: 'EMBEDDED_POSTGRES_PORT must be a whole number between 1024 and 65535' })
  EMBEDDED_POSTGRES_PORT = 54329;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be a whole number between 1 and 200' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be a whole number between 1 and 200' })
  @Max(200, { message: 'DATABASE_POOL_SIZE must be a whole number between 1 and 200' })
  DATABASE_POOL_SIZE = 10;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' })
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] }, { message: 'PUBLIC_URL must be an http(s) URL such as https://culture-d.example.org' })
  PUBLIC_URL?: string;

  @Transform(toTrust)
  @IsTrustProxy()
  TRUST_PROXY: boolean | number | string = false;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  @IsString()
  WEB_DIST = 'dist/apps/web/browser';

  @IsString()
  @MinLength(1)
  CONTENT_DIR = 'content';

  @Transform(toBool)
  @IsBoolean({ message: 'JOBS_ENABLED must be true or false' })
  JOBS_ENABLED = true;

  @Transform(toBool)
  @IsBoolean({ message: 'LOAD_STARTER_CONTENT must be true or false' })
  LOAD_STARTER_CONTENT = true;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Culture D <no-reply@culture-d.localhost>';

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @Transform(toInt)
  @IsInt({ message: 'BODY_LIMIT_BYTES must be a whole number between 1024 and 52428800' })
  @Min(1024, { message: 'BODY_LIMIT_BYTES must be a whole number between 1024 and 52428800' })
  @Max(52428800, { message: 'BODY_LIMIT_BYTES must be a whole number between 1024 and 52428800' })
  BODY_LIMIT_BYTES = 1048576;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  embeddedPostgresPort: number;
  databasePoolSize: number;
  logLevel: string;
  publicUrl: string;
  /** Fastify's `trustProxy`: false, true, a hop count, or addresses and ranges (comma-separated). */
  trustProxy: boolean | number | string;
  metricsToken?: string;
  webDist: string;
  bodyLimitBytes: number;
  smtpUrl?: string;
  mailFrom: string;
  contentDir: string;
  loadStarterContent: boolean;
  jobsEnabled: boolean;
  admin?: { email: string; password: string };
}

export class ConfigurationError extends Error {}

/** Reads and validates the environment; throws one readable message listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new EnvironmentVariables()).concat('DATABASE_URL', 'PUBLIC_URL', 'METRICS_TOKEN', 'SMTP_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD')
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = plainToInstance(EnvironmentVariables, known, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { skipMissingProperties: false });
  if (Boolean(parsed.ADMIN_EMAIL) !== Boolean(parsed.ADMIN_PASSWORD)) {
    throw new ConfigurationError('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both or neither');
  }
  if (errors.length) {
    const messages = errors.map((error) => {
      const given = known[error.property];
      return `${Object.values(error.constraints ?? {})[0]} (got ${JSON.stringify(given)})`;
    });
    throw new ConfigurationError(messages.join('; '));
  }
  return {
    env: parsed.NODE_ENV as AppConfig['env'],
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: parsed.DATA_DIR,
    databaseUrl: parsed.DATABASE_URL,
    embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
    logLevel: parsed.LOG_LEVEL,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
    trustProxy: typeof parsed.TRUST_PROXY === 'string' ? parsed.TRUST_PROXY.split(',').map((entry) => entry.trim()).join(',') : parsed.TRUST_PROXY,
    metricsToken: parsed.METRICS_TOKEN,
    webDist: parsed.WEB_DIST,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    smtpUrl: parsed.SMTP_URL,
    contentDir: parsed.CONTENT_DIR,
    loadStarterContent: parsed.LOAD_STARTER_CONTENT,
    jobsEnabled: parsed.JOBS_ENABLED,
    mailFrom: parsed.MAIL_FROM,
    admin: parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD ? { email: parsed.ADMIN_EMAIL, password: parsed.ADMIN_PASSWORD } : undefined,
  };
}
