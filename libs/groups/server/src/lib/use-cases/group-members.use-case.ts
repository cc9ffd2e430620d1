import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  GroupMemberResponse,
  GroupMembersResponse,
  MemberProgress,
} from '@culture-d/groups/contracts';
import {
  exportableMembers,
  visibleToFacilitator,
  type MemberRecord,
} from '@culture-d/groups/domain';
import { IdentityService } from '@culture-d/identity/server';
import type { Principal } from '@culture-d/shared/server';
import Papa from 'papaparse';
import { DataSource } from 'typeorm';
import { GroupMembersQueries } from '../group-members.queries';
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

  async list(
    principal: Principal,
    groupId: string,
  ): Promise<GroupMembersResponse> {
    const members = await this.records(principal, groupId);
    const items: GroupMemberResponse[] = members.map((m) =>
      visibleToFacilitator(m),
    );
    return {
      items,
      total: items.length,
      sharing: items.filter((m) => m.shared).length,
    };
  }

  /**
   * Consenting members only, one line per enrolment, quiz and workshop (a member with none of them gets one line with
   * their name). UTF-8 with a byte-order mark so that spreadsheet software reads accents right; formulas escaped.
   */
  async csv(
    principal: Principal,
    groupId: string,
    separator: ',' | ';',
  ): Promise<string> {
    const members = exportableMembers(await this.records(principal, groupId));
    const data: (string | number)[][] = [];
    for (const m of members) {
      const lines: (string | number)[][] = [
        ...m.enrolments.map((e) => [
          'parcours',
          e.parcours.title,
          e.parcours.slug,
          e.status === 'completed' ? 'terminé' : 'en cours',
          e.percent,
          e.startedAt,
          e.completedAt ?? '',
          '',
        ]),
        ...m.quizzes.map((q) => [
          'quiz',
          q.title,
          q.parcours.slug,
          q.passed ? 'réussi' : 'non réussi',
          q.bestPercent,
          '',
          '',
          '',
        ]),
        ...m.workshops.map((w) => [
          'atelier',
          w.title,
          '',
          w.status === 'confirmed' ? 'confirmé·e' : 'liste d’attente',
          '',
          w.startsAt,
          '',
          w.attendance === 'attended'
            ? 'présent·e'
            : w.attendance === 'no_show'
              ? 'absent·e'
              : '',
        ]),
      ];
      for (const line of lines.length
        ? lines
        : [['', '', '', '', '', '', '', '']])
        data.push([m.displayName, m.joinedAt, ...line]);
    }
    const csv = Papa.unparse(
      {
        fields: [
          'Nom',
          'Membre depuis',
          'Type',
          'Intitulé',
          'Parcours',
          'Statut',
          'Pourcentage',
          'Début ou date',
          'Fin',
          'Présence',
        ],
        data,
      },
      { delimiter: separator, newline: '\r\n', escapeFormulae: true },
    );
    return `\uFEFF${csv}\r\n`;
  }

  private async records(
    principal: Principal,
    groupId: string,
  ): Promise<MemberRecord<MemberProgress>[]> {
    await this.groups.assertFacilitates(principal, groupId);
    const rows = (await this.dataSource.query(
      `SELECT user_id AS "userId", share_progress AS "shareProgress", joined_at AS "joinedAt" FROM group_member WHERE group_id = $1`,
      [groupId],
    )) as {
      userId: string;
      shareProgress: boolean;
      joinedAt: Date;
    }[];
    const names = await this.identity.contacts(rows.map((r) => r.userId));
    const progress = await this.readModel.progressOf(
      rows.filter((r) => r.shareProgress === true).map((r) => r.userId),
    );
    return rows
      .map((r) => ({
        displayName: names.get(r.userId)?.name ?? '',
        joinedAt: new Date(r.joinedAt).toISOString(),
        shareProgress: r.shareProgress,
        progress:
          r.shareProgress === true
            ? (progress.get(r.userId) ?? NOTHING)
            : NOTHING,
      }))
      .sort(
        (a, b) =>
          a.displayName.localeCompare(b.displayName, 'fr') ||
          a.joinedAt.localeCompare(b.joinedAt),
      );
  }
}
