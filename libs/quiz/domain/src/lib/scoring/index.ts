export * from './normalise';
export * from './layout';
export * from './rules';
export * from './present';
export * from './validate';
export * from './score-question';
export * from './score-attempt';
export * from './statistics';
