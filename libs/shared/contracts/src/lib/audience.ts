/** The four audiences of Culture D (DOMAIN.md › The people). */
export const AUDIENCES = ['elu', 'agent', 'mediateur', 'citoyen'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The three cross-cutting themes. */
export const THEMES = ['performance', 'innovation', 'democratie'] as const;
export type Theme = (typeof THEMES)[number];

/** Platform roles; they accumulate. */
export const ROLES = ['learner', 'facilitator', 'author', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isAudience(value: unknown): value is Audience {
  return typeof value === 'string' && (AUDIENCES as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
