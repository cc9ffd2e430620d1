import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, model, signal } from '@angular/core';
import type { LearnerQuestion, QuestionDocument, QuestionType } from '@culture-d/quiz/contracts';
import { FieldComponent, FieldControlDirective, TranslatePipe } from '@culture-d/shared/web';
import { QuestionComponent } from '../questions/question.component';
import type { Draft } from '../responses';
import { EditorErrorComponent, ItemActionsComponent } from './editor-parts';
import { appendAt, moveAt, removeAt, setAt, setOptionalText, valueAt } from './question-editing';
import { ALL_DIFFICULTIES, ALL_TYPES, BANK_TYPES, type QuestionIssue, changeType, checkQuestion, fieldOf } from './question-rules';

type PresentQuestion = typeof import('@culture-d/quiz/domain').presentQuestion;

export interface CompetencyOption {
  code: string;
  title: string;
}

/**
 * Edits one question in the document format, whatever its type: the fields of the type, each with its error (the
 * parent validates with `checkQuestion` before saving and passes the issues, its own or the API's), and a preview of
 * the question as a learner sees it (the learner's components, fed by the domain's `presentQuestion`).
 * Ids: `<idPrefix>-<field>` where the field is the JSON Pointer with dashes (`choices-0-text`), as the error summary links.
 */
@Component({
  selector: 'cd-question-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [NgTemplateOutlet, TranslatePipe, FieldComponent, FieldControlDirective, EditorErrorComponent, ItemActionsComponent, QuestionComponent],
  styleUrl: './authoring.scss',
  template: `
    @let q = question();
    <div class="cd-qe">
      <div class="cd-qe__grid">
        <div cdField [fieldId]="id('')" label="quizEditor.fields.type" [error]="err('') ?? err('/type')">
          <select cdFieldControl class="cd-input" [value]="q.type" (change)="retype($event)">
            @for (type of types(); track type) {
              <option [value]="type" [selected]="type === q.type">{{ 'quizEditor.types.' + type | translate }}</option>
            }
          </select>
        </div>
        <div cdField [fieldId]="id('/key')" label="quizEditor.fields.key" hint="quizEditor.fields.keyHint" [error]="err('/key')">
          <input cdFieldControl class="cd-input" type="text" spellcheck="false" autocomplete="off" [value]="q.key" (input)="setText('/key', $event)" />
        </div>
      </div>

      <div cdField [fieldId]="id('/stem')" label="quizEditor.fields.stem" hint="quizEditor.fields.markdownHint" [error]="err('/stem')">
        <textarea cdFieldControl class="cd-input" rows="3" lang="fr" [value]="q.stem" (input)="setText('/stem', $event)"></textarea>
      </div>

      @switch (q.type) {
        @case ('single_choice') {
          <ng-container *ngTemplateOutlet="choices; context: { base: '/choices', list: q.choices, weighted: false }" />
        }
        @case ('multiple_choice') {
          <ng-container *ngTemplateOutlet="choices; context: { base: '/choices', list: q.choices, weighted: true }" />
        }
        @case ('true_false') {
          <fieldset class="cd-field cd-qe__group" [id]="id('/answer')">
            <legend>{{ 'quizEditor.fields.trueFalseAnswer' | translate }}</legend>
            <div class="cd-qe__inline">
              <div class="cd-choice">
                <input type="radio" [id]="id('/answer') + '-true'" [name]="id('/answer')" [checked]="q.answer" (change)="set('/answer', true)" />
                <label [for]="id('/answer') + '-true'">{{ 'quizEditor.fields.true' | translate }}</label>
              </div>
              <div class="cd-choice">
                <input type="radio" [id]="id('/answer') + '-false'" [name]="id('/answer')" [checked]="!q.answer" (change)="set('/answer', false)" />
                <label [for]="id('/answer') + '-false'">{{ 'quizEditor.fields.false' | translate }}</label>
              </div>
            </div>
            @for (side of trueFalse; track side) {
              <div cdField [fieldId]="id('/' + side)" [label]="'quizEditor.fields.' + side">
                <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="q[side] ?? ''" (input)="setOptional('/' + side, $event)" />
              </div>
            }
          </fieldset>
        }
        @case ('short_text') {
          <ng-container *ngTemplateOutlet="textAnswers; context: { base: '/answers', list: q.answers, feedback: true }" />
        }
        @case ('numeric') {
          <ng-container *ngTemplateOutlet="numericAnswers; context: { base: '/answers', list: q.answers }" />
          <ng-container *ngTemplateOutlet="unit; context: { pointer: '/unit', value: q.unit }" />
        }
        @case ('ordering') {
          <fieldset class="cd-field cd-qe__group" [id]="id('/items')" [class.cd-field--error]="!!err('/items')">
            <legend>{{ 'quizEditor.fields.items' | translate }}</legend>
            <p class="cd-field__hint">{{ 'quizEditor.fields.itemsHint' | translate }}</p>
            <cd-qe-error [issue]="err('/items')" [errorId]="id('/items') + '-error'" />
            <ol class="cd-qe__list">
              @for (item of q.items; track $index; let i = $index) {
                <li class="cd-qe__item">
                  <div cdField [fieldId]="id('/items/' + i)" [label]="{ key: 'quizEditor.fields.item', params: { n: i + 1 } }" [error]="err('/items/' + i)">
                    <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="item" (input)="setText('/items/' + i, $event)" />
                  </div>
                  <cd-qe-item-actions
                    [index]="i"
                    [count]="q.items.length"
                    [what]="'quizEditor.what.item' | translate: { n: i + 1 }"
                    (up)="moveItem('/items', i, i - 1)"
                    (down)="moveItem('/items', i, i + 1)"
                    (remove)="remove('/items', i)"
                  />
                </li>
              }
            </ol>
            <p>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append('/items', '')">{{ 'quizEditor.actions.addItem' | translate }}</button>
            </p>
          </fieldset>
        }
        @case ('matching') {
          <fieldset class="cd-field cd-qe__group" [id]="id('/pairs')" [class.cd-field--error]="!!err('/pairs')">
            <legend>{{ 'quizEditor.fields.pairs' | translate }}</legend>
            <cd-qe-error [issue]="err('/pairs')" [errorId]="id('/pairs') + '-error'" />
            <ol class="cd-qe__list">
              @for (pair of q.pairs; track $index; let i = $index) {
                <li class="cd-qe__item">
                  <div class="cd-qe__grid">
                    @for (side of sides; track side) {
                      @let p = '/pairs/' + i + '/' + side;
                      <div cdField [fieldId]="id(p)" [label]="{ key: 'quizEditor.fields.' + side, params: { n: i + 1 } }" [error]="err(p)">
                        <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="pair[side]" (input)="setText(p, $event)" />
                      </div>
                    }
                  </div>
                  <cd-qe-item-actions
                    [index]="i"
                    [count]="q.pairs.length"
                    [movable]="false"
                    [what]="'quizEditor.what.pair' | translate: { n: i + 1 }"
                    (remove)="remove('/pairs', i)"
                  />
                </li>
              }
            </ol>
            <p>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append('/pairs', { left: '', right: '' })">
                {{ 'quizEditor.actions.addPair' | translate }}
              </button>
            </p>
          </fieldset>
          <fieldset class="cd-field cd-qe__group" [id]="id('/distractors')">
            <legend>{{ 'quizEditor.fields.distractors' | translate }}</legend>
            <p class="cd-field__hint">{{ 'quizEditor.fields.distractorsHint' | translate }}</p>
            <ul class="cd-qe__list">
              @for (text of q.distractors ?? []; track $index; let i = $index) {
                <li class="cd-qe__item">
                  <div cdField [fieldId]="id('/distractors/' + i)" [label]="{ key: 'quizEditor.fields.distractor', params: { n: i + 1 } }" [error]="err('/distractors/' + i)">
                    <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="text" (input)="setText('/distractors/' + i, $event)" />
                  </div>
                  <cd-qe-item-actions
                    [index]="i"
                    [count]="(q.distractors ?? []).length"
                    [movable]="false"
                    [what]="'quizEditor.what.distractor' | translate: { n: i + 1 }"
                    (remove)="removeDistractor(i)"
                  />
                </li>
              }
            </ul>
            <p>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append('/distractors', '')">
                {{ 'quizEditor.actions.addDistractor' | translate }}
              </button>
            </p>
          </fieldset>
        }
        @case ('cloze') {
          <div cdField [fieldId]="id('/text')" label="quizEditor.fields.clozeText" hint="quizEditor.fields.clozeTextHint" [error]="err('/text')">
            <textarea cdFieldControl class="cd-input" rows="3" lang="fr" [value]="q.text" (input)="setText('/text', $event)"></textarea>
          </div>
          <fieldset class="cd-field cd-qe__group" [id]="id('/blanks')" [class.cd-field--error]="!!err('/blanks')">
            <legend>{{ 'quizEditor.fields.blanks' | translate }}</legend>
            <cd-qe-error [issue]="err('/blanks')" [errorId]="id('/blanks') + '-error'" />
            <ol class="cd-qe__list">
              @for (blank of q.blanks; track $index; let i = $index) {
                @let b = '/blanks/' + i;
                <li class="cd-qe__item cd-qe__item--block">
                  <div cdField [fieldId]="id(b + '/kind')" [label]="{ key: 'quizEditor.fields.blankKind', params: { n: i + 1 } }">
                    <select cdFieldControl class="cd-input" [value]="blank.kind" (change)="setBlankKind(i, $event)">
                      <option value="short_text">{{ 'quizEditor.fields.blankText' | translate }}</option>
                      <option value="choice">{{ 'quizEditor.fields.blankChoice' | translate }}</option>
                    </select>
                  </div>
                  @if (blank.kind === 'short_text') {
                    <ng-container *ngTemplateOutlet="textAnswers; context: { base: b + '/answers', list: blank.answers, feedback: false }" />
                  } @else {
                    <fieldset class="cd-field cd-qe__group" [id]="id(b + '/choices')" [class.cd-field--error]="!!err(b + '/choices') || !!err(b + '/correct')">
                      <legend>{{ 'quizEditor.fields.blankChoices' | translate: { n: i + 1 } }}</legend>
                      <cd-qe-error [issue]="err(b + '/choices') ?? err(b + '/correct')" [errorId]="id(b + '/choices') + '-error'" />
                      <ol class="cd-qe__list">
                        @for (text of blank.choices; track $index; let j = $index) {
                          <li class="cd-qe__item">
                            <div class="cd-choice">
                              <input
                                type="radio"
                                [id]="id(b + '/correct') + '-' + j"
                                [name]="id(b + '/correct')"
                                [checked]="blank.correct === j"
                                (change)="set(b + '/correct', j)"
                              />
                              <label [for]="id(b + '/correct') + '-' + j">{{ 'quizEditor.fields.correctChoice' | translate: { n: j + 1 } }}</label>
                            </div>
                            <div
                              cdField
                              [fieldId]="id(b + '/choices/' + j)"
                              [label]="{ key: 'quizEditor.fields.choiceText', params: { n: j + 1 } }"
                              [error]="err(b + '/choices/' + j)"
                            >
                              <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="text" (input)="setText(b + '/choices/' + j, $event)" />
                            </div>
                            <cd-qe-item-actions
                              [index]="j"
                              [count]="blank.choices.length"
                              [movable]="false"
                              [what]="'quizEditor.what.choice' | translate: { n: j + 1 }"
                              (remove)="removeBlankChoice(i, j)"
                            />
                          </li>
                        }
                      </ol>
                      <p>
                        <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append(b + '/choices', '')">
                          {{ 'quizEditor.actions.addChoice' | translate }}
                        </button>
                      </p>
                    </fieldset>
                  }
                  <cd-qe-item-actions
                    [index]="i"
                    [count]="q.blanks.length"
                    [movable]="false"
                    [what]="'quizEditor.what.blank' | translate: { n: i + 1 }"
                    (remove)="remove('/blanks', i)"
                  />
                </li>
              }
            </ol>
            <p>
              <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="addBlank()">{{ 'quizEditor.actions.addBlank' | translate }}</button>
            </p>
          </fieldset>
        }
        @case ('dataset') {
          <div cdField [fieldId]="id('/dataset')" label="quizEditor.fields.dataset" [error]="err('/dataset')">
            <input cdFieldControl class="cd-input" type="text" spellcheck="false" [value]="q.dataset" (input)="setText('/dataset', $event)" />
          </div>
          @if (q.answer.kind === 'numeric') {
            <ng-container *ngTemplateOutlet="numericAnswers; context: { base: '/answer/answers', list: q.answer.answers }" />
            <ng-container *ngTemplateOutlet="unit; context: { pointer: '/answer/unit', value: q.answer.unit }" />
          } @else {
            <ng-container *ngTemplateOutlet="choices; context: { base: '/answer/choices', list: q.answer.choices, weighted: false }" />
          }
        }
      }

      <div cdField [fieldId]="id('/explanation')" label="quizEditor.fields.explanation" hint="quizEditor.fields.explanationHint" [error]="err('/explanation')">
        <textarea cdFieldControl class="cd-input" rows="2" lang="fr" [value]="q.explanation" (input)="setText('/explanation', $event)"></textarea>
      </div>

      <div class="cd-qe__grid">
        <div cdField [fieldId]="id('/points')" label="quizEditor.fields.points" [error]="err('/points')">
          <input cdFieldControl class="cd-input cd-qe__number" type="number" step="any" min="0" max="100" [value]="q.points ?? 1" (input)="setNumber('/points', $event)" />
        </div>
        <div cdField [fieldId]="id('/difficulty')" label="quizEditor.fields.difficulty">
          <select cdFieldControl class="cd-input" [value]="q.difficulty ?? 'moyen'" (change)="setText('/difficulty', $event)">
            @for (difficulty of difficulties; track difficulty) {
              <option [value]="difficulty" [selected]="difficulty === (q.difficulty ?? 'moyen')">{{ 'quizEditor.difficulties.' + difficulty | translate }}</option>
            }
          </select>
        </div>
      </div>

      @if (competencyOptions().length > 0) {
        <fieldset class="cd-field cd-qe__group" [id]="id('/competencies')">
          <legend>{{ 'quizEditor.fields.competencies' | translate }}</legend>
          <div class="cd-qe__competencies">
            @for (option of competencyOptions(); track option.code) {
              <div class="cd-choice">
                <input type="checkbox" [id]="id('/competencies') + '-' + option.code" [checked]="q.competencies.includes(option.code)" (change)="toggleCompetency(option.code)" />
                <label [for]="id('/competencies') + '-' + option.code">{{ option.code }} — {{ option.title }}</label>
              </div>
            }
          </div>
        </fieldset>
      }

      <section class="cd-qe__preview" [attr.aria-labelledby]="id('') + '-preview-title'">
        <h3 [id]="id('') + '-preview-title'" class="cd-qe__preview-title">{{ 'quizEditor.preview.title' | translate }}</h3>
        @if (!previewShown()) {
          <p>
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="showPreview()">{{ 'quizEditor.preview.show' | translate }}</button>
          </p>
        } @else {
          @if (previewFailed()) {
            <p>{{ 'quizEditor.preview.failed' | translate }}</p>
          } @else if (!previewReady()) {
            <p>{{ 'quizEditor.loading' | translate }}</p>
          } @else if (preview(); as learner) {
            <div class="cd-quiz cd-qe__learner">
              <cd-question [question]="learner" [number]="1" [count]="1" [draft]="previewDraft()" contentLang="fr" (draftChange)="previewDraft.set($event)" />
            </div>
          } @else {
            <p>{{ 'quizEditor.preview.invalid' | translate }}</p>
          }
          <p>
            <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="previewShown.set(false)">{{ 'quizEditor.preview.hide' | translate }}</button>
          </p>
        }
      </section>
    </div>

    <ng-template #choices let-base="base" let-list="list" let-weighted="weighted">
      <fieldset class="cd-field cd-qe__group" [id]="id(base)" [class.cd-field--error]="!!err(base)">
        <legend>{{ 'quizEditor.fields.choices' | translate }}</legend>
        <p class="cd-field__hint">{{ (weighted ? 'quizEditor.fields.weightsHint' : 'quizEditor.fields.singleHint') | translate }}</p>
        <cd-qe-error [issue]="err(base)" [errorId]="id(base) + '-error'" />
        <ol class="cd-qe__list">
          @for (choice of list; track $index; let i = $index) {
            @let c = base + '/' + i;
            <li class="cd-qe__item cd-qe__item--block">
              @if (weighted) {
                <div cdField [fieldId]="id(c + '/weight')" [label]="{ key: 'quizEditor.fields.weight', params: { n: i + 1 } }" [error]="err(c + '/weight')">
                  <input
                    cdFieldControl
                    class="cd-input cd-qe__number"
                    type="number"
                    step="any"
                    min="-100"
                    max="100"
                    [value]="choice.weight"
                    (input)="setNumber(c + '/weight', $event)"
                  />
                </div>
              } @else {
                <div class="cd-choice">
                  <input type="radio" [id]="id(c + '/correct')" [name]="id(base) + '-correct'" [checked]="choice.correct" (change)="markCorrect(base, i)" />
                  <label [for]="id(c + '/correct')">{{ 'quizEditor.fields.correctChoice' | translate: { n: i + 1 } }}</label>
                </div>
              }
              <div cdField [fieldId]="id(c + '/text')" [label]="{ key: 'quizEditor.fields.choiceText', params: { n: i + 1 } }" [error]="err(c + '/text')">
                <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="choice.text" (input)="setText(c + '/text', $event)" />
              </div>
              <ng-container *ngTemplateOutlet="feedback; context: { pointer: c + '/feedback', value: choice.feedback, label: 'quizEditor.fields.feedback', n: i + 1 }" />
              <cd-qe-item-actions
                [index]="i"
                [count]="list.length"
                [what]="'quizEditor.what.choice' | translate: { n: i + 1 }"
                (up)="moveItem(base, i, i - 1)"
                (down)="moveItem(base, i, i + 1)"
                (remove)="remove(base, i)"
              />
            </li>
          }
        </ol>
        <p>
          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append(base, weighted ? { text: '', weight: 0 } : { text: '', correct: false })">
            {{ 'quizEditor.actions.addChoice' | translate }}
          </button>
        </p>
      </fieldset>
    </ng-template>

    <ng-template #textAnswers let-base="base" let-list="list" let-feedback="feedback">
      <fieldset class="cd-field cd-qe__group" [id]="id(base)" [class.cd-field--error]="!!err(base)">
        <legend>{{ 'quizEditor.fields.answers' | translate }}</legend>
        <p class="cd-field__hint">{{ 'quizEditor.fields.textAnswersHint' | translate }}</p>
        <cd-qe-error [issue]="err(base)" [errorId]="id(base) + '-error'" />
        <ol class="cd-qe__list">
          @for (answer of list; track $index; let i = $index) {
            @let a = base + '/' + i;
            <li class="cd-qe__item cd-qe__item--block">
              <div class="cd-qe__grid">
                <div cdField [fieldId]="id(a + '/text')" [label]="{ key: 'quizEditor.fields.answerText', params: { n: i + 1 } }" [error]="err(a + '/text')">
                  <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="answer.text" (input)="setText(a + '/text', $event)" />
                </div>
                <ng-container *ngTemplateOutlet="credit; context: { pointer: a + '/credit', value: answer.credit, n: i + 1 }" />
              </div>
              @if (feedback) {
                <ng-container *ngTemplateOutlet="feedback; context: { pointer: a + '/feedback', value: answer.feedback, label: 'quizEditor.fields.answerFeedback', n: i + 1 }" />
              }
              <cd-qe-item-actions [index]="i" [count]="list.length" [movable]="false" [what]="'quizEditor.what.answer' | translate: { n: i + 1 }" (remove)="remove(base, i)" />
            </li>
          }
        </ol>
        <p>
          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append(base, { text: '', credit: 100 })">
            {{ 'quizEditor.actions.addAnswer' | translate }}
          </button>
        </p>
      </fieldset>
    </ng-template>

    <ng-template #numericAnswers let-base="base" let-list="list">
      <fieldset class="cd-field cd-qe__group" [id]="id(base)" [class.cd-field--error]="!!err(base)">
        <legend>{{ 'quizEditor.fields.answers' | translate }}</legend>
        <p class="cd-field__hint">{{ 'quizEditor.fields.numericHint' | translate }}</p>
        <cd-qe-error [issue]="err(base)" [errorId]="id(base) + '-error'" />
        <ol class="cd-qe__list">
          @for (answer of list; track $index; let i = $index) {
            @let a = base + '/' + i;
            <li class="cd-qe__item cd-qe__item--block">
              <div cdField [fieldId]="id(a) + '-mode'" [label]="{ key: 'quizEditor.fields.numericMode', params: { n: i + 1 } }">
                <select cdFieldControl class="cd-input" [value]="'min' in answer ? 'range' : 'value'" (change)="setNumericMode(a, $event)">
                  <option value="value">{{ 'quizEditor.fields.modeValue' | translate }}</option>
                  <option value="range">{{ 'quizEditor.fields.modeRange' | translate }}</option>
                </select>
              </div>
              <div class="cd-qe__grid">
                @for (part of 'min' in answer ? rangeParts : valueParts; track part) {
                  <div cdField [fieldId]="id(a + '/' + part)" [label]="{ key: 'quizEditor.fields.' + part, params: { n: i + 1 } }" [error]="err(a + '/' + part)">
                    <input
                      cdFieldControl
                      class="cd-input cd-qe__number"
                      type="number"
                      step="any"
                      [value]="answer[part] ?? ''"
                      (input)="setNumber(a + '/' + part, $event, part === 'tolerance')"
                    />
                  </div>
                }
                <ng-container *ngTemplateOutlet="credit; context: { pointer: a + '/credit', value: answer.credit, n: i + 1 }" />
              </div>
              <ng-container *ngTemplateOutlet="feedback; context: { pointer: a + '/feedback', value: answer.feedback, label: 'quizEditor.fields.answerFeedback', n: i + 1 }" />
              <cd-qe-item-actions [index]="i" [count]="list.length" [movable]="false" [what]="'quizEditor.what.answer' | translate: { n: i + 1 }" (remove)="remove(base, i)" />
            </li>
          }
        </ol>
        <p>
          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="append(base, { value: 0, tolerance: 0, credit: 100 })">
            {{ 'quizEditor.actions.addAnswer' | translate }}
          </button>
        </p>
      </fieldset>
    </ng-template>

    <ng-template #credit let-pointer="pointer" let-value="value" let-n="n">
      <div cdField [fieldId]="id(pointer)" [label]="{ key: 'quizEditor.fields.credit', params: { n: n } }" [error]="err(pointer)">
        <input cdFieldControl class="cd-input cd-qe__number" type="number" step="any" min="0" max="100" [value]="value" (input)="setNumber(pointer, $event)" />
      </div>
    </ng-template>

    <ng-template #feedback let-pointer="pointer" let-value="value" let-label="label" let-n="n">
      <div cdField [fieldId]="id(pointer)" [label]="{ key: label, params: { n: n } }">
        <input cdFieldControl class="cd-input" type="text" lang="fr" [value]="value ?? ''" (input)="setOptional(pointer, $event)" />
      </div>
    </ng-template>

    <ng-template #unit let-pointer="pointer" let-value="value">
      <div cdField [fieldId]="id(pointer)" label="quizEditor.fields.unit" [error]="err(pointer)">
        <input cdFieldControl class="cd-input cd-qe__number" type="text" lang="fr" [value]="value ?? ''" (input)="setOptional(pointer, $event)" />
      </div>
    </ng-template>
  `,
})
export class QuestionEditorComponent {
  readonly question = model.required<QuestionDocument>();
  /** Prefix of the ids of this editor's fields (`<prefix>-choices-0-text`). */
  readonly idPrefix = input.required<string>();
  /** The issues to show (the parent's last check, or the API's answer). */
  readonly issues = input<readonly QuestionIssue[]>([]);
  /** In the bank, dataset questions cannot be created (they belong in a parcours). */
  readonly bank = input(false);
  readonly competencyOptions = input<readonly CompetencyOption[]>([]);

  protected readonly difficulties = ALL_DIFFICULTIES;
  protected readonly sides = ['left', 'right'] as const;
  protected readonly trueFalse = ['feedbackTrue', 'feedbackFalse'] as const;
  protected readonly valueParts = ['value', 'tolerance'] as const;
  protected readonly rangeParts = ['min', 'max'] as const;
  protected readonly previewShown = signal(false);
  protected readonly previewDraft = signal<Draft | undefined>(undefined);
  protected readonly previewFailed = signal(false);
  protected readonly previewReady = computed(() => this.present() !== null);

  protected readonly types = computed<readonly QuestionType[]>(() => (this.bank() && this.question().type !== 'dataset' ? BANK_TYPES : ALL_TYPES));

  /**
   * The domain's `presentQuestion`, loaded with the first preview: it brings the Markdown renderer and sanitiser
   * (which the server uses too), too heavy for the editor's own chunk.
   */
  private readonly present = signal<PresentQuestion | null>(null);

  /** The learner's view of the question as it stands, when it is valid (an invalid one may not be presentable). */
  protected readonly preview = computed<LearnerQuestion | null>(() => {
    const present = this.present();
    if (!this.previewShown() || !present) return null;
    const question = this.question();
    if (checkQuestion(question).length > 0) return null;
    return present(question, 'apercu', {
      shuffle: false,
      random: Math.random,
      dataset: (key) => ({ title: key, activityId: null, blockIndex: null }),
    }).learner;
  });

  protected showPreview(): void {
    this.previewShown.set(true);
    if (this.present()) return;
    import('@culture-d/quiz/domain').then(
      (domain) => this.present.set(domain.presentQuestion),
      () => this.previewFailed.set(true),
    );
  }

  private readonly issuesByPointer = computed(() => {
    const byPointer = new Map<string, QuestionIssue>();
    for (const issue of this.issues()) if (!byPointer.has(issue.pointer)) byPointer.set(issue.pointer, issue);
    return byPointer;
  });

  protected id(pointer: string): string {
    return `${this.idPrefix()}-${fieldOf(pointer)}`;
  }

  protected err(pointer: string): QuestionIssue | undefined {
    return this.issuesByPointer().get(pointer);
  }

  protected set(pointer: string, value: unknown): void {
    this.question.update((question) => setAt(question, pointer, value));
    this.previewDraft.set(undefined);
  }

  protected setText(pointer: string, event: Event): void {
    this.set(pointer, (event.target as HTMLInputElement).value);
  }

  protected setOptional(pointer: string, event: Event): void {
    this.question.update((question) => setOptionalText(question, pointer, (event.target as HTMLInputElement).value));
  }

  /** An empty number field stays in the document as NaN, which the check reports ("must be a number"); an empty optional one is removed. */
  protected setNumber(pointer: string, event: Event, optional = false): void {
    const input = event.target as HTMLInputElement;
    this.set(pointer, input.value === '' && optional ? undefined : input.valueAsNumber);
  }

  protected retype(event: Event): void {
    const type = (event.target as HTMLSelectElement).value as QuestionType;
    this.question.update((question) => changeType(question, type));
    this.previewDraft.set(undefined);
  }

  protected append(pointer: string, item: unknown): void {
    this.question.update((question) => appendAt(question, pointer, item));
  }

  protected remove(pointer: string, index: number): void {
    this.question.update((question) => removeAt(question, pointer, index));
    this.previewDraft.set(undefined);
  }

  protected moveItem(pointer: string, from: number, to: number): void {
    this.question.update((question) => moveAt(question, pointer, from, to));
  }

  protected removeDistractor(index: number): void {
    this.question.update((question) => {
      const next = removeAt(question, '/distractors', index);
      return next.type === 'matching' && next.distractors?.length === 0 ? setAt(next, '/distractors', undefined) : next;
    });
  }

  /** One right answer among choices: checking one unchecks the others. */
  protected markCorrect(pointer: string, index: number): void {
    this.question.update((question) => {
      let next = question;
      const list = pointer === '/choices' ? (question as { choices: unknown[] }).choices : (question as { answer: { choices: unknown[] } }).answer.choices;
      list.forEach((_, i) => (next = setAt(next, `${pointer}/${i}/correct`, i === index)));
      return next;
    });
  }

  protected removeBlankChoice(blank: number, index: number): void {
    this.question.update((question) => {
      if (question.type !== 'cloze') return question;
      const current = question.blanks[blank];
      let next = removeAt(question, `/blanks/${blank}/choices`, index);
      // Keep the right choice pointing at the same text when an earlier one goes.
      if (current.kind === 'choice' && index < current.correct) next = setAt(next, `/blanks/${blank}/correct`, current.correct - 1);
      return next;
    });
  }

  protected setBlankKind(index: number, event: Event): void {
    const kind = (event.target as HTMLSelectElement).value;
    this.set(`/blanks/${index}`, kind === 'choice' ? { kind: 'choice', choices: ['', ''], correct: 0 } : { kind: 'short_text', answers: [{ text: '', credit: 100 }] });
  }

  protected addBlank(): void {
    this.question.update((question) => {
      if (question.type !== 'cloze') return question;
      const next = appendAt(question, '/blanks', { kind: 'short_text', answers: [{ text: '', credit: 100 }] });
      // The new blank needs its placeholder in the text: add it at the end, where the author can move it.
      return setAt(next, '/text', `${question.text} {{${question.blanks.length + 1}}}`);
    });
  }

  /** Switches an answer between `value ± tolerance` and `min..max`, keeping its credit, feedback and number. */
  protected setNumericMode(pointer: string, event: Event): void {
    const range = (event.target as HTMLSelectElement).value === 'range';
    this.question.update((question) => {
      const answer = valueAt(question, pointer) as Record<string, unknown>;
      const common = { credit: answer['credit'], ...(answer['feedback'] ? { feedback: answer['feedback'] } : {}) };
      const start = typeof answer['value'] === 'number' ? answer['value'] : typeof answer['min'] === 'number' ? answer['min'] : 0;
      return setAt(
        question,
        pointer,
        range ? { min: start, max: typeof answer['max'] === 'number' ? answer['max'] : start, ...common } : { value: start, tolerance: 0, ...common },
      );
    });
  }

  protected toggleCompetency(code: string): void {
    this.question.update((question) => ({
      ...question,
      competencies: question.competencies.includes(code) ? question.competencies.filter((c) => c !== code) : [...question.competencies, code],
    }));
  }
}
