import { exportableMembers, visibleToFacilitator, type MemberRecord } from './member-visibility';

const progress = {
  enrolments: [{ parcours: 'donnees-ouvertes', percent: 40 }],
  quizzes: [{ quiz: 'q1', bestPercent: 80 }],
  workshops: [{ title: 'Atelier', attendance: 'attended' }],
};
const member = (shareProgress: boolean, displayName = 'Camille'): MemberRecord<typeof progress> => ({
  displayName,
  joinedAt: '2026-11-27T10:00:00.000Z',
  shareProgress,
  progress,
});

describe('what a facilitator sees of a member', () => {
  it('gives a consenting member with their progress', () => {
    expect(visibleToFacilitator(member(true))).toEqual({
      displayName: 'Camille',
      joinedAt: '2026-11-27T10:00:00.000Z',
      shared: true,
      ...progress,
    });
  });

  it('gives nothing but the name and the joining date of a member who did not consent', () => {
    const seen = visibleToFacilitator(member(false));
    expect(seen).toEqual({
      displayName: 'Camille',
      joinedAt: '2026-11-27T10:00:00.000Z',
      shared: false,
    });
    expect(JSON.stringify(seen)).not.toMatch(/donnees-ouvertes|bestPercent|attended|enrolments/);
  });

  it('treats anything but an explicit true as no consent', () => {
    expect(
      visibleToFacilitator({
        ...member(true),
        shareProgress: 'true' as unknown as boolean,
      }).shared,
    ).toBe(false);
  });

  it('exports consenting members only', () => {
    expect(exportableMembers([member(false, 'Alix'), member(true, 'Bastien'), member(false, 'Chloé')]).map((m) => m.displayName)).toEqual(['Bastien']);
  });
});
