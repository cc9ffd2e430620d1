import { advance, computeProgress, isModuleMastered, replacesCountedResult, requiredActivities, type ActivityStatus, type RuleActivity, type RuleModule } from './progress-rules';

const activity = (id: string, type: RuleActivity['type'], status: ActivityStatus = 'not_started'): RuleActivity => ({ id, type, title: id, status });
const mod = (key: string, activities: RuleActivity[], options: Partial<RuleModule> = {}): RuleModule => ({
  key,
  title: `Module ${key}`,
  competencies: [],
  prerequisites: [],
  activities,
  ...options,
});

describe('forward-only statuses', () => {
  it('moves forward and never back', () => {
    expect(advance('not_started', 'in_progress')).toBe('in_progress');
    expect(advance('in_progress', 'completed')).toBe('completed');
    expect(advance('not_started', 'completed')).toBe('completed');
    expect(advance('completed', 'in_progress')).toBe('completed');
    expect(advance('completed', 'not_started')).toBe('completed');
    expect(advance('in_progress', 'in_progress')).toBe('in_progress');
  });
});

describe('required activities', () => {
  it('requires lessons and quizzes, not workshop steps', () => {
    const activities = [activity('l', 'lesson'), activity('w', 'workshop'), activity('q', 'quiz')];
    expect(requiredActivities(activities).map((a) => a.id)).toEqual(['l', 'q']);
  });

  it('requires the workshop steps of a module that has nothing else', () => {
    expect(requiredActivities([activity('w1', 'workshop'), activity('w2', 'workshop')]).map((a) => a.id)).toEqual(['w1', 'w2']);
  });
});

describe('computeProgress', () => {
  it('completes a module when its lessons and quizzes are completed, even with a workshop step left', () => {
    const progress = computeProgress([mod('a', [activity('l', 'lesson', 'completed'), activity('w', 'workshop'), activity('q', 'quiz', 'completed')])]);
    expect(progress.modules[0].status).toBe('completed');
    expect(progress.complete).toBe(true);
    expect(progress.percent).toBe(100);
    expect(progress.next).toBeNull();
  });

  it('locks a module while a prerequisite is not completed and names what is missing', () => {
    const progress = computeProgress([
      mod('a', [activity('a1', 'lesson', 'completed'), activity('a2', 'quiz', 'in_progress')]),
      mod('b', [activity('b1', 'lesson')], { prerequisites: ['a'] }),
      mod('c', [activity('c1', 'lesson')]),
    ]);
    expect(progress.modules.map((m) => m.status)).toEqual(['in_progress', 'locked', 'not_started']);
    expect(progress.modules[1].missingPrerequisites).toEqual([{ key: 'a', title: 'Module a' }]);
    expect(progress.next).toEqual({ activityId: 'a2', moduleKey: 'a' });
    expect(progress.percent).toBe(25);
    expect(progress.complete).toBe(false);
  });

  it('opens a module once its prerequisites are completed', () => {
    const progress = computeProgress([mod('a', [activity('a1', 'lesson', 'completed')]), mod('b', [activity('b1', 'lesson')], { prerequisites: ['a'] })]);
    expect(progress.modules[1]).toEqual({
      key: 'b',
      status: 'not_started',
      mastered: false,
      missingPrerequisites: [],
    });
    expect(progress.next).toEqual({ activityId: 'b1', moduleKey: 'b' });
  });

  it('never shows a completed module as locked', () => {
    const progress = computeProgress([
      mod('a', [activity('a1', 'lesson')]),
      mod('b', [activity('b1', 'lesson', 'completed')], {
        prerequisites: ['a'],
      }),
    ]);
    expect(progress.modules[1].status).toBe('completed');
  });

  it('counts a started workshop step as a started module', () => {
    const progress = computeProgress([mod('a', [activity('a1', 'lesson'), activity('w', 'workshop', 'completed')])]);
    expect(progress.modules[0].status).toBe('in_progress');
    expect(progress.percent).toBe(0);
  });

  it('is not complete without modules, and has no next activity', () => {
    expect(computeProgress([])).toMatchObject({
      complete: false,
      next: null,
      percent: 0,
      recommendedStart: null,
    });
  });
});

describe('diagnostic', () => {
  const diagnostic = [
    { code: 'comprendre', points: 4, maxPoints: 5 },
    { code: 'collecter', points: 3, maxPoints: 5 },
    { code: 'proteger', points: 5, maxPoints: 5 },
  ];

  it('marks a module mastered when every competency it names reached 80 % in the diagnostic', () => {
    expect(isModuleMastered(['comprendre', 'proteger'], diagnostic)).toBe(true);
    expect(isModuleMastered(['comprendre', 'collecter'], diagnostic)).toBe(false);
    expect(isModuleMastered(['partager'], diagnostic)).toBe(false); // not assessed
    expect(isModuleMastered([], diagnostic)).toBe(false); // nothing to master
    expect(isModuleMastered(['comprendre'], null)).toBe(false);
    expect(isModuleMastered(['vide'], [{ code: 'vide', points: 0, maxPoints: 0 }])).toBe(false);
  });

  it('recommends the first module neither mastered nor completed and resumes there, while mastered modules stay open', () => {
    const progress = computeProgress(
      [
        mod('intro', [activity('i1', 'quiz', 'completed')], {
          competencies: [],
        }),
        mod('a', [activity('a1', 'lesson')], { competencies: ['comprendre'] }),
        mod('b', [activity('b1', 'lesson')], { competencies: ['collecter'] }),
      ],
      diagnostic,
    );
    expect(progress.modules.map((m) => [m.key, m.mastered, m.status])).toEqual([
      ['intro', false, 'completed'],
      ['a', true, 'not_started'],
      ['b', false, 'not_started'],
    ]);
    expect(progress.recommendedStart).toBe('b'); // intro is done, a is mastered
    expect(progress.next).toEqual({ activityId: 'b1', moduleKey: 'b' });
  });

  it('recommends the first module that is not mastered', () => {
    const progress = computeProgress(
      [mod('a', [activity('a1', 'lesson')], { competencies: ['proteger'] }), mod('b', [activity('b1', 'lesson')], { competencies: ['collecter'] })],
      diagnostic,
    );
    expect(progress.recommendedStart).toBe('b');
  });

  it('falls back to a mastered module when nothing else is open', () => {
    const progress = computeProgress(
      [
        mod('a', [activity('a1', 'lesson')], { competencies: ['proteger'] }),
        mod('b', [activity('b1', 'lesson')], {
          competencies: ['collecter'],
          prerequisites: ['a'],
        }),
      ],
      diagnostic,
    );
    expect(progress.next).toEqual({ activityId: 'a1', moduleKey: 'a' });
    expect(progress.recommendedStart).toBe('b');
  });

  it('recommends nothing when every module is mastered', () => {
    expect(computeProgress([mod('a', [activity('a1', 'lesson')], { competencies: ['proteger'] })], diagnostic).recommendedStart).toBeNull();
  });
});

describe('counted quiz result', () => {
  it('keeps the best attempt for `best` scoring, the last for `last`', () => {
    expect(replacesCountedResult('best', null, { percent: 10 })).toBe(true);
    expect(replacesCountedResult('best', { percent: 60 }, { percent: 50 })).toBe(false);
    expect(replacesCountedResult('best', { percent: 60 }, { percent: 60 })).toBe(false);
    expect(replacesCountedResult('best', { percent: 60 }, { percent: 70 })).toBe(true);
    expect(replacesCountedResult('last', { percent: 90 }, { percent: 20 })).toBe(true);
  });
});
