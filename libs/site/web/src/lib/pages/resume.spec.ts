import type { MyEnrolmentResponse } from '@culture-d/progress/contracts';
import { mostRecentResumable } from './resume';

function enrolment(slug: string, lastActivityAt: string, overrides: Partial<MyEnrolmentResponse> = {}): MyEnrolmentResponse {
  return {
    id: `e-${slug}`,
    parcours: { slug, title: slug },
    version: 1,
    status: 'in_progress',
    startedAt: '2026-11-01T08:00:00.000Z',
    completedAt: null,
    lastActivityAt,
    percent: 40,
    next: { id: `a-${slug}`, title: 'Étape', type: 'lesson', module: { key: 'm1', slug: 'm1', title: 'Module' } },
    ...overrides,
  };
}

describe('mostRecentResumable', () => {
  it('picks the parcours in progress touched last', () => {
    const picked = mostRecentResumable([
      enrolment('older', '2026-11-20T10:00:00.000Z'),
      enrolment('recent', '2026-11-26T09:00:00.000Z'),
      enrolment('middle', '2026-11-24T18:30:00.000Z'),
    ]);
    expect(picked?.parcours.slug).toBe('recent');
  });

  it('skips completed parcours and parcours without a next step, even when more recent', () => {
    const picked = mostRecentResumable([
      enrolment('done', '2026-11-27T10:00:00.000Z', { status: 'completed', completedAt: '2026-11-27T10:00:00.000Z', percent: 100, next: null }),
      enrolment('stuck', '2026-11-26T10:00:00.000Z', { next: null }),
      enrolment('open', '2026-11-02T10:00:00.000Z'),
    ]);
    expect(picked?.parcours.slug).toBe('open');
  });

  it('offers nothing when there is nothing to resume', () => {
    expect(mostRecentResumable([])).toBeNull();
    expect(mostRecentResumable([enrolment('done', '2026-11-27T10:00:00.000Z', { status: 'completed', next: null })])).toBeNull();
  });
});
