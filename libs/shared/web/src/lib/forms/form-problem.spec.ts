import { FormControl, FormGroup, Validators } from '@angular/forms';
import { clientProblem, mapProblem, problemMessage } from './form-problem';
import { ApiError } from '../api/api-client';

const failure = (status: number, body: unknown, headers?: Headers) => new ApiError('/api/x', status, body, headers);
const mapping = { namespace: 'groups', fields: ['name', 'code'], knownCodes: ['GROUP_CODE_UNKNOWN'], codeFields: { GROUP_CODE_UNKNOWN: 'code' } };

describe('shared form problems', () => {
  it('lists the fields the API names, in the form order, with the field texts of VALIDATION_FAILED', () => {
    const problem = mapProblem(
      failure(400, {
        code: 'VALIDATION_FAILED',
        errors: [
          { field: 'code', message: 'x' },
          { field: 'name', message: 'y' },
          { field: 'other', message: 'z' },
        ],
      }),
      mapping,
    );
    expect(problem.fields).toEqual([
      { field: 'name', key: 'groups.fields.name.invalid' },
      { field: 'code', key: 'groups.fields.code.invalid' },
    ]);
  });

  it('puts a known code that concerns one field on that field, with the code text', () => {
    expect(mapProblem(failure(404, { code: 'GROUP_CODE_UNKNOWN' }), mapping).fields).toEqual([{ field: 'code', key: 'groups.errors.GROUP_CODE_UNKNOWN' }]);
  });

  it('reads common codes, throttling, network failures and anything else without ever showing the English detail', () => {
    expect(problemMessage(failure(401, { code: 'UNAUTHENTICATED', detail: 'Sign in' }), 'groups')).toEqual({ key: 'form.errors.UNAUTHENTICATED' });
    expect(problemMessage(failure(429, { code: 'RATE_LIMITED' }, new Headers({ 'Retry-After': '125' })), 'groups')).toEqual({
      key: 'form.errors.RATE_LIMITED',
      params: { minutes: 3 },
    });
    expect(problemMessage(failure(0, null), 'groups')).toEqual({ key: 'form.errors.NETWORK' });
    expect(problemMessage(failure(500, { code: 'SOMETHING_NEW', detail: 'boom' }), 'groups')).toEqual({ key: 'form.errors.UNKNOWN' });
    expect(problemMessage(failure(409, { code: 'STALE_REVISION' }), 'authoring', ['STALE_REVISION'])).toEqual({ key: 'authoring.errors.STALE_REVISION' });
  });

  it('checks the form on the client first: required, then any other validator', () => {
    const form = new FormGroup({ name: new FormControl('', Validators.required), code: new FormControl('ab', Validators.minLength(8)) });
    expect(clientProblem(form, ['name', 'code'], 'groups')?.fields).toEqual([
      { field: 'name', key: 'groups.fields.name.required' },
      { field: 'code', key: 'groups.fields.code.invalid' },
    ]);
    form.setValue({ name: 'Atelier', code: 'ABCD2345' });
    expect(clientProblem(form, ['name', 'code'], 'groups')).toBeNull();
  });
});
