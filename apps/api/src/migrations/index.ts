import { PostgresExtensions1764000000000 } from './1764000000000-postgres-extensions';
import { Identity1795796864341 } from './1795796864341-identity';
import { AccountRetention1795797684490 } from './1795797684490-account-retention';
import { Catalog1795798869571 } from './1795798869571-catalog';
import { DraftNodes1795799615217 } from './1795799615217-draft-nodes';
import { Workshops1795800543669 } from './1795800543669-workshops';
import { WorkshopFacilitators1795801418759 } from './1795801418759-workshop-facilitators';
import { SurveyResponses1795801943530 } from './1795801943530-survey-responses';
import { WorkshopReminders1795802243064 } from './1795802243064-workshop-reminders';
import { Quiz1795806253028 } from './1795806253028-quiz';
import { Certificates1795806375159 } from './1795806375159-certificates';
import { Progress1795806600000 } from './1795806600000-progress';
import { Groups1795806924042 } from './1795806924042-groups';
import { Statements1795807158647 } from './1795807158647-statements';
import { AccountDeactivation1795808000000 } from './1795808000000-account-deactivation';

/** Every migration, in order. Generated with `npm run db:migration:generate`, reviewed, each with a `down`. */
export const migrations = [
  PostgresExtensions1764000000000,
  Identity1795796864341,
  AccountRetention1795797684490,
  Catalog1795798869571,
  DraftNodes1795799615217,
  Workshops1795800543669,
  WorkshopFacilitators1795801418759,
  SurveyResponses1795801943530,
  WorkshopReminders1795802243064,
  Quiz1795806253028,
  Certificates1795806375159,
  Progress1795806600000,
  Groups1795806924042,
  Statements1795807158647,
  AccountDeactivation1795808000000,
];
