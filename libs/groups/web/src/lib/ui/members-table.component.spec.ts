import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { GroupMemberResponse } from '@culture-d/groups/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { provideApiTesting, provideTestTranslations } from '@culture-d/shared/web/testing';
import { MembersTableComponent } from './members-table.component';

const SHARING: GroupMemberResponse = {
  displayName: 'Camille',
  joinedAt: '2026-11-02T09:00:00.000Z',
  shared: true,
  enrolments: [
    {
      parcours: { slug: 'budget', title: 'Lire le budget' },
      status: 'in_progress',
      percent: 40,
      startedAt: '2026-11-03T09:00:00.000Z',
      completedAt: null,
      lastActivityAt: '2026-11-04T09:00:00.000Z',
    },
  ],
  quizzes: [{ activityId: 'a1', title: 'Quiz du budget', parcours: { slug: 'budget', title: 'Lire le budget' }, bestPercent: 80, passed: true, attempts: 2 }],
  workshops: [{ title: 'Atelier données', startsAt: '2026-12-18T16:30:00.000Z', status: 'confirmed', attendance: 'attended' }],
};

const NOT_SHARING: GroupMemberResponse = { displayName: 'Alex', joinedAt: '2026-11-05T09:00:00.000Z', shared: false };

describe('MembersTableComponent', () => {
  let fixture: ComponentFixture<MembersTableComponent>;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideApiTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageService).init();
    fixture = TestBed.createComponent(MembersTableComponent);
    fixture.componentRef.setInput('members', [SHARING, NOT_SHARING]);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const row = (name: string) => Array.from(el.querySelectorAll('tbody tr')).find((tr) => tr.querySelector('th')?.textContent?.trim() === name) as HTMLTableRowElement;

  it('lists everyone by name (sorted) and joining date, with column and row headers', () => {
    expect(Array.from(el.querySelectorAll('tbody th[scope="row"]')).map((th) => th.textContent?.trim())).toEqual(['Alex', 'Camille']);
    expect(Array.from(el.querySelectorAll('thead th[scope="col"]')).map((th) => th.textContent?.trim())).toEqual([
      'Nom',
      'A rejoint le groupe le',
      'Parcours',
      'Quiz (meilleur résultat)',
      'Ateliers',
    ]);
    expect(el.querySelector('caption')?.textContent?.trim()).toBe('Membres du groupe (2)');
    expect(row('Alex').cells[1].textContent?.trim()).toBe('5 novembre 2026');
  });

  it('shows nothing but a neutral line for a member who does not share: no list, no figure, no "none"', () => {
    const alex = row('Alex');
    expect(alex.cells).toHaveLength(3);
    const cell = alex.cells[2];
    expect(cell.getAttribute('colspan')).toBe('3');
    expect(cell.textContent?.trim()).toBe('Ne partage pas sa progression');
    expect(alex.querySelector('ul')).toBeNull();
    expect(alex.textContent).not.toMatch(/%|Aucun|tentative/);
  });

  it('shows the parcours, quiz results and workshops of a member who shares', () => {
    const camille = row('Camille');
    expect(camille.cells).toHaveLength(5);
    expect(camille.cells[2].textContent).toContain('Lire le budget');
    expect(camille.cells[2].textContent).toContain('40 % terminé');
    expect(camille.cells[3].textContent).toContain('Quiz du budget');
    expect(camille.cells[3].textContent).toContain('80 %, réussi (2 tentative·s)');
    expect(camille.cells[4].textContent).toContain('Atelier données');
    expect(camille.cells[4].textContent).toContain('présent·e');
  });
});
