import { Injectable } from '@nestjs/common';
import { hash, needsRehash, verify, argon2id } from 'argon2';

/**
 * argon2id at OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1); the cost of one hash on our machine is
 * measured by `npm run bench` (docs/adr/0008-password-hashing.md).
 */
export const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** A hash of a random secret: verified against when the account does not exist, so that timing tells nothing. */
  private readonly decoy = hash(`decoy-${Math.random()}-${Date.now()}`, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      const ok = await verify(passwordHash ?? (await this.decoy), password);
      return passwordHash !== undefined && ok;
    } catch {
      return false;
    }
  }

  needsRehash(passwordHash: string): boolean {
    return needsRehash(passwordHash, ARGON2_OPTIONS);
  }
}
