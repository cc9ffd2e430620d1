import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { LanguageService } from '@culture-d/shared/web';
import { testProviders } from '../../testing';
import { type DatasetBlock, DatasetTableComponent } from './dataset-table.component';

const DATASET: DatasetBlock = {
  type: 'dataset',
  key: 'ds-quartiers',
  title: 'Quartiers de la commune',
  description: 'Une ligne par quartier.',
  source: 'Données fictives créées pour Culture D, licence Etalab 2.0.',
  columns: [
    { name: 'code_quartier', type: 'text' },
    { name: 'nom_quartier', type: 'text' },
    { name: 'habitants', type: 'integer' },
  ],
  rows: [
    ['Q1', 'Centre-ville', 6200],
    ['Q2', 'Les Chênes', 4800],
    ['Q3', 'Bords-de-Rivière', 15300],
    ['Q4', 'Plateau Nord', 900],
  ],
  csvHref: '/api/activities/a1/datasets/ds-quartiers.csv',
};

describe('DatasetTableComponent', () => {
  let fixture: ComponentFixture<DatasetTableComponent>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: testProviders() });
    await TestBed.inject(LanguageService).init();
    fixture = TestBed.createComponent(DatasetTableComponent);
    fixture.componentRef.setInput('dataset', DATASET);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const headers = () => Array.from(el.querySelectorAll<HTMLElement>('thead th'));
  const column = (index: number) => Array.from(el.querySelectorAll('tbody tr')).map((row) => row.children[index]?.textContent?.trim());
  const count = () => el.querySelector('[aria-live="polite"]')?.textContent?.trim();

  it('is a captioned table whose headers are buttons, numbers right-aligned and in French', () => {
    expect(el.querySelector('table caption')?.textContent?.trim()).toBe('Quartiers de la commune');
    expect(headers().map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers().map((th) => th.querySelector('button')?.textContent?.trim())).toEqual(['code_quartier', 'nom_quartier', 'habitants']);
    expect(headers().every((th) => !th.hasAttribute('aria-sort'))).toBe(true);
    expect(column(2)).toEqual(['6\u202f200', '4\u202f800', '15\u202f300', '900']);
    expect(el.querySelector('tbody td:nth-child(3)')?.classList).toContain('cd-num');
    expect(el.querySelector('tbody td:nth-child(2)')?.classList).not.toContain('cd-num');
    expect(count()).toBe('4 lignes affichées sur 4');
    const download = el.querySelector<HTMLAnchorElement>('a[download]');
    expect(download?.getAttribute('href')).toBe(DATASET.csvHref);
    expect(download?.textContent).toContain('Télécharger le CSV');
    expect(el.textContent).toContain('Source : Données fictives');
  });

  it('sorts by a number column, then reverses, with aria-sort on the header', async () => {
    headers()[2].querySelector('button')?.click();
    await fixture.whenStable();
    expect(headers()[2].getAttribute('aria-sort')).toBe('ascending');
    expect(column(0)).toEqual(['Q4', 'Q2', 'Q1', 'Q3']); // 900 < 4 800 < 6 200 < 15 300: numeric, not text order
    headers()[2].querySelector('button')?.click();
    await fixture.whenStable();
    expect(headers()[2].getAttribute('aria-sort')).toBe('descending');
    expect(column(0)).toEqual(['Q3', 'Q1', 'Q2', 'Q4']);
    // Sorting another column moves aria-sort there.
    headers()[1].querySelector('button')?.click();
    await fixture.whenStable();
    expect(headers()[2].hasAttribute('aria-sort')).toBe(false);
    expect(headers()[1].getAttribute('aria-sort')).toBe('ascending');
    expect(column(1)).toEqual(['Bords-de-Rivière', 'Centre-ville', 'Les Chênes', 'Plateau Nord']);
  });

  it('filters rows with a labelled field and says how many are shown', async () => {
    const input = el.querySelector<HTMLInputElement>('input[type="search"]');
    expect(input).not.toBeNull();
    expect(el.querySelector(`label[for="${input?.id}"]`)?.textContent?.trim()).toBe('Filtrer les lignes');
    if (!input) return;
    input.value = 'chenes';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(column(1)).toEqual(['Les Chênes']);
    expect(count()).toBe('1 ligne affichée sur 4');
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.querySelector('tbody td')?.textContent?.trim()).toBe('Aucune ligne ne contient ce texte.');
    expect(count()).toBe('Aucune ligne affichée sur 4');
  });
});
