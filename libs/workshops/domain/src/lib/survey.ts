export interface SurveyQuestionRule {
  key: string;
  kind: 'scale' | 'choice' | 'text';
  question: string;
  choices?: string[];
  /** A choice where several options may be ticked. */
  multiple?: boolean;
  min?: number;
  max?: number;
}

/**
 * Checks the questions an author wrote, beyond the shape of each one: keys unique, a scale that goes up, choices
 * distinct. Field names are those of the request (`survey.1.max`).
 */
export function checkSurveyQuestions(questions: SurveyQuestionRule[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.key)) problems.push({ field: `survey.${i}.key`, message: 'each question needs its own key' });
    seen.add(q.key);
    if (q.kind === 'scale' && (q.min ?? 1) >= (q.max ?? 5)) problems.push({ field: `survey.${i}.max`, message: 'a scale must end above where it starts' });
    if (q.kind === 'choice' && new Set(q.choices ?? []).size !== (q.choices ?? []).length) problems.push({ field: `survey.${i}.choices`, message: 'choices must be different' });
  });
  return problems;
}

export type SurveyAnswer = string | number | string[];

/** Checks answers against the survey: known keys only, scale within bounds, choices among those offered, short texts. */
export function checkSurveyAnswers(questions: SurveyQuestionRule[], answers: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const [key, value] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      problems.push({ field: key, message: 'no such question' });
      continue;
    }
    if (question.kind === 'scale') {
      const min = question.min ?? 1;
      const max = question.max ?? 5;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        problems.push({ field: key, message: `must be a whole number from ${min} to ${max}` });
    } else if (question.kind === 'choice') {
      const values = Array.isArray(value) ? value : [value];
      if (!values.length || values.some((v) => typeof v !== 'string' || !(question.choices ?? []).includes(v)))
        problems.push({ field: key, message: 'must be among the choices offered' });
      else if (!question.multiple && values.length > 1) problems.push({ field: key, message: 'only one choice may be given' });
    } else if (typeof value !== 'string' || value.length > 2000) {
      problems.push({ field: key, message: 'must be a text of at most 2000 characters' });
    }
  }
  return problems;
}

export interface SurveyResult {
  key: string;
  kind: SurveyQuestionRule['kind'];
  question: string;
  responses: number;
  mean?: number;
  counts?: Record<string, number>;
  texts?: string[];
}

/** Aggregates answers per question: mean and distribution for scales, counts for choices, the texts (anonymous). */
export function aggregateSurvey(questions: SurveyQuestionRule[], responses: Record<string, SurveyAnswer>[]): SurveyResult[] {
  return questions.map((q) => {
    const values = responses.map((r) => r[q.key]).filter((v) => v !== undefined && v !== '');
    if (q.kind === 'scale') {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      const counts: Record<string, number> = {};
      for (let i = q.min ?? 1; i <= (q.max ?? 5); i += 1) counts[String(i)] = numbers.filter((n) => n === i).length;
      return {
        key: q.key,
        kind: q.kind,
        question: q.question,
        responses: numbers.length,
        mean: numbers.length ? Math.round((numbers.reduce((a, b) => a + b, 0) / numbers.length) * 100) / 100 : undefined,
        counts,
      };
    }
    if (q.kind === 'choice') {
      const counts = Object.fromEntries((q.choices ?? []).map((c) => [c, 0]));
      for (const v of values) for (const c of Array.isArray(v) ? v : [v]) if (typeof c === 'string' && c in counts) counts[c] += 1;
      return { key: q.key, kind: q.kind, question: q.question, responses: values.length, counts };
    }
    return { key: q.key, kind: q.kind, question: q.question, responses: values.length, texts: values.filter((v): v is string => typeof v === 'string') };
  });
}
