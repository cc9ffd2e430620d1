import type { MemberProgress } from '@culture-d/groups/contracts';
import { exportableMembers, type MemberRecord } from '@culture-d/groups/domain';
import Papa from 'papaparse';

const HEADER = ['Nom', 'Membre depuis', 'Type', 'Intitulé', 'Parcours', 'Statut', 'Pourcentage', 'Début ou date', 'Fin', 'Présence'];

/**
 * The facilitator's spreadsheet: consenting members only (the domain's filter), one line per enrolment, quiz and
 * workshop, and one line with just the name for a member who has none yet. UTF-8 with a byte-order mark so that
 * spreadsheet software reads accents right; cells that would start a formula are escaped.
 */
export function membersCsv(records: readonly MemberRecord<MemberProgress>[], separator: ',' | ';'): string {
  const data: (string | number)[][] = [];
  for (const m of exportableMembers(records)) {
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
      ...m.quizzes.map((q) => ['quiz', q.title, q.parcours.slug, q.passed ? 'réussi' : 'non réussi', q.bestPercent, '', '', '']),
      ...m.workshops.map((w) => [
        'atelier',
        w.title,
        '',
        w.status === 'confirmed' ? 'confirmé·e' : 'liste d’attente',
        '',
        w.startsAt,
        '',
        w.attendance === 'attended' ? 'présent·e' : w.attendance === 'no_show' ? 'absent·e' : '',
      ]),
    ];
    for (const line of lines.length ? lines : [['', '', '', '', '', '', '', '']]) data.push([m.displayName, m.joinedAt, ...line]);
  }
  return `\uFEFF${Papa.unparse({ fields: HEADER, data }, { delimiter: separator, newline: '\r\n', escapeFormulae: true })}\r\n`;
}
