import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { RESOURCE_MAX_BYTES, dataUriBytes, validateParcoursDocument } from './validate-parcours';

describe('resource limits', () => {
  function withResource(file: string, mediaType: string) {
    const document = exampleParcoursDocument();
    const lesson = document.parcours.modules[0].activities[0];
    if (lesson.type !== 'lesson' || lesson.blocks[4].type !== 'resource') throw new Error('fixture');
    lesson.blocks[4] = { ...lesson.blocks[4], file, mediaType };
    return validateParcoursDocument(document);
  }

  it('measures data: URIs without decoding them', () => {
    expect(dataUriBytes('data:text/plain;base64,RmljaGUgbcOpbW8=')).toBe(11);
    expect(dataUriBytes('data:text/plain,caf%C3%A9')).toBe(5);
  });

  it('accepts documents and refuses HTML, SVG and executables', () => {
    expect(withResource('data:application/pdf;base64,JVBERi0=', 'application/pdf').ok).toBe(true);
    for (const type of ['text/html', 'image/svg+xml', 'application/x-msdownload', 'application/javascript']) {
      const result = withResource('data:text/plain;base64,eA==', type);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['/parcours/modules/0/activities/0/blocks/4/mediaType']);
    }
  });

  it('refuses a file over 5 MB', () => {
    const big = `data:application/pdf;base64,${'A'.repeat(Math.ceil(((RESOURCE_MAX_BYTES + 10) * 4) / 3))}`;
    const result = withResource(big, 'application/pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message).toMatch(/at most 5 MB/);
  });
});
