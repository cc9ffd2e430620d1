import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { provideTranslations } from '../i18n/provide-i18n';
import { CheckboxGroupComponent, FieldComponent, FieldControlDirective, type FieldText } from './field.component';
import type { Message } from './form-problem';

const FR = {
  form: { errorPrefix: 'Erreur : ' },
  f: { title: 'Titre', item: 'Élément {{n}}', hint: 'Au plus 200 caractères.', required: 'Ce champ est obligatoire.', long: 'Au plus {{max}} caractères.' },
};

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FieldComponent, FieldControlDirective],
  template: `
    <div cdField fieldId="t" [label]="label()" [hint]="hint()" [error]="error()" [invalid]="invalid()" [errorPrefix]="prefix()">
      @if (optional()) {
        <span cdFieldLabel class="extra"> (facultatif)</span>
      }
      <input cdFieldControl class="cd-input" [formControl]="control" [required]="required()" />
    </div>
    <div cdField fieldId="s" label="f.title">
      <select cdFieldControl [value]="choice()" (change)="choice.set($any($event.target).value)">
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
    </div>
  `,
})
class HostComponent {
  readonly label = signal<FieldText>('f.title');
  readonly hint = signal<FieldText | undefined>(undefined);
  readonly error = signal<Message | undefined>(undefined);
  readonly invalid = signal(false);
  readonly prefix = signal(true);
  readonly optional = signal(true);
  readonly required = signal(false);
  readonly choice = signal('b');
  readonly control = new FormControl('Bonjour', { nonNullable: true });
}

describe('FieldComponent', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [HostComponent], providers: [provideTranslations({ fr: FR })] });
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const field = el.querySelector('div') as HTMLDivElement;
    const input = el.querySelector('input') as HTMLInputElement;
    const update = async (change: (host: HostComponent) => void) => {
      change(fixture.componentInstance);
      await fixture.whenStable();
    };
    return { fixture, el, field, input, host: fixture.componentInstance, update };
  }

  it('labels the control by its id, the label ending with the content marked cdFieldLabel', async () => {
    const { field, input } = await render();
    const label = field.querySelector('label') as HTMLLabelElement;
    expect(field.className).toBe('cd-field');
    expect(input.id).toBe('t');
    expect(label.htmlFor).toBe('t');
    expect(label.className).toBe('cd-field__label');
    expect(label.textContent).toBe('Titre (facultatif)');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('translates a label given with parameters', async () => {
    const { field, update } = await render();
    await update((host) => host.label.set({ key: 'f.item', params: { n: 2 } }));
    expect(field.querySelector('label')?.firstChild?.textContent).toBe('Élément 2');
  });

  it('describes the control by its hint, then by its error, which makes it invalid', async () => {
    const { field, input, update } = await render();
    await update((host) => host.hint.set('f.hint'));
    expect(field.querySelector('#t-hint')?.textContent).toBe('Au plus 200 caractères.');
    expect(field.querySelector('#t-hint')?.className).toBe('cd-field__hint');
    expect(input.getAttribute('aria-describedby')).toBe('t-hint');

    await update((host) => host.error.set({ key: 'f.long', params: { max: 200 } }));
    const error = field.querySelector('#t-error') as HTMLElement;
    expect(error.className).toBe('cd-field__error');
    expect(error.querySelector('.cd-sr-only')?.textContent).toBe('Erreur : ');
    expect(error.textContent?.replace(/\s+/g, ' ').trim()).toBe('Erreur : Au plus 200 caractères.');
    expect(input.getAttribute('aria-describedby')).toBe('t-hint t-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(field.classList).toContain('cd-field--error');
    // The error comes before the control, right after the hint (DSFR order).
    expect(Array.from(field.children).map((child) => child.id || child.tagName)).toEqual(['LABEL', 't-hint', 't-error', 't']);

    await update((host) => {
      host.error.set(undefined);
      host.hint.set(undefined);
    });
    expect(field.querySelector('#t-error')).toBeNull();
    expect(field.querySelector('#t-hint')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(field.classList).not.toContain('cd-field--error');
  });

  it('shows the error without the spoken prefix when asked', async () => {
    const { field, update } = await render();
    await update((host) => {
      host.prefix.set(false);
      host.error.set({ key: 'f.required' });
    });
    expect(field.querySelector('.cd-sr-only')).toBeNull();
    expect(field.querySelector('#t-error')?.textContent?.trim()).toBe('Ce champ est obligatoire.');
  });

  it('marks the control invalid without an error of its own, the field keeping its look', async () => {
    const { field, input, update } = await render();
    await update((host) => host.invalid.set(true));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(field.classList).not.toContain('cd-field--error');
  });

  it('leaves the value, required and disabled states to the control', async () => {
    const { fixture, input, host, update } = await render();
    expect(input.value).toBe('Bonjour');
    input.value = 'Salut';
    input.dispatchEvent(new Event('input'));
    expect(host.control.value).toBe('Salut');

    await update((h) => h.required.set(true));
    expect(input.required).toBe(true);

    host.control.disable();
    await fixture.whenStable();
    expect(input.disabled).toBe(true);
  });

  it('works for a select bound to a value', async () => {
    const { el, host } = await render();
    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select.id).toBe('s');
    expect(el.querySelector('label[for="s"]')?.textContent).toBe('Titre');
    expect(select.value).toBe('b');
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(host.choice()).toBe('a');
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CheckboxGroupComponent],
  template: `
    <fieldset
      cdCheckboxGroup
      fieldId="themes"
      legend="g.legend"
      optionPrefix="theme-"
      labelPrefix="g.themes."
      [values]="values"
      [checked]="checked()"
      [error]="error()"
      (toggled)="toggle($event)"
    ></fieldset>
  `,
})
class GroupHostComponent {
  readonly values = ['art', 'civisme'] as const;
  readonly checked = signal<readonly ('art' | 'civisme')[]>(['civisme']);
  readonly error = signal<Message | undefined>(undefined);
  toggle(value: 'art' | 'civisme'): void {
    this.checked.update((list) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]));
  }
}

describe('CheckboxGroupComponent', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [GroupHostComponent],
      providers: [provideTranslations({ fr: { ...FR, g: { legend: 'Thèmes', required: 'Cochez au moins un thème.', themes: { art: 'Art', civisme: 'Civisme' } } } })],
    });
    const fixture = TestBed.createComponent(GroupHostComponent);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement, host: fixture.componentInstance };
  }

  it('is a fieldset with its legend, one labelled checkbox a value, checked from the list', async () => {
    const { el } = await render();
    const fieldset = el.querySelector('fieldset') as HTMLFieldSetElement;
    expect(fieldset.id).toBe('themes');
    expect(fieldset.className).toBe('cd-field');
    expect(fieldset.querySelector('legend')?.textContent).toBe('Thèmes');
    const boxes = Array.from(fieldset.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.map((box) => [box.id, box.checked, el.querySelector(`label[for="${box.id}"]`)?.textContent])).toEqual([
      ['theme-art', false, 'Art'],
      ['theme-civisme', true, 'Civisme'],
    ]);
    expect(fieldset.getAttribute('aria-describedby')).toBeNull();
  });

  it('emits the value of the box ticked or unticked', async () => {
    const { fixture, el, host } = await render();
    (el.querySelector('#theme-art') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(host.checked()).toEqual(['civisme', 'art']);
    (el.querySelector('#theme-civisme') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(host.checked()).toEqual(['art']);
    expect((el.querySelector('#theme-civisme') as HTMLInputElement).checked).toBe(false);
  });

  it('shows its error under the legend and is described by it', async () => {
    const { fixture, el, host } = await render();
    host.error.set({ key: 'g.required' });
    await fixture.whenStable();
    const fieldset = el.querySelector('fieldset') as HTMLFieldSetElement;
    expect(fieldset.classList).toContain('cd-field--error');
    expect(fieldset.getAttribute('aria-describedby')).toBe('themes-error');
    expect(fieldset.querySelector('#themes-error')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Erreur : Cochez au moins un thème.');
  });
});
