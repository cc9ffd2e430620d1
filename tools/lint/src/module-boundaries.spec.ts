import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Proves that the library grid is enforced (docs/adr/0004-library-grid.md): each snippet is linted as if it were a
 * file of the named library, with the workspace's real ESLint configuration (see lint-snippet.mjs).
 */
const workspace = join(__dirname, '..', '..', '..');

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const out = execFileSync(process.execPath, [join(__dirname, 'lint-snippet.mjs'), file], { cwd: workspace, input: code, encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

describe('module boundaries', () => {
  it('refuses Angular in a server library', async () => {
    const errors = await boundaryErrors('libs/shared/server/src/lib/fixture.ts', "import { Component } from '@angular/core';\nexport const c = Component;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/@angular\/core/);
  });

  it('refuses server code, TypeORM and Nest in a web library', async () => {
    const errors = await boundaryErrors(
      'libs/shared/web/src/lib/fixture.ts',
      "import { AccessGuard } from '@culture-d/shared/server';\nimport { DataSource } from 'typeorm';\nimport { Injectable } from '@nestjs/common';\nexport const x = [AccessGuard, DataSource, Injectable];\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('keeps domain libraries pure: no framework, no rxjs, no Node I/O', async () => {
    const errors = await boundaryErrors(
      'libs/shared/domain/src/lib/fixture.ts',
      "import { Injectable } from '@nestjs/common';\nimport { of } from 'rxjs';\nimport { readFileSync } from 'node:fs';\nexport const x = [Injectable, of, readFileSync];\n",
    );
    expect(errors).toHaveLength(3);
  });

  it('lets contracts depend on contracts only', async () => {
    const errors = await boundaryErrors('libs/shared/contracts/src/lib/fixture.ts', "import { DomainError } from '@culture-d/shared/domain';\nexport const x = DomainError;\n");
    expect(errors).toHaveLength(1);
  });

  it('refuses reaching into another library by a relative path', async () => {
    const errors = await boundaryErrors('libs/shared/server/src/lib/fixture.ts', "import { isAudience } from '../../../contracts/src/lib/audience';\nexport const x = isAudience;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('accepts the allowed direction: a server library using contracts and domain', async () => {
    const errors = await boundaryErrors(
      'libs/shared/server/src/lib/fixture.ts',
      "import { CommonErrorCode } from '@culture-d/shared/contracts';\nimport { DomainError } from '@culture-d/shared/domain';\nimport { Injectable } from '@nestjs/common';\nexport const x = [CommonErrorCode, DomainError, Injectable];\n",
    );
    expect(errors).toEqual([]);
  });
});
