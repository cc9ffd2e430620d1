import { RegistrationEntity } from './registration.entity';
import { WorkshopFacilitatorEntity } from './workshop-facilitator.entity';
import { WorkshopEntity } from './workshop.entity';

export { RegistrationEntity, WorkshopEntity, WorkshopFacilitatorEntity };
export type { SurveyQuestion, Venue } from './workshop.entity';
export const workshopsEntities = [WorkshopEntity, RegistrationEntity, WorkshopFacilitatorEntity];
