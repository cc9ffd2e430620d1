import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { QuestionDocument } from '@culture-d/quiz/contracts';
import { LanguageService } from '@culture-d/shared/web';
import { testProviders } from '../../testing';
import { QuestionEditorComponent } from './question-editor.component';
import type { QuestionIssue } from './question-rules';

// The first test pays for compiling the components: more than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [QuestionEditorComponent],
  template: `<cd-question-editor idPrefix="t" [(question)]="question" [issues]="issues()" />`,
})
class HostComponent {
  readonly question = signal<QuestionDocument>({
    key: 'q-formats',
    type: 'multiple_choice',
    stem: 'Quels formats sont **ouverts** ?',
    explanation: '',
    competencies: [],
    difficulty: 'difficile',
    choices: [
      { text: 'CSV', weight: 50 },
      { text: 'ODS', weight: 50 },
      { text: 'XLS', weight: -100 },
    ],
  });
  readonly issues = signal<QuestionIssue[]>([]);
}

describe('QuestionEditorComponent', () => {
  let host: HTMLElement;
  let component: HostComponent;

  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  function field<T extends HTMLElement>(id: string): T {
    const element = host.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`no #${id}`);
    return element;
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.replace(/[↑↓]/g, '').replace(/\s+/g, ' ').trim() === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...testProviders(), provideRouter([])] });
    await TestBed.inject(LanguageService).init();
    const fixture = TestBed.createComponent(HostComponent);
    component = fixture.componentInstance;
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  it('shows the question’s type, difficulty and weights in their fields', () => {
    expect(field<HTMLSelectElement>('t-type').value).toBe('multiple_choice');
    expect(field<HTMLSelectElement>('t-difficulty').value).toBe('difficile');
    expect(field<HTMLInputElement>('t-choices-2-weight').value).toBe('-100');
    expect(field<HTMLInputElement>('t-choices-1-text').value).toBe('ODS');
  });

  it('edits the document: texts, moves and removals, and a change of type that keeps the choices', async () => {
    const text = field<HTMLInputElement>('t-choices-0-text');
    text.value = 'CSV (texte)';
    text.dispatchEvent(new Event('input'));
    button('Descendre le choix 1').click();
    await settle();
    expect((component.question() as { choices: { text: string }[] }).choices.map((c) => c.text)).toEqual(['ODS', 'CSV (texte)', 'XLS']);
    button('Retirer le choix 3').click();
    const type = field<HTMLSelectElement>('t-type');
    type.value = 'single_choice';
    type.dispatchEvent(new Event('change'));
    await settle();
    expect(component.question()).toMatchObject({
      type: 'single_choice',
      choices: [
        { text: 'ODS', correct: true },
        { text: 'CSV (texte)', correct: false },
      ],
    });
    expect(field<HTMLInputElement>('t-choices-0-correct').checked).toBe(true);
  });

  it('shows each issue on its field, linked to it for screen readers', async () => {
    component.issues.set([
      { pointer: '/choices', key: 'quizEditor.rules.weightsSum', params: { sum: 80 } },
      { pointer: '/choices/1/text', key: 'quizEditor.rules.required' },
    ]);
    await settle();
    expect(field('t-choices-error').textContent).toContain('Les poids positifs doivent totaliser 100 % (ils totalisent 80 %).');
    expect(field('t-choices-1-text').getAttribute('aria-describedby')).toBe('t-choices-1-text-error');
    expect(field('t-choices-1-text').getAttribute('aria-invalid')).toBe('true');
  });

  it('previews the question as a learner sees it, with the learner’s controls', async () => {
    button('Voir comme un·e participant·e').click();
    await settle();
    const preview = host.querySelector('.cd-qe__learner');
    expect(preview?.querySelector('strong')?.textContent).toBe('ouverts');
    expect(Array.from(preview?.querySelectorAll('input[type="checkbox"]') ?? [])).toHaveLength(3);
    // An invalid question cannot be presented: the preview says why instead.
    const weight = field<HTMLInputElement>('t-choices-0-weight');
    weight.value = '10';
    weight.dispatchEvent(new Event('input'));
    await settle();
    expect(host.querySelector('.cd-qe__learner')).toBeNull();
    expect(host.textContent).toContain('Corrigez d’abord les erreurs de la question');
  });
});
