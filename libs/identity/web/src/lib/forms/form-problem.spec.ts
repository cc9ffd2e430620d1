import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError, clientProblem, mapProblem as mapShared } from '@culture-d/shared/web';
import { identityForm, safeReturnUrl } from './form-problem';

const mapProblem = (error: unknown, mapping: Parameters<typeof identityForm>[0]) => mapShared(error, identityForm(mapping));

function failure(status: number, body: unknown, headers: Record<string, string> = {}): ApiError {
  return new ApiError('/api/x', status, body, new Headers(headers));
}

const REGISTER = { fields: ['email', 'displayName', 'password', 'audience'], codeFields: { EMAIL_TAKEN: 'email' } };

describe('identity forms read the API problems', () => {
  it('maps VALIDATION_FAILED errors[].field to the fields, in the order of the form, with each field’s own text', () => {
    const problem = mapProblem(
      failure(400, {
        code: 'VALIDATION_FAILED',
        detail: 'password must be at least 12 characters',
        errors: [
          { field: 'password', message: 'password must be at least 12 characters' },
          { field: 'email', message: 'email must be an e-mail address' },
        ],
      }),
      REGISTER,
    );
    expect(problem).toEqual({
      fields: [
        { field: 'email', key: 'identity.fields.email.invalid' },
        { field: 'password', key: 'identity.fields.password.invalid' },
      ],
    });
  });

  it('maps a domain code with errors[] (PASSWORD_TOO_COMMON) to the field, with the code’s text, never the API detail', () => {
    const problem = mapProblem(failure(400, { code: 'PASSWORD_TOO_COMMON', detail: 'This password is too common', errors: [{ field: 'password', message: 'x' }] }), REGISTER);
    expect(problem).toEqual({ fields: [{ field: 'password', key: 'identity.errors.PASSWORD_TOO_COMMON' }] });
    expect(JSON.stringify(problem)).not.toContain('too common');
  });

  it('maps a code to a field when the form says so (EMAIL_TAKEN → email)', () => {
    expect(mapProblem(failure(409, { code: 'EMAIL_TAKEN' }), REGISTER)).toEqual({
      fields: [{ field: 'email', key: 'identity.errors.EMAIL_TAKEN' }],
    });
  });

  it('renames API fields the form shows under another name (password → newPassword)', () => {
    const problem = mapProblem(failure(400, { code: 'PASSWORD_TOO_SHORT', errors: [{ field: 'password', message: 'x' }] }), {
      fields: ['currentPassword', 'newPassword'],
      renamedFields: { password: 'newPassword' },
    });
    expect(problem.fields).toEqual([{ field: 'newPassword', key: 'identity.errors.PASSWORD_TOO_SHORT' }]);
  });

  it('gives a generic message for INVALID_CREDENTIALS, whatever the field', () => {
    expect(mapProblem(failure(401, { code: 'INVALID_CREDENTIALS' }), { fields: ['email', 'password'] })).toEqual({
      fields: [],
      message: { key: 'identity.errors.INVALID_CREDENTIALS' },
    });
  });

  it('says how many minutes to wait on RATE_LIMITED, from Retry-After', () => {
    expect(mapProblem(failure(429, { code: 'RATE_LIMITED' }, { 'Retry-After': '125' }), { fields: [] }).message).toEqual({
      key: 'form.errors.RATE_LIMITED',
      params: { minutes: 3 },
    });
  });

  it('reads unknown codes, bodies that are not problems and network failures as generic messages', () => {
    expect(mapProblem(failure(500, { code: 'INTERNAL_ERROR' }), { fields: [] }).message?.key).toBe('form.errors.UNKNOWN');
    expect(mapProblem(failure(502, '<html>'), { fields: [] }).message?.key).toBe('form.errors.UNKNOWN');
    expect(mapProblem(failure(0, null), { fields: [] }).message?.key).toBe('form.errors.NETWORK');
    expect(mapProblem(new Error('boom'), { fields: [] }).message?.key).toBe('form.errors.UNKNOWN');
  });

  it('falls back to the code’s message when errors[] names only fields the form does not have', () => {
    const problem = mapProblem(failure(400, { code: 'VALIDATION_FAILED', errors: [{ field: 'locale', message: 'x' }] }), REGISTER);
    expect(problem).toEqual({ fields: [], message: { key: 'form.errors.VALIDATION_FAILED' } });
  });
});

describe('clientProblem', () => {
  it('lists required and invalid fields in the order of the form, and nothing for a valid form', () => {
    const form = new FormGroup({
      email: new FormControl('nope', [Validators.required, Validators.email]),
      password: new FormControl('', [Validators.required, Validators.minLength(12)]),
    });
    expect(clientProblem(form, ['email', 'password'], 'identity')).toEqual({
      fields: [
        { field: 'email', key: 'identity.fields.email.invalid' },
        { field: 'password', key: 'identity.fields.password.required' },
      ],
    });
    form.setValue({ email: 'a@b.fr', password: 'une phrase assez longue' });
    expect(clientProblem(form, ['email', 'password'], 'identity')).toBeNull();
  });
});

describe('safeReturnUrl', () => {
  it.each([
    ['/compte', '/compte'],
    ['/parcours?public=elu', '/parcours?public=elu'],
    [undefined, '/compte'],
    ['', '/compte'],
    ['https://evil.example', '/compte'],
    ['//evil.example', '/compte'],
    ['/\\evil.example', '/compte'],
    ['javascript:alert(1)', '/compte'],
    ['/a\nb', '/compte'],
  ])('%j → %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
