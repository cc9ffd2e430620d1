import { isQuestionType } from './question.document';

describe('question types', () => {
  it.each(['single_choice', 'multiple_choice', 'true_false', 'short_text', 'numeric', 'ordering', 'matching', 'cloze', 'dataset'])('knows %s', (type) => {
    expect(isQuestionType(type)).toBe(true);
  });

  it.each(['essay', 'Single_Choice', '', null])('refuses %p', (value) => {
    expect(isQuestionType(value)).toBe(false);
  });
});
