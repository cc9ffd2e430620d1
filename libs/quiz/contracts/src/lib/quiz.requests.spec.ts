import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { QuestionBankQuery, QuestionExportQuery, QuestionImportQuery, SubmissionRequest } from './quiz.requests';

const problems = <T extends object>(cls: new () => T, body: unknown) =>
  validateSync(plainToInstance(cls, body) as T, { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) => [
    e.property,
    ...(e.children ?? []).flatMap((c) => (c.children ?? []).map((g) => `${e.property}.${c.property}.${g.property}`)),
  ]);

describe('quiz requests', () => {
  it('takes a submission as a list of { questionId, response } with any response shape (the domain checks it)', () => {
    expect(
      problems(SubmissionRequest, {
        responses: [
          { questionId: 'q-1', response: 'c1' },
          { questionId: 'q-2', response: { b1: '7' } },
          { questionId: 'q-3', response: null },
        ],
      }),
    ).toEqual([]);
    expect(problems(SubmissionRequest, { responses: 'c1' })).toEqual(['responses']);
    expect(problems(SubmissionRequest, { responses: [{ questionId: 3, response: 1, extra: true }] }).sort()).toEqual(['responses', 'responses.0.extra', 'responses.0.questionId']);
    expect(problems(SubmissionRequest, {})).toEqual(['responses']);
  });

  it('reads bank filters and paging from the query string', () => {
    const query = plainToInstance(QuestionBankQuery, { limit: '50', offset: '10', type: 'cloze' });
    expect(query).toMatchObject({ limit: 50, offset: 10, type: 'cloze' });
    expect(problems(QuestionBankQuery, { limit: '500' })).toEqual(['limit']);
    expect(problems(QuestionBankQuery, { type: 'essay' })).toEqual(['type']);
  });

  it('wants the GIFT format, reads skipInvalid as a boolean and ids as question ids', () => {
    expect(plainToInstance(QuestionImportQuery, { format: 'gift', skipInvalid: 'true' }).skipInvalid).toBe(true);
    expect(problems(QuestionImportQuery, { format: 'xml' })).toEqual(['format']);
    expect(problems(QuestionImportQuery, { format: 'gift', skipInvalid: 'oui' })).toEqual(['skipInvalid']);
    const id = '0b6f3c9e-6d1f-4a3e-9c61-2b1f0c1d2e3f';
    expect(problems(QuestionExportQuery, { format: 'gift', ids: `${id},${id}` })).toEqual([]);
    expect(problems(QuestionExportQuery, { format: 'gift', ids: `${id},------------------------------------` })).toEqual(['ids']);
  });
});
