import { exampleParcoursDocument } from '@culture-d/catalog/contracts';
import { describeChanges, materialise } from './materialise';

describe('materialise', () => {
  it('renders every lesson block once and keeps quiz answers out of the served content', () => {
    const { modules, activities, searchText } = materialise(exampleParcoursDocument());
    expect(modules.map((m) => m.key)).toEqual(['m1', 'm2']);
    const lesson = activities.find((a) => a.key === 'm1-lecon');
    const blocks = lesson?.content['blocks'] as { type: string; html?: string; href?: string; sizeBytes?: number }[];
    expect(blocks.map((b) => b.type)).toEqual(['markdown', 'callout', 'image', 'video', 'resource', 'dataset', 'link']);
    expect(blocks[0].html).toContain('<strong>donnée</strong>');
    expect(blocks[4]).toMatchObject({ href: `/api/activities/${lesson?.id}/resources/4`, sizeBytes: 'Fiche mémo'.length + 1 });
    const quiz = activities.find((a) => a.key === 'm1-quiz');
    expect(quiz?.content).toEqual({ settings: expect.objectContaining({ passMark: 60 }), questionCount: 2, diagnostic: false });
    expect(JSON.stringify(quiz?.content)).not.toMatch(/correct|answers|340/);
    expect(searchText).toContain('Les données de ma commune');
  });
});

describe('describeChanges', () => {
  it('says what changed between two versions', () => {
    const before = exampleParcoursDocument();
    const after = exampleParcoursDocument({ modules: 3 });
    after.parcours.modules[0].title = 'Nouveau titre';
    expect(describeChanges(undefined, before)).toEqual(['Première version publiée']);
    expect(describeChanges(before, after)).toEqual(expect.arrayContaining(['Module renommé : Les données autour de nous → Nouveau titre', 'Module ajouté : Aller plus loin 2', 'Présentation du parcours modifiée']));
    expect(describeChanges(before, exampleParcoursDocument())).toEqual(['Aucun changement de contenu']);
  });
});
