import { placeOf } from './problems';

const preview = {
  modules: [
    {
      id: 'm0',
      key: 'decouvrir',
      title: 'Découvrir',
      activities: [
        { id: 'a0', key: 'lecon', type: 'lesson', title: 'Qu’est-ce qu’une donnée ?', minutes: 5 },
        { id: 'a1', key: 'quiz', type: 'quiz', title: 'Vérifier', minutes: 5 },
        { id: 'a2', key: 'atelier', type: 'workshop', title: 'Préparer l’atelier', minutes: 5 },
      ],
    },
    { id: 'm1', key: 'vide', title: 'Module vide', activities: [] },
  ],
};

describe('where a publishing problem is fixed', () => {
  it('sends a lesson block problem to the lesson editor, a quiz problem to the quiz editor', () => {
    expect(placeOf('/parcours/modules/0/activities/0/blocks/2/alt', preview, 'p')).toEqual({
      module: 'Découvrir',
      activity: 'Qu’est-ce qu’une donnée ?',
      path: '/parcours/modules/0/activities/0/blocks/2/alt',
      link: ['/auteur/parcours', 'p', 'lecons', 'a0'],
    });
    expect(placeOf('/parcours/modules/0/activities/1/questions', preview, 'p').link).toEqual(['/auteur/parcours', 'p', 'quiz', 'a1']);
  });

  it('sends a workshop step or an empty module to its place in the parcours editor', () => {
    expect(placeOf('/parcours/modules/0/activities/2/workshops', preview, 'p')).toMatchObject({ link: ['/auteur/parcours', 'p'], fragment: 'activity-atelier' });
    expect(placeOf('/parcours/modules/1/activities', preview, 'p')).toMatchObject({ module: 'Module vide', link: ['/auteur/parcours', 'p'], fragment: 'module-vide' });
  });

  it('sends a problem of the whole parcours, or a place the outline no longer has, to the editor', () => {
    expect(placeOf('/parcours/modules', preview, 'p')).toEqual({ module: '', activity: '', path: '/parcours/modules', link: ['/auteur/parcours', 'p'] });
    expect(placeOf('/parcours/modules/7/activities/0', preview, 'p').link).toEqual(['/auteur/parcours', 'p']);
  });
});
