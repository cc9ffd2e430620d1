import { checkPassword } from './password-policy';
import { normaliseEmail } from './email';
import { LEARNER_LIFETIME, PRIVILEGED_LIFETIME, isSessionAlive, sessionExpiry, sessionLifetime } from './session-policy';
import { THROTTLE_RULES, retryAfterSeconds } from './throttle-policy';

const common = new Set(['password1234', 'azertyuiop', 'motdepasse', 'qwertyuiop']);
const isCommon = (p: string) => common.has(p);

describe('checkPassword', () => {
  it('accepts a long passphrase without any composition rule', () => {
    expect(checkPassword('les données ouvertes de ma commune', isCommon)).toBeNull();
  });

  it('counts characters, not bytes, for the length limits', () => {
    expect(checkPassword('é'.repeat(11) + 'x', isCommon)).toBeNull(); // 12 characters, 23 bytes
    expect(checkPassword('ééééééééééé', isCommon)).toBe('too_short');
    expect(checkPassword('a'.repeat(64) + 'b'.repeat(65), isCommon)).toBe('too_long');
  });

  it('refuses common passwords whatever their case, and with digits or symbols stuck on the end', () => {
    expect(checkPassword('Password1234', isCommon)).toBe('too_common');
    expect(checkPassword('AZERTYUIOP2024!', isCommon)).toBe('too_common');
    expect(checkPassword('motdepasse!!!!', isCommon)).toBe('too_common');
    expect(checkPassword('aaaaaaaaaaaaaaa', isCommon)).toBe('too_common');
  });

  it('refuses the own e-mail address or its local part', () => {
    expect(checkPassword('camille.dupont@mairie.fr', isCommon, ['camille.dupont@mairie.fr'])).toBe('same_as_identity');
    expect(checkPassword('camille.dupont', isCommon, ['Camille.Dupont@mairie.fr'])).toBe('same_as_identity');
  });
});

describe('normaliseEmail', () => {
  it('trims and lowercases, so that one address is one account', () => {
    expect(normaliseEmail('  Camille.Dupont@Mairie.FR ')).toBe('camille.dupont@mairie.fr');
  });
});

describe('session lifetimes', () => {
  it('keeps learners signed in for a week idle and a month at most, authors and admins far less', () => {
    expect(sessionLifetime(['learner'])).toBe(LEARNER_LIFETIME);
    expect(sessionLifetime(['learner', 'facilitator'])).toBe(LEARNER_LIFETIME);
    expect(sessionLifetime(['learner', 'author'])).toBe(PRIVILEGED_LIFETIME);
    expect(sessionLifetime(['admin'])).toBe(PRIVILEGED_LIFETIME);
  });

  it('ends a session at its idle limit and at its absolute limit, whichever comes first', () => {
    const createdAt = new Date('2026-01-01T08:00:00Z');
    const session = { createdAt, lastSeenAt: createdAt, idleSeconds: 1800, absoluteSeconds: 12 * 3600 };
    expect(isSessionAlive(session, new Date('2026-01-01T08:29:59Z'))).toBe(true);
    expect(isSessionAlive(session, new Date('2026-01-01T08:30:00Z'))).toBe(false);
    const active = { ...session, lastSeenAt: new Date('2026-01-01T19:50:00Z') };
    expect(isSessionAlive(active, new Date('2026-01-01T19:59:00Z'))).toBe(true);
    expect(isSessionAlive(active, new Date('2026-01-01T20:00:00Z'))).toBe(false);
    expect(sessionExpiry(active)).toEqual(new Date('2026-01-01T20:00:00Z'));
  });
});

describe('throttling', () => {
  it('tells how long to wait until the window ends', () => {
    const rule = THROTTLE_RULES.loginFailuresPerAccount;
    expect(retryAfterSeconds(new Date('2026-01-01T08:00:00Z'), rule, new Date('2026-01-01T08:10:00Z'))).toBe(300);
    expect(retryAfterSeconds(new Date('2026-01-01T08:00:00Z'), rule, new Date('2026-01-01T09:00:00Z'))).toBe(1);
  });

  it('lets a workshop of 30 people behind one public address create their accounts within the hour', () => {
    const rule = THROTTLE_RULES.registrationsPerIp;
    expect(rule.windowSeconds).toBeLessThanOrEqual(3600);
    expect(rule.limit).toBeGreaterThanOrEqual(30);
  });
});

describe('retention of inactive accounts', () => {
  it('warns 30 days before the 3 years, and erases only after the warning has had 30 days', async () => {
    const { retentionCutoffs } = await import('./session-policy');
    const now = new Date('2029-01-31T00:00:00Z');
    const cut = retentionCutoffs(now);
    expect(cut.purgeIfInactiveSince.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(cut.warnIfInactiveSince.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(cut.purgeIfWarnedBefore.toISOString()).toBe('2029-01-01T00:00:00.000Z');
  });
});
