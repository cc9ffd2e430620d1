export * from './lib/join-code';
export * from './lib/group-rules';
export * from './lib/member-visibility';
