import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateGroupRequest, GroupResponse, UpdateGroupRequest } from '@culture-d/groups/contracts';
import { checkGroupName, distinctSlugs, JOIN_CODE_RANDOM_BYTES, joinCodeFromBytes } from '@culture-d/groups/domain';
import type { Principal } from '@culture-d/shared/server';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupMembersQueries } from '../group-members.queries';
import { GroupNotFoundError, InvalidGroupNameError, ParcoursUnknownError } from '../groups.errors';

interface GroupRow {
  id: string;
  name: string;
  description: string;
  joinCode: string;
  createdAt: Date;
  memberCount: number;
  sharingCount: number;
}

const GROUP_COLUMNS = `g.id, g.name, g.description, g.join_code AS "joinCode", g.created_at AS "createdAt",
  (SELECT count(*)::int FROM group_member m WHERE m.group_id = g.id) AS "memberCount",
  (SELECT count(*)::int FROM group_member m WHERE m.group_id = g.id AND m.share_progress) AS "sharingCount"`;

/** A facilitator's groups: create, list, read, edit, archive. Only the owner and admins see a group; others get 404. */
@Injectable()
export class ManageGroupsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly readModel: GroupMembersQueries,
  ) {}

  async create(principal: Principal, body: CreateGroupRequest): Promise<GroupResponse> {
    const name = this.validName(body.name);
    const id = await this.dataSource.transaction(async (manager) => {
      const parcoursIds = await this.parcoursIds(body.parcours ?? [], manager);
      let created: { id: string } | undefined;
      // A fresh code clashes with an existing one once in a trillion draws; ON CONFLICT keeps the transaction alive.
      while (!created) {
        [created] = (await manager.query(
          `INSERT INTO learner_group (name, description, join_code, owner_id) VALUES ($1, $2, $3, $4) ON CONFLICT (join_code) DO NOTHING RETURNING id`,
          [name, body.description ?? '', this.newCode(), principal.userId],
        )) as { id: string }[];
      }
      await this.assign(created.id, parcoursIds, manager);
      return created.id;
    });
    return this.get(principal, id);
  }

  /** The caller's own groups (admins too: they reach any other group by its id). */
  async list(principal: Principal): Promise<{ items: GroupResponse[]; total: number }> {
    const rows = (await this.dataSource.query(`SELECT ${GROUP_COLUMNS} FROM learner_group g WHERE g.owner_id = $1 AND g.archived_at IS NULL ORDER BY g.created_at DESC, g.id`, [
      principal.userId,
    ])) as GroupRow[];
    const parcours = await this.readModel.assignedParcours(rows.map((r) => r.id));
    const items = rows.map((row) => this.response(row, parcours.get(row.id) ?? []));
    return { items, total: items.length };
  }

  async get(principal: Principal, id: string): Promise<GroupResponse> {
    const [row] = (await this.dataSource.query(`SELECT ${GROUP_COLUMNS}, g.owner_id AS "ownerId" FROM learner_group g WHERE g.id = $1 AND g.archived_at IS NULL`, [
      id,
    ])) as (GroupRow & { ownerId: string })[];
    if (!row || !mayFacilitate(principal, row.ownerId)) throw new GroupNotFoundError();
    const parcours = await this.readModel.assignedParcours([id]);
    return this.response(row, parcours.get(id) ?? []);
  }

  async update(principal: Principal, id: string, body: UpdateGroupRequest): Promise<GroupResponse> {
    const name = body.name === undefined ? undefined : this.validName(body.name);
    await this.dataSource.transaction(async (manager) => {
      await this.lockFacilitated(principal, id, manager);
      if (name !== undefined) await manager.query(`UPDATE learner_group SET name = $2 WHERE id = $1`, [id, name]);
      if (body.description !== undefined) await manager.query(`UPDATE learner_group SET description = $2 WHERE id = $1`, [id, body.description]);
      if (body.parcours !== undefined) {
        const parcoursIds = await this.parcoursIds(body.parcours, manager);
        await manager.query(`DELETE FROM group_parcours WHERE group_id = $1`, [id]);
        await this.assign(id, parcoursIds, manager);
      }
      if (body.regenerateCode) {
        let changed = 0;
        while (!changed) {
          const [, count] = (await manager.query(`UPDATE learner_group SET join_code = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM learner_group o WHERE o.join_code = $2)`, [
            id,
            this.newCode(),
          ])) as [unknown, number];
          changed = count;
        }
      }
    });
    return this.get(principal, id);
  }

  /** The group disappears for everyone and its code stops working; memberships stay until their owners erase them. */
  async archive(principal: Principal, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockFacilitated(principal, id, manager);
      await manager.query(`UPDATE learner_group SET archived_at = now() WHERE id = $1`, [id]);
    });
  }

  /** Throws 404 unless the group exists, is not archived, and the caller owns it or is an admin. */
  async assertFacilitates(principal: Principal, id: string): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT owner_id AS "ownerId" FROM learner_group WHERE id = $1 AND archived_at IS NULL`, [id])) as { ownerId: string }[];
    if (!row || !mayFacilitate(principal, row.ownerId)) throw new GroupNotFoundError();
  }

  private async lockFacilitated(principal: Principal, id: string, manager: EntityManager): Promise<void> {
    const [row] = (await manager.query(`SELECT owner_id AS "ownerId" FROM learner_group WHERE id = $1 AND archived_at IS NULL FOR UPDATE`, [id])) as { ownerId: string }[];
    if (!row || !mayFacilitate(principal, row.ownerId)) throw new GroupNotFoundError();
  }

  private validName(input: string): string {
    const check = checkGroupName(input);
    if (!check.ok) throw new InvalidGroupNameError(check.message);
    return check.name;
  }

  private async parcoursIds(slugs: string[], manager: EntityManager): Promise<string[]> {
    const wanted = distinctSlugs(slugs);
    const found = await this.readModel.publishedParcours(wanted, manager);
    const missing = wanted.filter((slug) => !found.has(slug));
    if (missing.length) throw new ParcoursUnknownError(missing);
    return wanted.map((slug) => found.get(slug) as string);
  }

  private async assign(groupId: string, parcoursIds: string[], manager: EntityManager): Promise<void> {
    if (!parcoursIds.length) return;
    await manager.query(`INSERT INTO group_parcours (group_id, parcours_id, position) SELECT $1, id, ord::int FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`, [
      groupId,
      parcoursIds,
    ]);
  }

  private newCode(): string {
    return joinCodeFromBytes(randomBytes(JOIN_CODE_RANDOM_BYTES));
  }

  private response(row: GroupRow, parcours: GroupResponse['parcours']): GroupResponse {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      joinCode: row.joinCode,
      parcours,
      memberCount: row.memberCount,
      sharingCount: row.sharingCount,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

export function mayFacilitate(principal: Principal, ownerId: string): boolean {
  return principal.userId === ownerId || principal.roles.includes('admin');
}
