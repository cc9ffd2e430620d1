/**
 * The API's password rules (`@culture-d/identity/contracts`: PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH), repeated
 * here because the web app imports only types from the contracts: their classes need reflect-metadata.
 * password-rules.spec.ts keeps the two in step.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
