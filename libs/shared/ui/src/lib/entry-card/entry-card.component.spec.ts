import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EntryCardComponent } from './entry-card.component';

describe('EntryCardComponent', () => {
  it('renders one link, named by its heading, towards the given route and query', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EntryCardComponent);
    fixture.componentRef.setInput('heading', 'Élu·e local·e');
    fixture.componentRef.setInput('description', 'Piloter avec les données.');
    fixture.componentRef.setInput('link', '/parcours');
    fixture.componentRef.setInput('queryParams', { public: 'elu' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const links = el.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].textContent).toBe('Élu·e local·e');
    expect(links[0].getAttribute('href')).toBe('/parcours?public=elu');
    expect(el.querySelector('h3')?.contains(links[0])).toBe(true);
    expect(el.querySelector('p')?.textContent).toBe('Piloter avec les données.');
    expect(el.querySelector('cd-icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});
