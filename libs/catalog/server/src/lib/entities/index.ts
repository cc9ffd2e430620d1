import { CompetencyDomainEntity, CompetencyEntity } from './competency.entity';
import { DraftNodeEntity } from './draft-node.entity';
import { ParcoursVersionEntity } from './parcours-version.entity';
import { ParcoursEntity } from './parcours.entity';
import { VersionActivityEntity, VersionModuleEntity } from './version-activity.entity';

export { DraftNodeEntity, CompetencyDomainEntity, CompetencyEntity, ParcoursEntity, ParcoursVersionEntity, VersionActivityEntity, VersionModuleEntity };
export const catalogEntities = [CompetencyDomainEntity, CompetencyEntity, ParcoursEntity, ParcoursVersionEntity, VersionModuleEntity, VersionActivityEntity, DraftNodeEntity];
