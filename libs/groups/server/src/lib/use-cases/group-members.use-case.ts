import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupMemberResponse, GroupMembersResponse, MemberProgress } from '@culture-d/groups/contracts';
import { visibleToFacilitator, type MemberRecord } from '@culture-d/groups/domain';
import { IdentityService } from '@culture-d/identity/server';
import type { Principal } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { GroupMembersQueries } from '../group-members.queries';
import { membersCsv } from '../members-csv';
import { ManageGroupsUseCase } from './manage-groups.use-case';

const NOTHING: MemberProgress = { enrolments: [], quizzes: [], workshops: [] };

/**
 * What a group's facilitator (or an admin) sees of its members. Progress is read for consenting members only, and
 * the domain's consent filter is applied to what comes back: two locks on the same door.
 */
@Injectable()
export class GroupMembersUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: ManageGroupsUseCase,
    private readonly identity: IdentityService,
    private readonly readModel: GroupMembersQueries,
  ) {}

  async list(principal: Principal, groupId: string): Promise<GroupMembersResponse> {
    const members = await this.records(principal, groupId);
    const items: GroupMemberResponse[] = members.map((m) => visibleToFacilitator(m));
    return {
      items,
      total: items.length,
      sharing: items.filter((m) => m.shared).length,
    };
  }

  /** Consenting members only (docs/groups.md); `;` for French spreadsheet software. */
  async csv(principal: Principal, groupId: string, separator: ',' | ';'): Promise<string> {
    return membersCsv(await this.records(principal, groupId), separator);
  }

  private async records(principal: Principal, groupId: string): Promise<MemberRecord<MemberProgress>[]> {
    await this.groups.assertFacilitates(principal, groupId);
    const rows = (await this.dataSource.query(`SELECT user_id AS "userId", share_progress AS "shareProgress", joined_at AS "joinedAt" FROM group_member WHERE group_id = $1`, [
      groupId,
    ])) as {
      userId: string;
      shareProgress: boolean;
      joinedAt: Date;
    }[];
    const names = await this.identity.contacts(rows.map((r) => r.userId));
    const progress = await this.readModel.progressOf(rows.filter((r) => r.shareProgress === true).map((r) => r.userId));
    return rows
      .map((r) => ({
        displayName: names.get(r.userId)?.name ?? '',
        joinedAt: new Date(r.joinedAt).toISOString(),
        shareProgress: r.shareProgress,
        progress: r.shareProgress === true ? (progress.get(r.userId) ?? NOTHING) : NOTHING,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr') || a.joinedAt.localeCompare(b.joinedAt));
  }
}
