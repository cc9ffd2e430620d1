import { isBlockType } from './parcours.document';

describe('lesson block types', () => {
  it.each(['markdown', 'callout', 'image', 'video', 'resource', 'dataset', 'link'])('knows %s', (type) => {
    expect(isBlockType(type)).toBe(true);
  });

  it.each(['html', 'script', 'iframe', 3])('refuses %p', (value) => {
    expect(isBlockType(value)).toBe(false);
  });
});
