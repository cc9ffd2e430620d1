export * from './lib/slugify';
export * from './lib/prerequisites';
export * from './lib/video-hosts';
export * from './lib/parcours.schema';
export * from './lib/validate-parcours';
export * from './lib/publishable';
export * from './lib/dataset';
export * from './lib/markdown';
