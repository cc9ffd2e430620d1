import type { MemberProgress } from '@culture-d/groups/contracts';
import type { MemberRecord } from '@culture-d/groups/domain';
import { membersCsv } from './members-csv';

const nothing: MemberProgress = { enrolments: [], quizzes: [], workshops: [] };
const parcours = { slug: 'mes-donnees-ma-commune', title: 'Mes données, ma commune' };
const member = (displayName: string, shareProgress: boolean, progress: MemberProgress = nothing): MemberRecord<MemberProgress> => ({
  displayName,
  joinedAt: '2026-11-20T09:00:00.000Z',
  shareProgress,
  progress,
});

describe('members CSV', () => {
  const progress: MemberProgress = {
    enrolments: [{ parcours, status: 'in_progress', percent: 40, startedAt: '2026-11-21T09:00:00.000Z', completedAt: null, lastActivityAt: null }],
    quizzes: [{ activityId: 'a1', title: 'Quiz RGPD', parcours, bestPercent: 85, passed: true, attempts: 2 }],
    workshops: [{ title: 'Atelier TUBÀ', startsAt: '2026-03-07T16:30:00.000Z', status: 'confirmed', attendance: 'attended' }],
  };

  it('has a byte-order mark, a French header and one line per enrolment, quiz and workshop of consenting members', () => {
    const csv = membersCsv([member('Olga', true, progress), member('Rémi', false, progress)], ';');
    expect(csv.startsWith('\uFEFFNom;Membre depuis;Type;Intitulé;Parcours;Statut;Pourcentage;Début ou date;Fin;Présence\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Nom;Membre depuis;Type;Intitulé;Parcours;Statut;Pourcentage;Début ou date;Fin;Présence',
      'Olga;2026-11-20T09:00:00.000Z;parcours;Mes données, ma commune;mes-donnees-ma-commune;en cours;40;2026-11-21T09:00:00.000Z;;',
      'Olga;2026-11-20T09:00:00.000Z;quiz;Quiz RGPD;mes-donnees-ma-commune;réussi;85;;;',
      'Olga;2026-11-20T09:00:00.000Z;atelier;Atelier TUBÀ;;confirmé·e;;2026-03-07T16:30:00.000Z;;présent·e',
    ]);
    expect(csv).not.toContain('Rémi');
  });

  it('gives a consenting member without activity one line, and quotes commas with the comma separator', () => {
    const lines = membersCsv([member('Dupont, Jeanne', true)], ',')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    expect(lines[1]).toBe('"Dupont, Jeanne",2026-11-20T09:00:00.000Z,,,,,,,,');
  });

  it('escapes what a spreadsheet would run as a formula', () => {
    expect(membersCsv([member('=HYPERLINK("http://x")', true)], ';')).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
