import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { groupsEntities } from './entities';
import { GroupMembersQueries } from './group-members.queries';
import { GroupsPersonalData } from './groups-personal-data';
import { GroupsController } from './groups.controller';
import { GroupMembersUseCase } from './use-cases/group-members.use-case';
import { ManageGroupsUseCase } from './use-cases/manage-groups.use-case';
import { MembershipUseCase } from './use-cases/membership.use-case';

/** Facilitators' groups with a join code, and members' consent to share their progress. Needs `IdentityModule`. */
@Module({
  imports: [TypeOrmModule.forFeature(groupsEntities)],
  controllers: [GroupsController],
  providers: [GroupMembersQueries, ManageGroupsUseCase, MembershipUseCase, GroupMembersUseCase, GroupsPersonalData],
})
export class GroupsModule {}
