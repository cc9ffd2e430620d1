import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AuditQuery, RegisterRequest, UpdateAccountRequest } from './identity.requests';

function errorsOf<T extends object>(cls: new () => T, body: object): string[] {
  return validateSync(plainToInstance(cls, body)).map((e) => e.property);
}

describe('RegisterRequest', () => {
  const valid = { email: '  Alice@Example.org ', password: 'une phrase de passe longue', displayName: ' Alice ', audience: 'agent' };

  it('accepts a complete registration and trims the e-mail and name', () => {
    const request = plainToInstance(RegisterRequest, valid);
    expect(validateSync(request)).toEqual([]);
    expect(request.email).toBe('Alice@Example.org');
    expect(request.displayName).toBe('Alice');
  });

  it('refuses a short password, an unknown audience, an empty name and a bad e-mail', () => {
    expect(errorsOf(RegisterRequest, { ...valid, password: 'court' })).toEqual(['password']);
    expect(errorsOf(RegisterRequest, { ...valid, audience: 'ministre' })).toEqual(['audience']);
    expect(errorsOf(RegisterRequest, { ...valid, displayName: '   ' })).toEqual(['displayName']);
    expect(errorsOf(RegisterRequest, { ...valid, email: 'alice' })).toEqual(['email']);
  });

  it('accepts 128 characters and refuses 129', () => {
    expect(errorsOf(RegisterRequest, { ...valid, password: 'a'.repeat(128) })).toEqual([]);
    expect(errorsOf(RegisterRequest, { ...valid, password: 'a'.repeat(129) })).toEqual(['password']);
  });
});

describe('UpdateAccountRequest', () => {
  it('takes known roles once each', () => {
    expect(errorsOf(UpdateAccountRequest, { roles: ['learner', 'author'] })).toEqual([]);
    expect(errorsOf(UpdateAccountRequest, { roles: ['learner', 'learner'] })).toEqual(['roles']);
    expect(errorsOf(UpdateAccountRequest, { roles: ['superuser'] })).toEqual(['roles']);
  });

  it('takes active as a boolean only', () => {
    expect(errorsOf(UpdateAccountRequest, { active: false })).toEqual([]);
    expect(errorsOf(UpdateAccountRequest, { active: 'false' })).toEqual(['active']);
  });
});

describe('AuditQuery', () => {
  it('reads the limit from the query string and names the faulty filter', () => {
    const query = plainToInstance(AuditQuery, { limit: '10', type: 'account_deactivated', from: '2026-11-01' });
    expect(validateSync(query)).toEqual([]);
    expect(query.limit).toBe(10);
    expect(errorsOf(AuditQuery, { type: 'hacked' })).toEqual(['type']);
    expect(errorsOf(AuditQuery, { from: 'hier' })).toEqual(['from']);
    expect(errorsOf(AuditQuery, { userId: '42' })).toEqual(['userId']);
    expect(errorsOf(AuditQuery, { cursor: 'a b' })).toEqual(['cursor']);
    expect(errorsOf(AuditQuery, { limit: '500' })).toEqual(['limit']);
  });
});
