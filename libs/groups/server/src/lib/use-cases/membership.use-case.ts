import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JoinGroupRequest, MyGroupResponse } from '@culture-d/groups/contracts';
import { JOIN_THROTTLE, normaliseJoinCode } from '@culture-d/groups/domain';
import { IdentityService } from '@culture-d/identity/server';
import { DataSource } from 'typeorm';
import { GroupMembersQueries } from '../group-members.queries';
import { GroupCodeUnknownError, NotMemberError } from '../groups.errors';

interface MembershipRow {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  shareProgress: boolean;
  joinedAt: Date;
  consentChangedAt: Date | null;
}

const MEMBERSHIP_COLUMNS = `g.id, g.name, g.description, g.owner_id AS "ownerId", m.share_progress AS "shareProgress", m.joined_at AS "joinedAt", m.consent_changed_at AS "consentChangedAt"`;

/** A person's side of a group: join with a code and an explicit choice, change that choice any time, leave. */
@Injectable()
export class MembershipUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly readModel: GroupMembersQueries,
  ) {}

  /**
   * Counted against the throttles before the code is even read (see `JOIN_THROTTLE`). Joining again is not an error:
   * it answers `created: false` and applies the choice given now, the person's latest explicit word. One statement,
   * so that two joins at once give one membership.
   */
  async join(userId: string, ip: string, body: JoinGroupRequest): Promise<{ created: boolean; group: MyGroupResponse }> {
    await this.identity.throttle(JOIN_THROTTLE.perPerson, userId);
    await this.identity.throttle(JOIN_THROTTLE.perAddress, ip);
    const code = normaliseJoinCode(body.code);
    if (!code) throw new GroupCodeUnknownError();
    const [row] = (await this.dataSource.query(
      `WITH g AS (SELECT id FROM learner_group WHERE join_code = $1 AND archived_at IS NULL)
       INSERT INTO group_member (group_id, user_id, share_progress) SELECT g.id, $2, $3 FROM g
       ON CONFLICT (group_id, user_id) DO UPDATE SET share_progress = EXCLUDED.share_progress,
         consent_changed_at = CASE WHEN group_member.share_progress IS DISTINCT FROM EXCLUDED.share_progress THEN now() ELSE group_member.consent_changed_at END
       RETURNING group_id AS "groupId", (xmax = 0) AS created`,
      [code, userId, body.shareProgress],
    )) as { groupId: string; created: boolean }[];
    if (!row) throw new GroupCodeUnknownError();
    return { created: row.created, group: await this.one(userId, row.groupId) };
  }

  async setSharing(userId: string, groupId: string, shareProgress: boolean): Promise<MyGroupResponse> {
    const [, count] = (await this.dataSource.query(
      `UPDATE group_member m SET share_progress = $3, consent_changed_at = CASE WHEN m.share_progress IS DISTINCT FROM $3 THEN now() ELSE m.consent_changed_at END
        FROM learner_group g WHERE g.id = m.group_id AND g.archived_at IS NULL AND m.group_id = $1 AND m.user_id = $2`,
      [groupId, userId, shareProgress],
    )) as [unknown, number];
    if (!count) throw new NotMemberError();
    return this.one(userId, groupId);
  }

  /** The link is deleted: nothing of the person stays in the group. */
  async leave(userId: string, groupId: string): Promise<void> {
    const [, count] = (await this.dataSource.query(`DELETE FROM group_member WHERE group_id = $1 AND user_id = $2`, [groupId, userId])) as [unknown, number];
    if (!count) throw new NotMemberError();
  }

  async mine(userId: string): Promise<{ items: MyGroupResponse[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT ${MEMBERSHIP_COLUMNS} FROM group_member m JOIN learner_group g ON g.id = m.group_id WHERE m.user_id = $1 AND g.archived_at IS NULL ORDER BY m.joined_at DESC, g.id`,
      [userId],
    )) as MembershipRow[];
    const items = await this.responses(rows);
    return { items, total: items.length };
  }

  private async one(userId: string, groupId: string): Promise<MyGroupResponse> {
    const rows = (await this.dataSource.query(`SELECT ${MEMBERSHIP_COLUMNS} FROM group_member m JOIN learner_group g ON g.id = m.group_id WHERE m.user_id = $1 AND g.id = $2`, [
      userId,
      groupId,
    ])) as MembershipRow[];
    if (!rows.length) throw new NotMemberError();
    return (await this.responses(rows))[0];
  }

  private async responses(rows: MembershipRow[]): Promise<MyGroupResponse[]> {
    const facilitators = await this.identity.contacts([...new Set(rows.map((r) => r.ownerId))]);
    const parcours = await this.readModel.assignedParcours(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      facilitator: { displayName: facilitators.get(r.ownerId)?.name ?? '' },
      parcours: parcours.get(r.id) ?? [],
      shareProgress: r.shareProgress,
      joinedAt: new Date(r.joinedAt).toISOString(),
      consentChangedAt: r.consentChangedAt ? new Date(r.consentChangedAt).toISOString() : null,
    }));
  }
}
