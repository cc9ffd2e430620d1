export * from './lib/email';
export * from './lib/password-policy';
export * from './lib/session-policy';
export * from './lib/throttle-policy';
export * from './lib/identity.errors';
export * from './lib/account-admin-policy';
