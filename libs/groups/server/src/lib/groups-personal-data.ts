import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { GroupMemberEntity, GroupParcoursEntity, LearnerGroupEntity } from './entities';

/**
 * Memberships (with the consent given) and the groups a person owns. Erasure deletes the person's memberships and
 * the groups they own, with those groups' memberships and assignments: a group has a single facilitator, and handing
 * a cohort to someone nobody chose would show its members' progress to a stranger (docs/privacy.md).
 */
@Injectable()
export class GroupsPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'groups';
  readonly entities = [LearnerGroupEntity, GroupMemberEntity, GroupParcoursEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const memberships = (await manager.query(
      `SELECT g.name AS "group", m.share_progress AS "shareProgress", m.joined_at AS "joinedAt", m.consent_changed_at AS "consentChangedAt", g.archived_at AS "groupArchivedAt"
         FROM group_member m JOIN learner_group g ON g.id = m.group_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
      [userId],
    )) as Record<string, unknown>[];
    const owned = (await manager.query(
      `SELECT g.name, g.description, g.join_code AS "joinCode", g.created_at AS "createdAt", g.archived_at AS "archivedAt",
              (SELECT count(*)::int FROM group_member m WHERE m.group_id = g.id) AS "memberCount"
         FROM learner_group g WHERE g.owner_id = $1 ORDER BY g.created_at`,
      [userId],
    )) as Record<string, unknown>[];
    return { memberships, ownedGroups: owned };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM group_member WHERE user_id = $1`, [userId]);
    // Memberships and assigned parcours of these groups go with them (ON DELETE CASCADE).
    await manager.query(`DELETE FROM learner_group WHERE owner_id = $1`, [userId]);
  }
}
