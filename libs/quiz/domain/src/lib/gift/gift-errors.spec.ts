// Specs run on Node: the web's translation files are read where they are.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { GIFT_ERROR_CODES, type GiftErrorCode, QuizErrorCode } from '@culture-d/quiz/contracts';
import { parseGift } from './gift-parser';

type Params = Record<string, string | number>;

/** One GIFT text per error code: the line and params the error must carry. */
const CASES: Record<GiftErrorCode, { gift: string; line: number; params?: Params }> = {
  TITLE_NOT_CLOSED: { gift: '::Titre Q ?{T}', line: 1 },
  DESCRIPTION_UNSUPPORTED: { gift: '::Intro::Une simple description.', line: 1 },
  ESSAY_UNSUPPORTED: { gift: '\n::Essai::Racontez.{}', line: 2 },
  ANSWER_BLOCK_NOT_CLOSED: { gift: 'Q ?\n{=a\n~b', line: 2 },
  ANSWER_BLOCK_NOT_OPENED: { gift: 'Q ?\n}=a{', line: 2 },
  ANSWER_BLOCK_NESTED: { gift: 'Q {=a\n~b {=c}', line: 1 },
  ANSWER_BLOCK_TWICE: { gift: '::Q1::Un ?{T}\n::Q2::Deux ?{F}', line: 2 },
  STEM_EMPTY: { gift: '::t::{T}', line: 1 },
  ANSWER_EMPTY: { gift: 'Q ?{\n=a\n~#feedback only}', line: 3 },
  CHOICE_TOO_FEW_ANSWERS: { gift: 'Q ?{~a}', line: 1 },
  CHOICE_NO_RIGHT_ANSWER: { gift: 'Q ?{~a ~b}', line: 1 },
  SINGLE_CHOICE_RIGHT_ANSWERS: { gift: 'Q ?{\n=a\n=b\n~c}', line: 3 },
  SINGLE_CHOICE_PARTIAL_CREDIT: { gift: 'Q ?{\n=a\n~%50%b}', line: 3, params: { weight: 50 } },
  WEIGHT_OUT_OF_RANGE: { gift: 'Q ?{~%150%a ~%-50%b}', line: 1, params: { weight: 150 } },
  WEIGHTS_SUM: { gift: 'Q ?{~%33.3333%a ~%50%b}', line: 1, params: { sum: 83.333 } },
  MISSING_WORD_TOO_FEW_ANSWERS: { gift: 'La {~a} phrase.', line: 1 },
  MISSING_WORD_WEIGHT: { gift: 'La {=a ~%50%b} phrase.', line: 1 },
  MISSING_WORD_RIGHT_ANSWERS: { gift: 'La {~a ~b} phrase.', line: 1, params: { count: 0 } },
  MISSING_WORD_FEEDBACK: { gift: 'La {=a#bien ~b} phrase.', line: 1 },
  CREDIT_OUT_OF_RANGE: { gift: 'Q ?{=a\n=%120%b}', line: 2, params: { credit: 120 } },
  SHORT_ANSWER_NO_FULL_CREDIT: { gift: 'Q ?{=%50%a =%20%b}', line: 1 },
  MATCHING_PAIR_NO_ARROW: { gift: 'Q ?{\n=a -> b\n=c\n=d -> e}', line: 3 },
  MATCHING_RIGHT_EMPTY: { gift: 'Q ?{\n=a -> b\n=c -> d\n=e -> }', line: 4 },
  MATCHING_TOO_FEW_PAIRS: { gift: 'Q ?{=a -> b = -> c}', line: 1, params: { count: 1 } },
  NUMERIC_WRONG_FEEDBACK: { gift: 'Q ?{#5\n~#Non.}', line: 2 },
  NUMERIC_NO_ANSWER: { gift: 'Q ?{#}', line: 1 },
  NUMERIC_NO_FULL_CREDIT: { gift: 'Q ?{#=%50%5}', line: 1 },
  NUMERIC_RANGE_REVERSED: { gift: 'Q ?{#\n=10..5}', line: 2, params: { text: '10..5', min: 5, max: 10 } },
  NUMERIC_TOLERANCE_NEGATIVE: { gift: 'Q ?{#5:-1}', line: 1, params: { text: '5:-1' } },
  NUMERIC_ANSWER_UNKNOWN: { gift: 'Q ?{#\n=12\n=vers 2015}', line: 3, params: { text: 'vers 2015' } },
};

const i18n = (language: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../../shared/web/src/i18n', `${language}.json`), 'utf8')) as { quizEditor: { gift: { errors: Record<string, string> } } };

describe('parseGift: error codes', () => {
  it.each(Object.entries(CASES))('reports %s with its line and params, beside the English message', (code, { gift, line, params }) => {
    const { questions, errors } = parseGift(gift);
    expect(questions).toEqual([]);
    expect(errors.find((error) => error.code === code)).toEqual({ line, code, params: params ?? {}, message: expect.any(String) });
  });

  it('has a case for every code', () => {
    expect(Object.keys(CASES).sort()).toEqual([...GIFT_ERROR_CODES].sort());
  });

  it('puts the params in the English message', () => {
    expect(parseGift('Q ?{#\n=10..5}').errors[0].message).toBe('the range 10..5 goes down: write the smaller bound first (5..10)');
    expect(parseGift('Q ?{~%150%a ~%-50%b}').errors[0].message).toBe('the weight %150% must be between -100 and 100');
  });
});

describe('the texts of the GIFT import errors in the web', () => {
  // QUESTION_INVALID: a question the parser read but the question rules refuse (the server adds it, with the field).
  const codes: [string, Params][] = [
    ...Object.entries(CASES).map(([code, { params }]): [string, Params] => [code, params ?? {}]),
    [QuizErrorCode.QuestionInvalid, { field: 'choices/0/text' }],
  ];

  it.each(['fr', 'en'])('has a %s text for every code, with placeholders only for its params', (language) => {
    const texts = i18n(language).quizEditor.gift.errors;
    for (const [code, params] of codes) {
      const text = texts[code];
      expect({ code, text: typeof text === 'string' && text.trim() !== '' }).toEqual({ code, text: true });
      const placeholders = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]);
      expect({ code, unknown: placeholders.filter((name) => !(name in params)) }).toEqual({ code, unknown: [] });
    }
    expect(Object.keys(texts).sort()).toEqual(codes.map(([code]) => code).sort());
  });
});
