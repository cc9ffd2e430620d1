import { planAccountChange, type AccountChange } from './account-admin-policy';

const admin = { id: 'a', roles: ['learner', 'admin'] as const, active: true };
const learner = { id: 'l', roles: ['learner'] as const, active: true };
const base = (over: Partial<AccountChange>): AccountChange => ({ actorId: 'a', target: learner, otherActiveAdmins: 1, ...over });

describe('planAccountChange', () => {
  it('always keeps learner and tells whether the roles changed', () => {
    expect(planAccountChange(base({ roles: ['author'] }))).toEqual({ roles: ['learner', 'author'], active: true, rolesChanged: true, activeChanged: false });
    expect(planAccountChange(base({ roles: ['learner'] }))).toMatchObject({ roles: ['learner'], rolesChanged: false });
    expect(planAccountChange(base({ target: { ...learner, roles: ['learner', 'author'] }, roles: ['author', 'learner'] }))).toMatchObject({ rolesChanged: false });
  });

  it('deactivates and reactivates, keeping the roles', () => {
    expect(planAccountChange(base({ active: false }))).toEqual({ roles: ['learner'], active: false, rolesChanged: false, activeChanged: true });
    expect(planAccountChange(base({ target: { ...learner, active: false }, active: true }))).toMatchObject({ active: true, activeChanged: true });
    expect(planAccountChange(base({ active: true }))).toMatchObject({ activeChanged: false });
  });

  it('refuses that an administrator deactivates their own account, even with other administrators', () => {
    expect(planAccountChange(base({ actorId: 'a', target: admin, active: false, otherActiveAdmins: 3 }))).toBe('self_deactivation');
  });

  it('keeps at least one active administrator, whether by roles or by deactivation', () => {
    expect(planAccountChange(base({ actorId: 'x', target: admin, active: false, otherActiveAdmins: 0 }))).toBe('last_admin');
    expect(planAccountChange(base({ actorId: 'a', target: admin, roles: ['learner'], otherActiveAdmins: 0 }))).toBe('last_admin');
    expect(planAccountChange(base({ actorId: 'x', target: admin, active: false, otherActiveAdmins: 1 }))).toMatchObject({ active: false });
  });

  it('lets anything happen to a deactivated administrator, who does not count', () => {
    expect(planAccountChange(base({ target: { ...admin, active: false }, roles: ['learner'], otherActiveAdmins: 0 }))).toMatchObject({ roles: ['learner'] });
  });
});
