/** The administrator the e2e server creates at start (ADMIN_EMAIL / ADMIN_PASSWORD in playwright.config.ts). */
export const E2E_ADMIN = {
  email: 'admin-e2e@culture-d.test',
  password: 'la clé de la mairie est sous le pot',
} as const;
