import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateResponse, MyCompetenciesResponse, MyEnrolmentResponse } from '@culture-d/progress/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { ApiTestingController } from '@culture-d/shared/web/testing';
import { testProviders } from '../../testing';
import { DashboardPageComponent } from './dashboard-page.component';

const enrolment = (slug: string, overrides: Partial<MyEnrolmentResponse>): MyEnrolmentResponse => ({
  id: `e-${slug}`,
  parcours: { slug, title: `Parcours ${slug}` },
  version: 1,
  status: 'in_progress',
  startedAt: '2026-11-02T09:00:00.000Z',
  completedAt: null,
  lastActivityAt: '2026-11-20T09:00:00.000Z',
  percent: 40,
  next: { id: `a-${slug}`, title: `Étape suivante de ${slug}`, type: 'lesson', module: { key: 'm1', slug: 'm1', title: 'Module 1' } },
  ...overrides,
});

const PROFILE: MyCompetenciesResponse = {
  domains: [
    {
      code: 'D1',
      title: 'Comprendre les données',
      competencies: [
        { code: 'D1.1', title: 'Reconnaître une donnée', percent: 85, level: 'mastered', evidence: 6 },
        { code: 'D1.2', title: 'Lire un tableau', percent: null, level: 'not_assessed', evidence: 0 },
      ],
    },
  ],
};

const CERTIFICATE: CertificateResponse = {
  id: 'cert-1',
  code: 'ABCD-EFGH-JKMN',
  holderName: 'Camille',
  parcours: { title: 'Parcours fini', slug: 'fini' },
  issuedAt: '2026-11-25T10:00:00.000Z',
  competencies: [],
  verificationUrl: 'http://localhost/certificats/ABCD-EFGH-JKMN',
  pdfUrl: '/api/me/certificates/cert-1/pdf',
};

describe('DashboardPageComponent', () => {
  let http: ApiTestingController;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    http = TestBed.inject(ApiTestingController);
    const fixture = TestBed.createComponent(DashboardPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http.match('/api/auth/session').forEach((request) => request.flush({ user: { id: 'u1', displayName: 'Camille' } }));
  });

  afterEach(() => http.verify());

  it('shows my parcours with their progress, "Reprendre" at the most recent one, my competencies and certificates', async () => {
    http
      .expectOne('/api/me/enrolments')
      .flush([
        enrolment('ancien', { lastActivityAt: '2026-11-01T09:00:00.000Z', percent: 10 }),
        enrolment('fini', { status: 'completed', percent: 100, completedAt: '2026-11-25T10:00:00.000Z', next: null }),
        enrolment('recent', { lastActivityAt: '2026-11-26T09:00:00.000Z', percent: 60 }),
      ]);
    http.expectOne('/api/me/competencies').flush(PROFILE);
    http.expectOne('/api/me/certificates').flush([CERTIFICATE]);
    await settle();

    const resume = host.querySelector('.cd-dashboard__resume a');
    expect(resume?.getAttribute('href')).toBe('/parcours/recent/etapes/a-recent');
    expect(resume?.textContent?.replace(/\s+/g, ' ')).toContain('Reprendre : Étape suivante de recent');

    const cards = Array.from(host.querySelectorAll('#mes-parcours ~ ul > li'));
    expect(cards.map((card) => card.querySelector('h3')?.textContent?.trim())).toEqual(['Parcours recent', 'Parcours ancien', 'Parcours fini']);
    expect(cards[0].textContent).toContain('60 % terminé');
    expect(cards[2].textContent).toContain('Terminé le 25 novembre 2026');

    // The chart says each figure in words, and the table repeats the data.
    expect(host.querySelector('.cd-chart')?.textContent?.replace(/\s+/g, ' ')).toContain('85 % — Maîtrisée');
    expect(host.querySelector('.cd-chart')?.textContent).not.toContain('Lire un tableau');
    expect(host.textContent).toContain('1 autre compétence du référentiel n’est pas encore évaluée.');
    const rows = Array.from(host.querySelectorAll('table tbody tr')).map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([['Comprendre les données', 'Reconnaître une donnée', '85 %', 'Maîtrisée', '6']]);

    const pdf = host.querySelector<HTMLAnchorElement>('a[download]');
    expect(pdf?.getAttribute('href')).toBe('/api/me/certificates/cert-1/pdf');
    expect(host.textContent).toContain('ABCD-EFGH-JKMN');
  });

  it('says what to do when nothing is there yet', async () => {
    http.expectOne('/api/me/enrolments').flush([]);
    http.expectOne('/api/me/competencies').flush({ domains: [{ ...PROFILE.domains[0], competencies: [PROFILE.domains[0].competencies[1]] }] });
    http.expectOne('/api/me/certificates').flush([]);
    await settle();
    expect(host.querySelector('.cd-dashboard__resume')).toBeNull();
    expect(host.textContent).toContain('Vous ne suivez encore aucun parcours.');
    expect(host.textContent).toContain('Vos compétences apparaîtront ici après votre premier quiz.');
    expect(host.textContent).toContain('Terminez un parcours pour recevoir son certificat.');
  });
});
