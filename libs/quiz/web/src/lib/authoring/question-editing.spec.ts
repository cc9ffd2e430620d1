import { appendAt, moveAt, removeAt, setAt, setOptionalText, valueAt } from './question-editing';

describe('immutable edits at a JSON Pointer', () => {
  const doc = { stem: 'S', choices: [{ text: 'A' }, { text: 'B', feedback: 'F' }] };

  it('sets a value deep inside without touching the original, sharing the untouched parts', () => {
    const next = setAt(doc, '/choices/1/text', 'C');
    expect(next.choices[1]).toEqual({ text: 'C', feedback: 'F' });
    expect(doc.choices[1].text).toBe('B');
    expect(next.choices[0]).toBe(doc.choices[0]);
    expect(next).not.toBe(doc);
  });

  it('removes an optional text when emptied', () => {
    expect(setOptionalText(doc, '/choices/1/feedback', '').choices[1]).toEqual({ text: 'B' });
    expect(setOptionalText(doc, '/choices/0/feedback', 'Non').choices[0]).toEqual({ text: 'A', feedback: 'Non' });
  });

  it('appends to a list, creating it when absent', () => {
    expect(appendAt(doc, '/choices', { text: 'D' }).choices.map((c) => c.text)).toEqual(['A', 'B', 'D']);
    expect(appendAt<Record<string, unknown>>({}, '/distractors', 'x')).toEqual({ distractors: ['x'] });
  });

  it('removes and moves items; moves out of range change nothing', () => {
    expect(removeAt(doc, '/choices', 0).choices).toEqual([{ text: 'B', feedback: 'F' }]);
    expect(moveAt(doc, '/choices', 1, 0).choices.map((c) => c.text)).toEqual(['B', 'A']);
    expect(moveAt(doc, '/choices', 1, 2).choices.map((c) => c.text)).toEqual(['A', 'B']);
    expect(moveAt(doc, '/choices', 0, -1).choices.map((c) => c.text)).toEqual(['A', 'B']);
  });

  it('reads a value at a pointer', () => {
    expect(valueAt(doc, '/choices/1/feedback')).toBe('F');
    expect(valueAt(doc, '/choices/5/text')).toBeUndefined();
  });
});
