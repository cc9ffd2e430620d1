import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped list of common passwords (data/common-passwords.txt), loaded once. */
@Injectable()
export class CommonPasswords {
  private readonly list: ReadonlySet<string> = new Set(
    readFileSync(join(__dirname, '..', 'data', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );

  get size(): number {
    return this.list.size;
  }

  has = (candidate: string): boolean => this.list.has(candidate.toLowerCase());
}
