import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  return JSON.parse(readFileSync(join(__dirname, `${language}.json`), 'utf8')) as Tree;
}

/** Every leaf as a dotted key, e.g. `home.audiences.elu.title`, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') leaves(value, path).forEach((v, k) => result.set(k, v));
    else result.set(path, value);
  }
  return result;
}

describe('translation files', () => {
  const languages = readdirSync(__dirname)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
  const fr = leaves(load('fr'));

  it('exist for French and English', () => {
    expect(languages).toEqual(['en', 'fr']);
  });

  it.each(languages.filter((language) => language !== 'fr'))('%s has exactly the keys of fr', (language) => {
    const other = leaves(load(language));
    const missing = [...fr.keys()].filter((key) => !other.has(key));
    const extra = [...other.keys()].filter((key) => !fr.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(languages)('%s has a non-empty text for every key', (language) => {
    const empty = [...leaves(load(language))].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});
