import './register-paths';
import 'reflect-metadata';
import { EnsureAdminUseCase } from '@culture-d/identity/server';
import { describePgError } from '@culture-d/shared/server';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { withAppContext } from './app/app-context';
import { ConfigurationError, loadConfig } from './config/app-config';

/**
 * `npm run create-admin -- --email admin@example.org [--name "Camille"]`: creates the administrator, or gives an
 * existing account the admin role and a new password. The password is read from ADMIN_PASSWORD or asked for
 * without echo. Works while `npm start` runs (it then shares its embedded database).
 */
async function askPassword(prompt: string): Promise<string> {
  if (process.env['ADMIN_PASSWORD']) return process.env['ADMIN_PASSWORD'];
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stdout.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((resolve) => rl.question(prompt, resolve));
  muted = true;
  const password = await answer;
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email) {
    process.stderr.write('usage: npm run create-admin -- --email admin@example.org [--name "Camille Martin"]\n');
    process.exit(64);
  }
  let config;
  try {
    config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const password = await askPassword('Mot de passe (12 caractères minimum) : ');
  try {
    const { created } = await withAppContext(config, (context) => context.get(EnsureAdminUseCase).execute(values.email as string, password, values.name));
    process.stdout.write(created ? `Administrator ${values.email} created.\n` : `Administrator ${values.email} updated (admin role, new password).\n`);
  } catch (error) {
    process.stderr.write(`create-admin failed: ${error instanceof Error ? error.message : describePgError(error)}\n`);
    process.exitCode = 1;
  }
}

void main();
