import { RegistrationEntity } from './registration.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { WorkshopFacilitatorEntity } from './workshop-facilitator.entity';
import { WorkshopEntity } from './workshop.entity';

export { RegistrationEntity, SurveyResponseEntity, WorkshopEntity, WorkshopFacilitatorEntity };
export type { SurveyQuestion, Venue } from './workshop.entity';
export const workshopsEntities = [WorkshopEntity, RegistrationEntity, WorkshopFacilitatorEntity, SurveyResponseEntity];
