import { TestBed } from '@angular/core/testing';
import { join } from 'node:path';
import { DatasetUploadComponent } from './dataset-upload.component';
import { provideTestTranslations } from '@culture-d/shared/web/testing';

async function render(csv = '') {
  TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(DatasetUploadComponent);
  fixture.componentRef.setInput('csv', csv);
  fixture.componentRef.setInput('fieldId', 'le-b1-csv');
  const accepted: string[] = [];
  fixture.componentInstance.accepted.subscribe((value) => accepted.push(value));
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const paste = async (text: string) => {
    (element.querySelector('textarea') as HTMLTextAreaElement).value = text;
    (element.querySelector('details button') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, element, accepted, paste };
}

describe('DatasetUploadComponent', () => {
  it('reports ragged rows by line and offers nothing to use', async () => {
    const { element, accepted, paste } = await render();
    await paste('quartier,habitants\nCentre,1200\nGare\n');
    const report = (element.querySelector('[aria-live="polite"]')?.textContent ?? '').replace(/\s+/g, ' ');
    expect(report).toContain('Ces données ne peuvent pas être utilisées : 1 problème.');
    expect(report).toContain('Ligne 3 : 1 champ(s) alors que l’en-tête a 2 colonnes.');
    expect(Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim())).not.toContain('Utiliser ces données');
    expect(accepted).toEqual([]);
  });

  it('shows rows, columns and their types, and hands the data over only when asked', async () => {
    const csv = 'quartier;habitants;budget\nCentre;1 200;12 500,50\nGare;950;8 000\n';
    const { fixture, element, accepted, paste } = await render();
    await paste(csv);
    expect(element.textContent).toContain('Données valides : 2 ligne(s), 3 colonne(s).');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children)
        .map((cell) => cell.textContent?.trim())
        .join(' '),
    );
    expect(rows).toEqual(['quartier texte', 'habitants nombre entier', 'budget nombre']);
    expect(accepted).toEqual([]);
    const use = Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Utiliser ces données');
    use?.click();
    await fixture.whenStable();
    expect(accepted).toEqual([csv]);
    expect(element.textContent).toContain('Les données sont dans le bloc.');
  });

  it('summarises the data already in the block', async () => {
    const { element } = await render('a,b\n1,2\n3,4\n5,6\n');
    expect(element.textContent).toContain('Données actuelles : 3 ligne(s), 2 colonne(s).');
    expect(element.querySelector('label[for="le-b1-csv"]')?.textContent?.trim()).toBe('Remplacer par un fichier CSV');
  });
});
