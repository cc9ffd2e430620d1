import * as contracts from '@culture-d/identity/contracts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules';

describe('password rules', () => {
  it('are the API’s', () => {
    expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([contracts.PASSWORD_MIN_LENGTH, contracts.PASSWORD_MAX_LENGTH]);
  });
});
