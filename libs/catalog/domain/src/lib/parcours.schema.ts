import { LEVELS, PARCOURS_FORMAT } from '@culture-d/catalog/contracts';
import { DIFFICULTIES } from '@culture-d/quiz/contracts';
import { AUDIENCES, THEMES } from '@culture-d/shared/contracts';

/**
 * JSON Schema (draft-07, as Ajv 8 reads it) of the `culture-d/parcours@1` document
 * (libs/catalog/contracts/src/lib/parcours.document.ts and libs/quiz/contracts/src/lib/question.document.ts).
 *
 * Shape only: every object is closed (`additionalProperties: false`); unions are told apart by their `type`
 * or `kind` (Ajv's `discriminator` keyword, so that an error names the branch the author meant). Rules that
 * span several places (unique keys, prerequisites, correct answers, allowed hosts…) are in validate-parcours.ts.
 *
 * Empty lists of modules, activities, blocks and questions are valid (drafts); publishing refuses them
 * (publishable.ts).
 */

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const requiredText = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;
const markdown = { type: 'string', maxLength: 20_000 } as const;
const requiredMarkdown = { type: 'string', minLength: 1, maxLength: 20_000 } as const;
const key = { type: 'string', minLength: 1, maxLength: 80 } as const;
const minutes = { type: 'integer', minimum: 0, maximum: 10_000 } as const;
const percent = { type: 'number', minimum: 0, maximum: 100 } as const;
const codes = { type: 'array', items: requiredText(40) } as const;

const closed = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

const imageRefProperties = {
  src: requiredText(15_000_000),
  alt: text(500),
  decorative: { type: 'boolean' },
  caption: text(500),
  credit: text(500),
};

const choice = { text: requiredMarkdown, feedback: markdown };

const numericAnswer = {
  type: 'object',
  additionalProperties: false,
  required: ['credit'],
  properties: {
    value: { type: 'number' },
    tolerance: { type: 'number', minimum: 0 },
    min: { type: 'number' },
    max: { type: 'number' },
    credit: percent,
    feedback: markdown,
  },
  // Either `value` (with an optional `tolerance`) or a `min`–`max` range, never both.
  if: { required: ['value'] },
  then: { not: { anyOf: [{ required: ['min'] }, { required: ['max'] }] } },
  else: { required: ['min', 'max'], not: { required: ['tolerance'] } },
} as const;

const questionBase = {
  key,
  stem: requiredMarkdown,
  explanation: markdown,
  points: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
  competencies: codes,
  difficulty: { enum: [...DIFFICULTIES] },
};
const questionBaseRequired = ['key', 'type', 'stem', 'explanation', 'competencies'];

const question = (type: string, properties: Record<string, unknown>, required: string[]) =>
  closed({ ...questionBase, type: { const: type }, ...properties }, [...questionBaseRequired, ...required]);

const questionSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
  discriminator: { propertyName: 'type' },
  oneOf: [
    question(
      'single_choice',
      { choices: { type: 'array', minItems: 2, items: closed({ ...choice, correct: { type: 'boolean' } }, ['text', 'correct']) } },
      ['choices'],
    ),
    question(
      'multiple_choice',
      { choices: { type: 'array', minItems: 2, items: closed({ ...choice, weight: { type: 'number', minimum: -100, maximum: 100 } }, ['text', 'weight']) } },
      ['choices'],
    ),
    question('true_false', { answer: { type: 'boolean' }, feedbackTrue: markdown, feedbackFalse: markdown }, ['answer']),
    question(
      'short_text',
      { answers: { type: 'array', minItems: 1, items: closed({ text: requiredText(500), credit: percent, feedback: markdown }, ['text', 'credit']) } },
      ['answers'],
    ),
    question('numeric', { answers: { type: 'array', minItems: 1, items: numericAnswer }, unit: text(40) }, ['answers']),
    question('ordering', { items: { type: 'array', minItems: 2, items: requiredText(1000) } }, ['items']),
    question(
      'matching',
      {
        pairs: { type: 'array', minItems: 2, items: closed({ left: requiredText(1000), right: requiredText(1000) }, ['left', 'right']) },
        distractors: { type: 'array', items: requiredText(1000) },
      },
      ['pairs'],
    ),
    question(
      'cloze',
      {
        text: requiredMarkdown,
        blanks: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string' } },
            discriminator: { propertyName: 'kind' },
            oneOf: [
              closed(
                {
                  kind: { const: 'short_text' },
                  answers: { type: 'array', minItems: 1, items: closed({ text: requiredText(500), credit: percent }, ['text', 'credit']) },
                },
                ['kind', 'answers'],
              ),
              closed(
                { kind: { const: 'choice' }, choices: { type: 'array', minItems: 2, items: requiredText(500) }, correct: { type: 'integer', minimum: 0 } },
                ['kind', 'choices', 'correct'],
              ),
            ],
          },
        },
      },
      ['text', 'blanks'],
    ),
    question(
      'dataset',
      {
        dataset: key,
        answer: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string' } },
          discriminator: { propertyName: 'kind' },
          oneOf: [
            closed({ kind: { const: 'numeric' }, answers: { type: 'array', minItems: 1, items: numericAnswer }, unit: text(40) }, ['kind', 'answers']),
            closed(
              {
                kind: { const: 'choice' },
                choices: { type: 'array', minItems: 2, items: closed({ ...choice, correct: { type: 'boolean' } }, ['text', 'correct']) },
              },
              ['kind', 'choices'],
            ),
          ],
        },
      },
      ['dataset', 'answer'],
    ),
  ],
} as const;

/** One question alone, as the question bank stores it (same shape as in a parcours). */
export const QUESTION_SCHEMA = questionSchema;

const blockSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
  discriminator: { propertyName: 'type' },
  oneOf: [
    closed({ type: { const: 'markdown' }, markdown: requiredMarkdown }, ['type', 'markdown']),
    closed(
      { type: { const: 'callout' }, variant: { enum: ['retenir', 'attention', 'exemple'] }, title: text(200), markdown: requiredMarkdown },
      ['type', 'variant', 'markdown'],
    ),
    closed({ type: { const: 'image' }, ...imageRefProperties }, ['type', 'src', 'alt']),
    closed({ type: { const: 'video' }, url: requiredText(2000), title: requiredText(200), transcript: { type: 'string', maxLength: 200_000 } }, [
      'type',
      'url',
      'title',
      'transcript',
    ]),
    closed(
      {
        type: { const: 'resource' },
        title: requiredText(200),
        description: text(2000),
        file: requiredText(15_000_000),
        fileName: requiredText(200),
        mediaType: { type: 'string', pattern: '^[a-z]+/[a-zA-Z0-9.+-]+$', maxLength: 200 },
      },
      ['type', 'title', 'file', 'fileName', 'mediaType'],
    ),
    closed(
      {
        type: { const: 'dataset' },
        key,
        title: requiredText(200),
        description: text(2000),
        // 1 MB of UTF-8 is at most 1 048 576 UTF-16 code units; the byte limit itself is checked by parseDataset.
        csv: requiredText(1_048_576),
        source: requiredText(1000),
      },
      ['type', 'key', 'title', 'description', 'csv', 'source'],
    ),
    closed({ type: { const: 'link' }, url: requiredText(2000), title: requiredText(200), description: text(2000) }, ['type', 'url', 'title']),
  ],
} as const;

const activitySchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
  discriminator: { propertyName: 'type' },
  oneOf: [
    closed({ key, type: { const: 'lesson' }, title: requiredText(200), minutes, blocks: { type: 'array', items: blockSchema } }, [
      'key',
      'type',
      'title',
      'minutes',
      'blocks',
    ]),
    closed(
      {
        key,
        type: { const: 'quiz' },
        title: requiredText(200),
        minutes,
        settings: closed(
          {
            passMark: percent,
            maxAttempts: { type: ['integer', 'null'], minimum: 1 },
            scoring: { enum: ['best', 'last'] },
            shuffleQuestions: { type: 'boolean' },
            shuffleChoices: { type: 'boolean' },
            showCorrectAnswers: { enum: ['never', 'after_submission', 'after_passing'] },
          },
          ['passMark', 'maxAttempts', 'scoring', 'shuffleQuestions', 'shuffleChoices', 'showCorrectAnswers'],
        ),
        diagnostic: { type: 'boolean' },
        questions: { type: 'array', items: questionSchema },
        draw: {
          type: 'array',
          maxItems: 20,
          items: closed({ competency: requiredText(40), count: { type: 'integer', minimum: 1, maximum: 50 } }, ['competency', 'count']),
        },
      },
      ['key', 'type', 'title', 'minutes', 'settings', 'questions'],
    ),
    closed(
      {
        key,
        type: { const: 'workshop' },
        title: requiredText(200),
        minutes,
        role: { enum: ['preparation', 'follow_up'] },
        workshops: { type: 'array', items: requiredText(80) },
        instructions: markdown,
      },
      ['key', 'type', 'title', 'minutes', 'role', 'workshops', 'instructions'],
    ),
  ],
} as const;

const moduleSchema = closed(
  {
    key,
    slug: requiredText(80),
    title: requiredText(200),
    summary: text(2000),
    objectives: { type: 'array', items: requiredText(500) },
    minutes,
    competencies: codes,
    prerequisites: { type: 'array', items: key },
    activities: { type: 'array', items: activitySchema },
  },
  ['key', 'slug', 'title', 'summary', 'objectives', 'minutes', 'competencies', 'prerequisites', 'activities'],
);

export const PARCOURS_DOCUMENT_SCHEMA = closed(
  {
    format: { const: PARCOURS_FORMAT },
    parcours: closed(
      {
        slug: requiredText(80),
        title: requiredText(200),
        summary: requiredText(2000),
        summaryEn: requiredText(2000),
        audiences: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...AUDIENCES] } },
        themes: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...THEMES] } },
        level: { enum: [...LEVELS] },
        objectives: { type: 'array', items: requiredText(500) },
        durationMinutes: minutes,
        cover: closed(imageRefProperties, ['src', 'alt']),
        modules: { type: 'array', items: moduleSchema },
      },
      ['slug', 'title', 'summary', 'summaryEn', 'audiences', 'themes', 'level', 'objectives', 'durationMinutes', 'modules'],
    ),
  },
  ['format', 'parcours'],
);
