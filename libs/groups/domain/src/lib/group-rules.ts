import type { ThrottleRule } from '@culture-d/identity/domain';

export const GROUP_NAME_MAX = 120;
export const GROUP_DESCRIPTION_MAX = 1000;
/** Parcours assigned to one group, at most. */
export const GROUP_PARCOURS_MAX = 20;

/**
 * Join attempts are counted before the code is looked up, successes included: counting only failures would let a
 * throttled guesser still tell a right code (201) from a wrong one (429). A room of thirty people behind one
 * network address joining at once stays well under the per-address limit.
 */
export const JOIN_THROTTLE = {
  perPerson: { name: 'group-join-user', limit: 10, windowSeconds: 15 * 60 },
  perAddress: { name: 'group-join-ip', limit: 120, windowSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export type GroupNameCheck = { ok: true; name: string } | { ok: false; message: string };

/** A group's name as shown to its members: trimmed, inner whitespace collapsed, 1–120 printable characters. */
export function checkGroupName(input: string): GroupNameCheck {
  const name = input.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, message: 'name must not be empty' };
  if (name.length > GROUP_NAME_MAX)
    return {
      ok: false,
      message: `name must be at most ${GROUP_NAME_MAX} characters`,
    };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, message: 'name must not contain control characters' };
  return { ok: true, name };
}

/** Assigned parcours: each slug once, in the order given. */
export function distinctSlugs(slugs: readonly string[]): string[] {
  return [...new Set(slugs)];
}
