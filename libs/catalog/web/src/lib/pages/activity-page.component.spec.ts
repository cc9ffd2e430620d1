import type { ParcoursOutlineResponse } from '@culture-d/catalog/contracts';
import { neighbours } from './activity-page.component';

const step = (id: string, type: 'lesson' | 'quiz' | 'workshop' = 'lesson') => ({ id, key: id, type, title: `Étape ${id}`, minutes: 10 });
const mod = (key: string, activities: ReturnType<typeof step>[]) => ({
  id: key,
  key,
  slug: key,
  title: key,
  summary: '',
  minutes: 10,
  objectives: [],
  competencies: [],
  prerequisites: [],
  activities,
});
const OUTLINE = { modules: [mod('m1', [step('a'), step('b', 'quiz')]), mod('m2', [step('c', 'workshop')])] } as unknown as ParcoursOutlineResponse;

describe('previous and next steps', () => {
  it('follow the parcours order across modules', () => {
    expect(neighbours(OUTLINE, 'a')).toEqual({ previous: undefined, next: { id: 'b', title: 'Étape b', type: 'quiz' } });
    expect(neighbours(OUTLINE, 'b')).toEqual({
      previous: { id: 'a', title: 'Étape a', type: 'lesson' },
      next: { id: 'c', title: 'Étape c', type: 'workshop' },
    });
    expect(neighbours(OUTLINE, 'c')).toEqual({ previous: { id: 'b', title: 'Étape b', type: 'quiz' }, next: undefined });
  });

  it('are none for a step that is not in the outline', () => {
    expect(neighbours(OUTLINE, 'z')).toEqual({});
  });
});
