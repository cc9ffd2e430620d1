import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type TranslationObject, TranslateService, provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { firstValueFrom, of } from 'rxjs';
import { HomePageComponent } from './home-page.component';

const FR: TranslationObject = {
  home: {
    hero: { title: 'Se former à la culture des données, à son rythme' },
    audiences: {
      elu: { title: 'Élu·e local·e', text: 'Piloter avec les données.' },
      agent: { title: 'Agent public', text: 'Collecter et ouvrir.' },
      mediateur: { title: 'Médiateur·rice numérique', text: 'Accompagner.' },
      citoyen: { title: 'Citoyen·ne', text: 'Maîtriser ses données.' },
    },
    themes: { performance: { title: '#performance' }, innovation: { title: '#innovation' }, democratie: { title: '#démocratie' } },
  },
};

describe('HomePageComponent', () => {
  async function render(): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideTranslateService({ loader: provideTranslateLoader(() => ({ getTranslation: () => of(FR) })) }),
      ],
    });
    await firstValueFrom(TestBed.inject(TranslateService).use('fr'));
    const fixture = TestBed.createComponent(HomePageComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has exactly one h1', async () => {
    const el = await render();
    const h1s = el.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0].textContent).toBe('Se former à la culture des données, à son rythme');
  });

  it('opens four audience doors, each linking to the parcours of its audience', async () => {
    const el = await render();
    const doors = Array.from(el.querySelectorAll('[data-testid="audience-doors"] > li a'));
    expect(doors.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Élu·e local·e', '/parcours?public=elu'],
      ['Agent public', '/parcours?public=agent'],
      ['Médiateur·rice numérique', '/parcours?public=mediateur'],
      ['Citoyen·ne', '/parcours?public=citoyen'],
    ]);
  });

  it('names the three themes', async () => {
    const el = await render();
    const headings = Array.from(el.querySelectorAll('#themes h3')).map((h) => h.textContent);
    expect(headings).toEqual(['#performance', '#innovation', '#démocratie']);
  });
});
