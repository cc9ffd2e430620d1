import { Injectable } from '@nestjs/common';
import { hash, needsRehash, verify, argon2id } from 'argon2';
import { availableParallelism } from 'node:os';

/**
 * argon2id at OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1); the cost of one hash on our machine is
 * measured by `npm run bench` (docs/adr/0008-password-hashing.md).
 */
export const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most one argon2 computation per core at a time: beyond, callers wait in line instead of filling libuv's thread
 * pool (which file and DNS work share) and every core (ADR 0008).
 */
class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly capacity: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.capacity) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }
}

@Injectable()
export class PasswordHasher {
  private readonly gate = new Gate(Math.max(1, availableParallelism()));

  /** A hash of a random secret: verified against when the account does not exist, so that timing tells nothing. */
  private readonly decoy = hash(`decoy-${Math.random()}-${Date.now()}`, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return this.gate.run(() => hash(password, ARGON2_OPTIONS));
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      const target = passwordHash ?? (await this.decoy);
      const ok = await this.gate.run(() => verify(target, password));
      return passwordHash !== undefined && ok;
    } catch {
      return false;
    }
  }

  needsRehash(passwordHash: string): boolean {
    return needsRehash(passwordHash, ARGON2_OPTIONS);
  }
}
