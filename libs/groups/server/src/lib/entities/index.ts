import { GroupMemberEntity } from './group-member.entity';
import { GroupParcoursEntity } from './group-parcours.entity';
import { LearnerGroupEntity } from './learner-group.entity';

export { GroupMemberEntity, GroupParcoursEntity, LearnerGroupEntity };
/** Every entity of the groups domain, for the connection and the migration CLI. */
export const groupsEntities = [LearnerGroupEntity, GroupParcoursEntity, GroupMemberEntity];
