export * from './lib/entities';
export { WorkshopsModule } from './lib/workshops.module';
export { WorkshopsContentLoader } from './lib/workshops-content';
export { PurgeGuestRegistrationsUseCase } from './lib/use-cases/purge-guest-registrations.use-case';
export { WORKSHOP_ATTENDED, type WorkshopAttendedEvent } from './lib/use-cases/manage-registrants.use-case';
export { SendRemindersUseCase } from './lib/use-cases/send-reminders.use-case';
