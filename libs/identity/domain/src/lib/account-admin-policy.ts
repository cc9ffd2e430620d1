import type { Role } from '@culture-d/shared/contracts';

export interface AccountChange {
  /** The administrator making the change. */
  actorId: string;
  target: { id: string; roles: readonly Role[]; active: boolean };
  /** Roles asked for (learner is added), or undefined to keep them. */
  roles?: readonly Role[];
  /** Whether the account may sign in, or undefined to keep it. */
  active?: boolean;
  /** Active administrators other than the target, counted under lock. */
  otherActiveAdmins: number;
}

export interface AccountChangeResult {
  roles: Role[];
  active: boolean;
  rolesChanged: boolean;
  activeChanged: boolean;
}

export type AccountChangeProblem = 'self_deactivation' | 'last_admin';

/**
 * What an administrator's change leaves: `learner` always stays; an administrator cannot deactivate their own account
 * (nobody could undo it from inside); and at least one active administrator must remain after any change.
 */
export function planAccountChange(change: AccountChange): AccountChangeResult | AccountChangeProblem {
  const roles = change.roles ? Array.from(new Set<Role>(['learner', ...change.roles])) : [...change.target.roles];
  const active = change.active ?? change.target.active;
  if (!active && change.target.active && change.actorId === change.target.id) return 'self_deactivation';
  const wasActiveAdmin = change.target.active && change.target.roles.includes('admin');
  const staysActiveAdmin = active && roles.includes('admin');
  if (wasActiveAdmin && !staysActiveAdmin && change.otherActiveAdmins === 0) return 'last_admin';
  const sorted = (r: readonly Role[]) => [...r].sort().join();
  return { roles, active, rolesChanged: sorted(roles) !== sorted(change.target.roles), activeChanged: active !== change.target.active };
}
