import { RegistrationEntity } from './registration.entity';
import { WorkshopEntity } from './workshop.entity';

export { RegistrationEntity, WorkshopEntity };
export type { SurveyQuestion, Venue } from './workshop.entity';
export const workshopsEntities = [WorkshopEntity, RegistrationEntity];
