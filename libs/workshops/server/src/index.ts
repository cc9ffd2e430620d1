export * from './lib/entities';
export { WorkshopsModule } from './lib/workshops.module';
export { WorkshopsContentLoader } from './lib/workshops-content';
