import { AUDIT_TYPES, auditDetails, auditUrl, dayStart, pageInfo, periodInvalid, rolesToSave, tickedRoles, usersUrl } from './admin';

describe('admin page logic', () => {
  it('always keeps learner in the roles to save, in a stable order', () => {
    expect(rolesToSave({ facilitator: false, author: true, admin: false })).toEqual(['learner', 'author']);
    expect(rolesToSave({ facilitator: true, author: true, admin: true })).toEqual(['learner', 'facilitator', 'author', 'admin']);
    expect(rolesToSave(tickedRoles(['learner', 'admin']))).toEqual(['learner', 'admin']);
  });

  it('pages the search 20 by 20 and says which page it is', () => {
    expect(usersUrl('  Élodie ', 2)).toBe('/api/admin/users?limit=20&offset=40&q=%C3%89lodie');
    expect(usersUrl('', 0)).toBe('/api/admin/users?limit=20&offset=0');
    expect(pageInfo(0, 0)).toEqual({ page: 1, pages: 1, hasPrevious: false, hasNext: false });
    expect(pageInfo(41, 1)).toEqual({ page: 2, pages: 3, hasPrevious: true, hasNext: true });
    expect(pageInfo(40, 1)).toMatchObject({ pages: 2, hasNext: false });
  });

  it('includes the last day of the period (the API end is exclusive) and skips impossible days', () => {
    const url = new URL(auditUrl({ type: 'signed_in', from: '2026-11-01', to: '2026-11-30' }, 'abc'), 'http://x');
    expect(url.searchParams.get('type')).toBe('signed_in');
    expect(url.searchParams.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    expect(url.searchParams.get('to')).toBe(new Date(2026, 11, 1).toISOString());
    expect(url.searchParams.get('cursor')).toBe('abc');
    expect(dayStart('2026-02-30')).toBeNull();
    expect(dayStart('hier')).toBeNull();
    expect(new URL(auditUrl({ type: '', from: '', to: '' }, null), 'http://x').search).toBe('?limit=25');
  });

  it('offers every journal type in the filter, once', () => {
    expect(AUDIT_TYPES).toHaveLength(13);
    expect(new Set(AUDIT_TYPES).size).toBe(13);
    expect(AUDIT_TYPES[0]).toBe('signed_in');
  });

  it('tells a period ending before it starts', () => {
    expect(periodInvalid({ from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(periodInvalid({ from: '2026-11-01', to: '2026-11-01' })).toBe(false);
    expect(periodInvalid({ from: '', to: '2026-11-01' })).toBe(false);
  });

  it('reads the details as translated parts, leaving unknown keys out', () => {
    expect(auditDetails({ type: 'roles_changed', details: { before: ['learner'], after: ['learner', 'author'] } }, (r) => r.toUpperCase())).toEqual([
      { key: 'admin.audit.details.roles', params: { before: 'LEARNER', after: 'LEARNER, AUTHOR' } },
    ]);
    expect(auditDetails({ type: 'sign_in_failed', details: { reason: 'deactivated', secret: 'x' } })).toEqual([{ key: 'admin.audit.details.deactivated' }]);
    expect(auditDetails({ type: 'registered', details: { audience: 'elu' } })).toEqual([{ key: 'admin.audit.details.audience', params: { audience: 'elu' } }]);
  });
});
