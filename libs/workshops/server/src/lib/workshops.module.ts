import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringWorkshopsController } from './authoring-workshops.controller';
import { workshopsEntities } from './entities';
import { ManageRegistrantsUseCase } from './use-cases/manage-registrants.use-case';
import { SaveWorkshopUseCase } from './use-cases/save-workshop.use-case';
import { SurveyUseCase } from './use-cases/survey.use-case';
import { SendRemindersUseCase } from './use-cases/send-reminders.use-case';
import { CancelRegistrationUseCase } from './use-cases/cancel-registration.use-case';
import { PurgeGuestRegistrationsUseCase } from './use-cases/purge-guest-registrations.use-case';
import { RegisterForWorkshopUseCase } from './use-cases/register-for-workshop.use-case';
import { WorkshopCalendar } from './workshop-calendar';
import { WorkshopsContentLoader } from './workshops-content';
import { WorkshopsPersonalData } from './workshops-personal-data';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsOptions } from './workshops.options';
import { WorkshopsQueries } from './workshops.queries';

/** Ateliers: listing, registration with seats and waiting list, cancellation with promotion. */
@Module({})
export class WorkshopsModule {
  static forRoot(options: Partial<WorkshopsOptions>): DynamicModule {
    return {
      module: WorkshopsModule,
      imports: [TypeOrmModule.forFeature(workshopsEntities)],
      controllers: [WorkshopsController, AuthoringWorkshopsController],
      providers: [
        { provide: WorkshopsOptions, useValue: Object.assign(new WorkshopsOptions(), options) },
        WorkshopsQueries,
        WorkshopCalendar,
        RegisterForWorkshopUseCase,
        CancelRegistrationUseCase,
        PurgeGuestRegistrationsUseCase,
        SaveWorkshopUseCase,
        ManageRegistrantsUseCase,
        SurveyUseCase,
        SendRemindersUseCase,
        WorkshopsContentLoader,
        WorkshopsPersonalData,
      ],
      exports: [WorkshopsContentLoader, WorkshopsQueries, PurgeGuestRegistrationsUseCase, SendRemindersUseCase],
    };
  }
}
