import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RenderedBlock } from '@culture-d/catalog/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { testProviders } from '../../testing';
import { LessonBlocksComponent } from './lesson-blocks.component';

const BLOCKS: RenderedBlock[] = [
  { type: 'markdown', html: '<p>Une <strong>donnée</strong> bien rangée.</p>' },
  { type: 'callout', variant: 'retenir', title: 'Une idée par colonne', html: '<p>Une colonne, une information.</p>' },
  { type: 'callout', variant: 'attention', html: '<p>Jamais de données personnelles.</p>' },
  { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zy8+', alt: 'Schéma du tableau', decorative: false, caption: 'Un tableau', credit: 'Culture D' },
  { type: 'image', src: 'data:image/svg+xml;base64,PHN2Zy8+', alt: 'ignoré', decorative: true },
  {
    type: 'video',
    url: 'https://tube.example.fr/videos/embed/abc',
    title: 'Le Self Data',
    transcriptHtml: '<p>Transcription complète.</p>',
  },
  {
    type: 'resource',
    title: 'la fiche mémo',
    description: 'À imprimer.',
    fileName: 'fiche-memo.md',
    mediaType: 'text/markdown',
    sizeBytes: 2100,
    href: '/api/activities/a1/resources/0',
  },
  { type: 'link', url: 'https://www.data.gouv.fr/', title: 'data.gouv.fr', description: 'Le portail national.' },
  {
    type: 'dataset',
    key: 'ds',
    title: 'Quartiers',
    description: '',
    source: 'Fictif',
    columns: [{ name: 'nom', type: 'text' }],
    rows: [['Centre']],
    csvHref: '/x.csv',
  },
];

describe('LessonBlocksComponent', () => {
  let fixture: ComponentFixture<LessonBlocksComponent>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: testProviders() });
    await TestBed.inject(LanguageService).init();
    fixture = TestBed.createComponent(LessonBlocksComponent);
    fixture.componentRef.setInput('blocks', BLOCKS);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('renders Markdown HTML as HTML', () => {
    expect(el.querySelector('.cd-block--markdown strong')?.textContent).toBe('donnée');
  });

  it('renders callouts as notes named by their visible label (and title)', () => {
    const notes = Array.from(el.querySelectorAll('aside[role="note"]'));
    expect(notes).toHaveLength(2);
    const name = (note: Element) => el.querySelector(`#${note.getAttribute('aria-labelledby')}`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(name(notes[0])).toBe('À retenir : Une idée par colonne');
    expect(name(notes[1])).toBe('Attention');
    expect(notes[1].classList).toContain('cd-block--attention');
    expect(notes[0].textContent).toContain('Une colonne, une information.');
  });

  it('keeps the alternative of informative images, empties it for decorative ones, and captions them', () => {
    const images = Array.from(el.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['Schéma du tableau', '']);
    expect(images[0].getAttribute('src')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    const caption = el.querySelector('figure figcaption')?.textContent ?? '';
    expect(caption).toContain('Un tableau');
    expect(caption).toContain('Crédit : Culture D');
  });

  it('shows a video as a link to its host with the transcript open, and no frame', () => {
    expect(el.querySelector('iframe')).toBeNull();
    const video = el.querySelector('.cd-block--video');
    expect(video?.querySelector('h2')?.textContent?.trim()).toBe('Le Self Data');
    const link = video?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://tube.example.fr/videos/embed/abc');
    expect(link?.textContent).toContain('Regarder la vidéo sur tube.example.fr');
    const details = video?.querySelector('details');
    expect(details?.hasAttribute('open')).toBe(true);
    expect(details?.textContent).toContain('Transcription complète.');
  });

  it('offers resources for download with name, type and size in kB', () => {
    const link = el.querySelector<HTMLAnchorElement>('.cd-block--resource a');
    expect(link?.getAttribute('href')).toBe('/api/activities/a1/resources/0');
    expect(link?.getAttribute('download')).toBe('fiche-memo.md');
    expect(link?.textContent?.trim()).toBe('Télécharger la fiche mémo (texte, 2 ko)');
    expect(el.querySelector('.cd-block--resource')?.textContent).toContain('Fichier : fiche-memo.md');
  });

  it('links to outside pages with their host, and renders datasets as tables', () => {
    const link = el.querySelector<HTMLAnchorElement>('.cd-block--link a');
    expect(link?.getAttribute('href')).toBe('https://www.data.gouv.fr/');
    expect(el.querySelector('.cd-block--link')?.textContent).toContain('(data.gouv.fr)');
    expect(el.querySelector('cd-dataset-table table caption')?.textContent?.trim()).toBe('Quartiers');
  });
});
