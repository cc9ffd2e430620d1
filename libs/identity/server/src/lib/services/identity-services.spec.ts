import { CommonPasswords } from './common-passwords';
import { PasswordHasher } from './password-hasher';
import { newToken, sha256, subjectKey } from './tokens';

describe('CommonPasswords', () => {
  const list = new CommonPasswords();

  it('ships at least the 10,000 most common passwords', () => {
    expect(list.size).toBeGreaterThanOrEqual(10000);
  });

  it('knows the classics and French favourites, whatever the case', () => {
    expect(list.has('123456')).toBe(true);
    expect(list.has('PASSWORD')).toBe(true);
    expect(list.has('azertyuiop')).toBe(true);
    expect(list.has('motdepasse')).toBe(true);
    expect(list.has('les données ouvertes de ma commune')).toBe(false);
  });
});

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at m=19 MiB, t=2, p=1 and verifies only the right password', async () => {
    const hash = await hasher.hash('une phrase de passe assez longue');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    await expect(hasher.verify(hash, 'une phrase de passe assez longue')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'une phrase de passe assez longuE')).resolves.toBe(false);
    expect(hasher.needsRehash(hash)).toBe(false);
  });

  it('says no, after the same work, when there is no account', async () => {
    await expect(hasher.verify(undefined, 'anything at all here')).resolves.toBe(false);
  });
});

describe('tokens', () => {
  it('draws 256-bit URL-safe tokens and stores only their digest', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(sha256(token)).toHaveLength(32);
    expect(subjectKey('camille@example.org')).not.toContain('camille');
  });
});
