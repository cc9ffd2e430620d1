import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegisterRequest, SetRolesRequest } from './identity.requests';

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

describe('SetRolesRequest', () => {
  it('takes known roles once each', () => {
    expect(errorsOf(SetRolesRequest, { roles: ['learner', 'author'] })).toEqual([]);
    expect(errorsOf(SetRolesRequest, { roles: ['learner', 'learner'] })).toEqual(['roles']);
    expect(errorsOf(SetRolesRequest, { roles: ['superuser'] })).toEqual(['roles']);
  });
});
