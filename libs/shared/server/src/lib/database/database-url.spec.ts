import { redactUrl, withDatabase } from './embedded-postgres';

describe('database URLs', () => {
  it('switches the database of a URL and keeps credentials, host and parameters', () => {
    expect(withDatabase('postgres://u:p@127.0.0.1:5432/postgres?sslmode=disable', 'culture_d')).toBe(
      'postgres://u:p@127.0.0.1:5432/culture_d?sslmode=disable',
    );
  });

  it('hides the password before a URL reaches a log line', () => {
    expect(redactUrl('postgres://u:secret@db:5432/x')).toBe('postgres://u:***@db:5432/x');
    expect(redactUrl('not a url')).toBe('(unparsable URL)');
  });
});
