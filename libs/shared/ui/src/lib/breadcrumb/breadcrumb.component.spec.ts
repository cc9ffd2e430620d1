import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BreadcrumbComponent, type BreadcrumbItem } from './breadcrumb.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BreadcrumbComponent],
  template: `<cd-breadcrumb label="Vous êtes ici :" [items]="items()" />`,
})
class HostComponent {
  readonly items = signal<BreadcrumbItem[]>([
    { label: 'Accueil', link: '/' },
    { label: 'Déclaration d’accessibilité', link: '/accessibilite' },
  ]);
}

describe('BreadcrumbComponent', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [HostComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is a labelled navigation landmark with an ordered list of crumbs', async () => {
    const el = await render();
    const nav = el.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Vous êtes ici :');
    expect(Array.from(el.querySelectorAll('ol > li')).map((li) => li.textContent?.trim())).toEqual([
      'Accueil',
      'Déclaration d’accessibilité',
    ]);
  });

  it('links every crumb but the last, which is the current page', async () => {
    const el = await render();
    const links = el.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/');
    const current = el.querySelector('[aria-current="page"]');
    expect(current?.tagName).toBe('SPAN');
    expect(current?.textContent).toBe('Déclaration d’accessibilité');
  });
});
