export * from './lib/entities';
export { GroupsModule } from './lib/groups.module';
