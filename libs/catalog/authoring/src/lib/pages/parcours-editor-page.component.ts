import { CdkDrag, CdkDragHandle, CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, type OnDestroy, type OnInit, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ActivityDocument, Level, ModuleDocument, ParcoursDocument } from '@culture-d/catalog/contracts';
import { AUDIENCES, THEMES } from '@culture-d/shared/contracts';
import {
  CheckboxGroupComponent,
  FieldComponent,
  FieldControlDirective,
  LanguageService,
  type Message,
  problemCode,
  problemMessage,
  TranslatePipe,
  TranslateService,
} from '@culture-d/shared/web';
import { BreadcrumbComponent } from '@culture-d/shared/ui';
import { firstValueFrom } from 'rxjs';
import { AuthoringApi, type NewActivity, exportUrl } from '../authoring.api';
import { DraftEditor } from '../state/draft-editor';
import { cycleWith, describeCycle } from '../state/prerequisites';
import { formatTime } from '../util/format';
import { moveItem } from '../util/reorder';
import { AUTHORING_CODES } from './parcours-list-page.component';

const LEVELS: readonly Level[] = ['decouverte', 'intermediaire', 'approfondissement'];
type ActivityType = ActivityDocument['type'];

/** What a new activity of each type holds until the author fills it (lesson and quiz editors, or the fields here). */
function newActivity(type: ActivityType, title: string): NewActivity {
  switch (type) {
    case 'lesson':
      return { type, title, minutes: 10, blocks: [] };
    case 'quiz':
      return {
        type,
        title,
        minutes: 10,
        settings: { passMark: 70, maxAttempts: null, scoring: 'best', shuffleQuestions: false, shuffleChoices: true, showCorrectAnswers: 'after_submission' },
        questions: [],
      };
    case 'workshop':
      return { type, title, minutes: 0, role: 'preparation', workshops: [], instructions: '' };
  }
}

const lines = (text: string) => text.split('\n');
const minutes = (text: string) => Math.max(0, Math.min(10_000, Math.trunc(Number(text)) || 0));

/**
 * `/auteur/parcours/:id`: the draft's metadata, its modules and their activities. Text edits are saved
 * automatically (see DraftEditor); adding, deleting, reordering and prerequisites go through the API's structure
 * routes. Every drag has "Monter" / "Descendre" buttons, and each move is announced.
 */
@Component({
  selector: 'cd-authoring-editor-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, FieldComponent, FieldControlDirective, CheckboxGroupComponent, BreadcrumbComponent, CdkDropList, CdkDrag, CdkDragHandle],
  host: { '(window:beforeunload)': 'warnBeforeLeaving($event)' },
  template: `
    <div class="cd-container cd-page">
      <cd-breadcrumb
        [label]="'breadcrumb.label' | translate"
        [items]="[
          { label: 'breadcrumb.home' | translate, link: '/' },
          { label: 'authoring.tools' | translate, link: '/outils' },
          { label: 'authoring.list.title' | translate, link: '/auteur' },
          { label: doc()?.parcours?.title || ('authoring.editor.title' | translate) },
        ]"
      />
      @if (loadError(); as message) {
        <h1>{{ 'authoring.editor.title' | translate }}</h1>
        <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
        <p>
          <a routerLink="/auteur">{{ 'authoring.list.back' | translate }}</a>
        </p>
      } @else if (doc(); as doc) {
        <h1>{{ doc.parcours.title || ('authoring.editor.title' | translate) }}</h1>
        <p class="cd-authoring-links">
          <span class="cd-authoring-badge">{{ 'authoring.status.' + (editor.draft()?.status ?? 'draft') | translate }}</span>
          <a [routerLink]="['/auteur/parcours', id(), 'publication']">{{ 'authoring.editor.toPublication' | translate }}</a>
          <a [href]="exportUrl(id())" download>{{ 'authoring.export' | translate }}</a>
        </p>

        <div class="cd-authoring-save" role="status" aria-live="polite">
          @switch (status().kind) {
            @case ('saved') {
              <p class="cd-status">{{ 'authoring.save.saved' | translate: { time: savedAt() } }}</p>
            }
            @case ('saving') {
              <p>{{ 'authoring.save.saving' | translate }}</p>
            }
            @case ('pending') {
              <p>{{ 'authoring.save.pending' | translate }}</p>
            }
            @case ('incomplete') {
              <div class="cd-authoring-save__problem">
                <p>{{ 'authoring.save.incomplete' | translate }}</p>
                <ul>
                  @for (issue of incompleteFields(); track issue.field) {
                    <li>
                      <a [href]="'#edit-' + issue.field" (click)="focusField($event, issue.field)">{{ issue.key | translate }}</a>
                    </li>
                  }
                </ul>
              </div>
            }
            @case ('refused') {
              <div class="cd-authoring-save__problem">
                <p>{{ refusedMessage() | translate }}</p>
                <ul class="cd-authoring-issues">
                  @for (issue of refusedIssues(); track $index) {
                    <li>
                      <code>{{ issue.path }}</code> : {{ issue.message }}
                    </li>
                  }
                </ul>
              </div>
            }
            @case ('failed') {
              <p class="cd-field__error">{{ 'authoring.save.failed' | translate }}</p>
            }
          }
        </div>
        @if (status().kind === 'conflict') {
          <div class="cd-authoring-conflict" role="alert">
            <h2>{{ 'authoring.conflict.title' | translate }}</h2>
            <p>{{ 'authoring.conflict.body' | translate }}</p>
            <button type="button" class="cd-btn" id="conflict-reload" (click)="reload()">{{ 'authoring.conflict.reload' | translate }}</button>
          </div>
        }
        @if (actionError(); as message) {
          <p class="cd-field__error" role="alert">{{ message.key | translate: message.params }}</p>
        }

        <section aria-labelledby="infos" class="cd-authoring-section" (focusout)="flush()">
          <h2 id="infos">{{ 'authoring.editor.metadata' | translate }}</h2>
          <div class="cd-form">
            <div cdField fieldId="edit-title" label="authoring.fields.title.label" [invalid]="invalid('title')">
              <input cdFieldControl class="cd-input" type="text" maxlength="200" [value]="doc.parcours.title" (input)="setParcours('title', value($event))" />
            </div>
            <div cdField fieldId="edit-slug" label="authoring.fields.slug.label" hint="authoring.fields.slug.hint" [invalid]="invalid('slug')">
              <input cdFieldControl class="cd-input" type="text" maxlength="80" spellcheck="false" [value]="doc.parcours.slug" (input)="setParcours('slug', value($event))" />
            </div>
            <div cdField fieldId="edit-summary" label="authoring.fields.summary.label" [invalid]="invalid('summary')">
              <textarea cdFieldControl class="cd-input" rows="3" maxlength="2000" [value]="doc.parcours.summary" (input)="setParcours('summary', value($event))"></textarea>
            </div>
            <div cdField fieldId="edit-summaryEn" label="authoring.fields.summaryEn.label" hint="authoring.fields.summaryEn.hint" [invalid]="invalid('summaryEn')">
              <textarea
                cdFieldControl
                class="cd-input"
                rows="3"
                maxlength="2000"
                lang="en"
                [value]="doc.parcours.summaryEn"
                (input)="setParcours('summaryEn', value($event))"
              ></textarea>
            </div>
            <fieldset
              cdCheckboxGroup
              fieldId="edit-audiences"
              legend="authoring.fields.audiences.label"
              optionPrefix="edit-audience-"
              labelPrefix="catalog.audiences."
              [values]="audiences"
              [checked]="doc.parcours.audiences"
              (toggled)="toggle('audiences', $event)"
            ></fieldset>
            <fieldset
              cdCheckboxGroup
              fieldId="edit-themes"
              legend="authoring.fields.themes.label"
              optionPrefix="edit-theme-"
              labelPrefix="catalog.themes."
              [values]="themes"
              [checked]="doc.parcours.themes"
              (toggled)="toggle('themes', $event)"
            ></fieldset>
            <div cdField fieldId="edit-level" label="authoring.fields.level.label">
              <select cdFieldControl class="cd-input" [value]="doc.parcours.level" (change)="setParcours('level', asLevel(value($event)))">
                @for (level of levels; track level) {
                  <option [value]="level" [selected]="doc.parcours.level === level">{{ 'catalog.levels.' + level | translate }}</option>
                }
              </select>
            </div>
            <div cdField fieldId="edit-objectives" label="authoring.fields.objectives.label" hint="authoring.fields.objectives.hint">
              <textarea cdFieldControl class="cd-input" rows="4" [value]="doc.parcours.objectives.join('\\n')" (input)="setParcours('objectives', lines(value($event)))"></textarea>
            </div>
            <div
              cdField
              fieldId="edit-duration"
              label="authoring.fields.durationMinutes.label"
              [hint]="{ key: 'authoring.fields.durationMinutes.hint', params: { total: moduleMinutes() } }"
            >
              <input
                cdFieldControl
                class="cd-input cd-authoring-number"
                type="number"
                min="0"
                max="10000"
                inputmode="numeric"
                [value]="doc.parcours.durationMinutes"
                (input)="setParcours('durationMinutes', minutes(value($event)))"
              />
            </div>
          </div>
        </section>

        <section aria-labelledby="modules" class="cd-authoring-section">
          <h2 id="modules">{{ 'authoring.modules.title' | translate }}</h2>
          <p class="cd-note">{{ 'authoring.modules.intro' | translate }}</p>
          <div class="cd-sr-only" aria-live="polite" id="move-announcer">{{ announcement() }}</div>
          @if (doc.parcours.modules.length === 0) {
            <p>{{ 'authoring.modules.empty' | translate }}</p>
          }
          <ol class="cd-authoring-modules" cdkDropList cdkDropListLockAxis="y" (cdkDropListDropped)="dropModule($event)">
            @for (module of doc.parcours.modules; track module.key; let m = $index; let first = $first; let last = $last) {
              <li class="cd-authoring-module" cdkDrag [id]="'module-' + module.key" (focusout)="flush()">
                <div class="cd-authoring-module__head">
                  <span class="cd-authoring-handle" cdkDragHandle aria-hidden="true" [title]="'authoring.dragHint' | translate">⠿</span>
                  <h3>{{ 'authoring.modules.heading' | translate: { number: m + 1, title: module.title } }}</h3>
                  <ng-container *ngTemplateOutlet="tools; context: { kind: 'module', item: module, first: first, last: last }" />
                </div>
                <ng-container
                  *ngTemplateOutlet="
                    confirm;
                    context: { kind: 'module', item: module, text: { key: 'authoring.modules.confirmDelete', params: { title: module.title, count: module.activities.length } } }
                  "
                />
                <div class="cd-authoring-module__fields">
                  @let mid = 'edit-module-' + m;
                  <div cdField [fieldId]="mid + '-title'" label="authoring.fields.moduleTitle.label" [invalid]="invalid('module-' + m + '-title')">
                    <input cdFieldControl class="cd-input" type="text" maxlength="200" [value]="module.title" (input)="setModule(m, { title: value($event) })" />
                  </div>
                  <div cdField [fieldId]="mid + '-summary'" label="authoring.fields.moduleSummary.label">
                    <textarea cdFieldControl class="cd-input" rows="2" maxlength="2000" [value]="module.summary" (input)="setModule(m, { summary: value($event) })"></textarea>
                  </div>
                  <div cdField [fieldId]="mid + '-objectives'" label="authoring.fields.objectives.label" hint="authoring.fields.objectives.hint">
                    <textarea
                      cdFieldControl
                      class="cd-input"
                      rows="3"
                      [value]="module.objectives.join('\\n')"
                      (input)="setModule(m, { objectives: lines(value($event)) })"
                    ></textarea>
                  </div>
                  <div cdField [fieldId]="mid + '-minutes'" label="authoring.fields.minutes.label">
                    <input
                      cdFieldControl
                      class="cd-input cd-authoring-number"
                      type="number"
                      min="0"
                      max="10000"
                      inputmode="numeric"
                      [value]="module.minutes"
                      (input)="setModule(m, { minutes: minutes(value($event)) })"
                    />
                  </div>
                  @if (doc.parcours.modules.length > 1) {
                    <fieldset class="cd-field" [id]="'prerequisites-' + module.key">
                      <legend>{{ 'authoring.prerequisites.label' | translate }}</legend>
                      <p class="cd-field__hint">{{ 'authoring.prerequisites.hint' | translate }}</p>
                      @if (cycleError()?.module === module.key) {
                        <p class="cd-field__error" role="alert">{{ cycleError()?.message?.key ?? '' | translate: cycleError()?.message?.params }}</p>
                      }
                      @for (other of doc.parcours.modules; track other.key) {
                        @if (other.key !== module.key) {
                          <div class="cd-choice">
                            <input
                              type="checkbox"
                              [id]="'prerequisite-' + module.key + '-' + other.key"
                              [checked]="module.prerequisites.includes(other.key)"
                              (change)="togglePrerequisite(module, other.key, $event)"
                            />
                            <label [for]="'prerequisite-' + module.key + '-' + other.key">{{ other.title }}</label>
                          </div>
                        }
                      }
                    </fieldset>
                  }
                </div>

                <h4>{{ 'authoring.activities.title' | translate }}</h4>
                @if (module.activities.length === 0) {
                  <p class="cd-note">{{ 'authoring.activities.empty' | translate }}</p>
                }
                <ol class="cd-authoring-activities" cdkDropList cdkDropListLockAxis="y" (cdkDropListDropped)="dropActivity(module, $event)">
                  @for (activity of module.activities; track activity.key; let a = $index; let firstA = $first; let lastA = $last) {
                    <li class="cd-authoring-activity" cdkDrag [id]="'activity-' + activity.key">
                      <div class="cd-authoring-module__head">
                        <span class="cd-authoring-handle" cdkDragHandle aria-hidden="true" [title]="'authoring.dragHint' | translate">⠿</span>
                        <p class="cd-authoring-activity__name">
                          <span class="cd-authoring-type">{{ 'authoring.activities.types.' + activity.type | translate }}</span>
                          {{ activity.title }}
                          <span class="cd-authoring-required">{{
                            (activity.type === 'workshop' ? 'authoring.activities.optional' : 'authoring.activities.required') | translate
                          }}</span>
                        </p>
                        <ng-container *ngTemplateOutlet="tools; context: { kind: 'activity', item: activity, first: firstA, last: lastA }" />
                      </div>
                      <ng-container
                        *ngTemplateOutlet="
                          confirm;
                          context: { kind: 'activity', item: activity, text: { key: 'authoring.activities.confirmDelete', params: { title: activity.title } } }
                        "
                      />
                      <div class="cd-authoring-activity__fields">
                        @let aid = 'edit-activity-' + m + '-' + a;
                        <div cdField [fieldId]="aid + '-title'" label="authoring.fields.activityTitle.label" [invalid]="invalid('activity-' + m + '-' + a + '-title')">
                          <input cdFieldControl class="cd-input" type="text" maxlength="200" [value]="activity.title" (input)="setActivity(m, a, { title: value($event) })" />
                        </div>
                        <div cdField [fieldId]="aid + '-minutes'" label="authoring.fields.minutes.label">
                          <input
                            cdFieldControl
                            class="cd-input cd-authoring-number"
                            type="number"
                            min="0"
                            max="10000"
                            inputmode="numeric"
                            [value]="activity.minutes"
                            (input)="setActivity(m, a, { minutes: minutes(value($event)) })"
                          />
                        </div>
                        @if (activity.type === 'workshop') {
                          <div cdField [fieldId]="aid + '-role'" label="authoring.fields.workshopRole.label">
                            <select cdFieldControl class="cd-input" (change)="setActivity(m, a, { role: value($event) })">
                              <option value="preparation" [selected]="activity.role === 'preparation'">{{ 'authoring.fields.workshopRole.preparation' | translate }}</option>
                              <option value="follow_up" [selected]="activity.role === 'follow_up'">{{ 'authoring.fields.workshopRole.follow_up' | translate }}</option>
                            </select>
                          </div>
                          <div cdField [fieldId]="aid + '-workshops'" label="authoring.fields.workshops.label" hint="authoring.fields.workshops.hint">
                            <input
                              cdFieldControl
                              class="cd-input"
                              type="text"
                              spellcheck="false"
                              [value]="activity.workshops.join(', ')"
                              (change)="setActivity(m, a, { workshops: slugList(value($event)) })"
                            />
                          </div>
                          <div cdField [fieldId]="aid + '-instructions'" label="authoring.fields.instructions.label">
                            <textarea
                              cdFieldControl
                              class="cd-input"
                              rows="3"
                              [value]="activity.instructions"
                              (input)="setActivity(m, a, { instructions: value($event) })"
                            ></textarea>
                          </div>
                        } @else if (activityId(activity.key); as activityId) {
                          <p>
                            <a [routerLink]="['/auteur/parcours', id(), activity.type === 'lesson' ? 'lecons' : 'quiz', activityId]">
                              {{ 'authoring.activities.open.' + activity.type | translate }}<span class="cd-sr-only"> : {{ activity.title }}</span>
                            </a>
                          </p>
                        }
                      </div>
                    </li>
                  }
                </ol>
                <form class="cd-authoring-add" (submit)="addActivity($event, module)" novalidate>
                  <div cdField [fieldId]="'new-activity-type-' + module.key" label="authoring.activities.type">
                    <select cdFieldControl class="cd-input" name="type">
                      @for (type of activityTypes; track type) {
                        <option [value]="type">{{ 'authoring.activities.types.' + type | translate }}</option>
                      }
                    </select>
                  </div>
                  <div cdField [fieldId]="'new-activity-title-' + module.key" label="authoring.fields.activityTitle.label">
                    <input cdFieldControl class="cd-input" type="text" name="title" maxlength="200" />
                  </div>
                  <button type="submit" class="cd-btn cd-btn--secondary">
                    {{ 'authoring.activities.add' | translate }}<span class="cd-sr-only"> : {{ module.title }}</span>
                  </button>
                </form>
              </li>
            }
          </ol>
          <form class="cd-authoring-add" (submit)="addModule($event)" novalidate>
            <div cdField fieldId="new-module-title" label="authoring.modules.newTitle">
              <input cdFieldControl class="cd-input" type="text" name="title" maxlength="200" />
            </div>
            <button type="submit" class="cd-btn">{{ 'authoring.modules.add' | translate }}</button>
          </form>
        </section>
      } @else {
        <h1>{{ 'authoring.editor.title' | translate }}</h1>
        <p role="status">{{ 'authoring.loading' | translate }}</p>
      }
    </div>

    <!-- Up, down and delete buttons of a module or an activity (ids <kind>-up|down|delete-<key>, where the focus goes back). -->
    <ng-template #tools let-kind="kind" let-item="item" let-first="first" let-last="last">
      <div class="cd-authoring-tools">
        <button
          type="button"
          class="cd-btn cd-btn--secondary cd-btn--small"
          [id]="kind + '-up-' + item.key"
          [attr.aria-disabled]="first || null"
          (click)="move(kind, item.key, -1)"
        >
          {{ 'authoring.moveUp' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span>
        </button>
        <button
          type="button"
          class="cd-btn cd-btn--secondary cd-btn--small"
          [id]="kind + '-down-' + item.key"
          [attr.aria-disabled]="last || null"
          (click)="move(kind, item.key, 1)"
        >
          {{ 'authoring.moveDown' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span>
        </button>
        <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" [id]="kind + '-delete-' + item.key" (click)="askDelete(kind + ':' + item.key)">
          {{ 'authoring.delete' | translate }}<span class="cd-sr-only"> : {{ item.title }}</span>
        </button>
      </div>
    </ng-template>

    <!-- The confirmation of a deletion, under the item's buttons. -->
    <ng-template #confirm let-kind="kind" let-item="item" let-text="text">
      @if (confirming() === kind + ':' + item.key) {
        <div class="cd-authoring-confirm" role="group" [attr.aria-labelledby]="'confirm-text-' + item.key">
          <p [id]="'confirm-text-' + item.key">{{ text.key | translate: text.params }}</p>
          <button type="button" class="cd-btn cd-btn--danger cd-btn--small" id="confirm-delete" (click)="kind === 'module' ? removeModule(item) : removeActivity(item)">
            {{ 'authoring.confirmDelete' | translate }}
          </button>
          <button type="button" class="cd-btn cd-btn--secondary cd-btn--small" (click)="cancelDelete(kind + '-delete-' + item.key)">
            {{ 'authoring.cancel' | translate }}
          </button>
        </div>
      }
    </ng-template>
  `,
  styles: `
    .cd-authoring-links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: center;
    }
    .cd-authoring-badge {
      font-weight: 700;
    }
    .cd-authoring-save {
      min-block-size: 1.5rem;
      margin-block: 1rem;
    }
    .cd-authoring-save p {
      margin: 0;
    }
    .cd-authoring-save__problem {
      padding: 0.75rem 1rem;
      border-inline-start: 4px solid var(--mat-sys-error);
    }
    .cd-authoring-issues {
      overflow-wrap: anywhere;
    }
    .cd-authoring-conflict {
      margin-block: 1rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-error);
    }
    .cd-authoring-conflict h2 {
      margin-block-start: 0;
      font-size: 1.1875rem;
    }
    .cd-authoring-section {
      max-inline-size: 52rem;
      margin-block: 2rem;
    }
    .cd-authoring-number {
      max-inline-size: 10rem;
    }
    .cd-authoring-modules,
    .cd-authoring-activities {
      display: grid;
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cd-authoring-module {
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 8px;
      background: var(--mat-sys-surface);
    }
    .cd-authoring-activity {
      padding: 0.75rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .cd-authoring-module__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: center;
    }
    .cd-authoring-module__head h3,
    .cd-authoring-activity__name {
      flex: 1 1 12rem;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .cd-authoring-activity__name {
      font-weight: 700;
    }
    .cd-authoring-type {
      display: inline-block;
      margin-inline-end: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 4px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-size: 0.875rem;
    }
    .cd-authoring-tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .cd-authoring-handle {
      cursor: grab;
      font-size: 1.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .cd-authoring-module__fields,
    .cd-authoring-activity__fields {
      display: grid;
      gap: 1rem;
      margin-block: 1rem;
    }
    .cd-authoring-confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin-block: 0.75rem;
      padding: 0.75rem;
      border: 2px solid var(--mat-sys-error);
    }
    .cd-authoring-confirm p {
      flex: 1 1 100%;
      margin: 0;
    }
    .cd-authoring-add {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: end;
      margin-block: 1rem;
    }
    .cd-authoring-add .cd-field {
      flex: 1 1 14rem;
    }
    h4 {
      margin-block: 1.5rem 0.75rem;
    }
    .cdk-drag-preview {
      box-shadow: 0 4px 12px rgb(0 0 0 / 25%);
    }
    .cdk-drag-placeholder {
      opacity: 0.4;
    }
  `,
})
export class ParcoursEditorPageComponent implements OnInit, OnDestroy {
  private readonly api = inject(AuthoringApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly audiences = AUDIENCES;
  protected readonly themes = THEMES;
  protected readonly levels = LEVELS;
  protected readonly activityTypes: readonly ActivityType[] = ['lesson', 'quiz', 'workshop'];
  protected readonly exportUrl = exportUrl;
  protected readonly lines = lines;
  protected readonly minutes = minutes;

  protected readonly editor = new DraftEditor({
    save: (revision, document) => this.api.save(this.id(), revision, document),
    load: () => this.api.get(this.id()),
  });
  protected readonly doc = this.editor.document;
  protected readonly status = this.editor.status;
  protected readonly loadError = signal<Message | null>(null);
  protected readonly actionError = signal<Message | null>(null);
  protected readonly cycleError = signal<{ module: string; message: Message } | null>(null);
  protected readonly announcement = signal('');
  /** `module:<key>` or `activity:<key>` while its deletion waits for confirmation. */
  protected readonly confirming = signal<string | null>(null);

  protected readonly savedAt = computed(() => {
    const status = this.status();
    return status.kind === 'saved' ? formatTime(status.at, this.language.current()) : '';
  });
  protected readonly incompleteFields = computed(() => {
    const status = this.status();
    return status.kind === 'incomplete' ? status.fields : [];
  });
  protected readonly refusedIssues = computed(() => {
    const status = this.status();
    return status.kind === 'refused' ? status.issues : [];
  });
  protected readonly refusedMessage = computed(() => {
    const status = this.status();
    const code = status.kind === 'refused' ? status.code : null;
    return code && AUTHORING_CODES.includes(code) ? `authoring.errors.${code}` : 'authoring.save.failed';
  });
  protected readonly moduleMinutes = computed(() => (this.doc()?.parcours.modules ?? []).reduce((sum, m) => sum + m.minutes, 0));

  ngOnInit(): void {
    void this.load();
  }

  ngOnDestroy(): void {
    void this.editor.flush();
  }

  protected warnBeforeLeaving(event: BeforeUnloadEvent): void {
    if (this.editor.hasUnsavedChanges() && this.status().kind !== 'conflict') event.preventDefault();
  }

  private async load(): Promise<void> {
    try {
      this.editor.load(await firstValueFrom(this.api.get(this.id())));
    } catch (error) {
      this.loadError.set(problemMessage(error, 'authoring', AUTHORING_CODES));
    }
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  }

  protected asLevel(value: string): Level {
    return LEVELS.find((level) => level === value) ?? 'decouverte';
  }

  protected slugList(text: string): string[] {
    return text
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  protected invalid(field: string): boolean {
    return this.incompleteFields().some((issue) => issue.field === field);
  }

  protected focusField(event: Event, field: string): void {
    event.preventDefault();
    const target = this.document.getElementById(`edit-${field}`);
    (target instanceof HTMLFieldSetElement ? target.querySelector('input') : target)?.focus();
  }

  protected flush(): void {
    void this.editor.flush();
  }

  protected async reload(): Promise<void> {
    this.actionError.set(null);
    try {
      await this.editor.reload();
      this.announcement.set(this.translate.instant('authoring.conflict.reloaded') as string);
      // The form stays on the page (only its values change): the author starts again from the top.
      this.document.getElementById('edit-title')?.focus();
    } catch (error) {
      this.actionError.set(problemMessage(error, 'authoring', AUTHORING_CODES));
    }
  }

  protected setParcours<K extends keyof ParcoursDocument['parcours']>(field: K, value: ParcoursDocument['parcours'][K]): void {
    this.editor.edit((d) => ({ ...d, parcours: { ...d.parcours, [field]: value } }));
  }

  protected toggle(field: 'audiences' | 'themes', code: string): void {
    this.editor.edit((d) => {
      const values = d.parcours[field] as string[];
      const next = values.includes(code) ? values.filter((v) => v !== code) : [...values, code];
      return { ...d, parcours: { ...d.parcours, [field]: next } };
    });
    void this.editor.flush();
  }

  protected setModule(index: number, patch: Partial<ModuleDocument>): void {
    this.editor.edit((d) => ({ ...d, parcours: { ...d.parcours, modules: d.parcours.modules.map((m, i) => (i === index ? { ...m, ...patch } : m)) } }));
  }

  protected setActivity(moduleIndex: number, index: number, patch: Record<string, unknown>): void {
    this.editor.edit((d) => ({
      ...d,
      parcours: {
        ...d.parcours,
        modules: d.parcours.modules.map((m, i) =>
          i === moduleIndex ? { ...m, activities: m.activities.map((a, j) => (j === index ? ({ ...a, ...patch } as ActivityDocument) : a)) } : m,
        ),
      },
    }));
  }

  protected activityId(key: string): string | undefined {
    return this.editor.draft()?.ids.activities[key];
  }

  private moduleId(key: string): string | undefined {
    return this.editor.draft()?.ids.modules[key];
  }

  /** Runs a structure change; a refusal other than a conflict is shown at the top (the conflict has its own box). */
  private async change(request: Parameters<DraftEditor['apply']>[0]): Promise<boolean> {
    this.actionError.set(null);
    const result = await this.editor.apply(request);
    if (!result.ok && result.error !== undefined) this.actionError.set(problemMessage(result.error, 'authoring', AUTHORING_CODES));
    return result.ok;
  }

  protected async addModule(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('title') as HTMLInputElement;
    const title = input.value.trim() || (this.translate.instant('authoring.modules.untitled') as string);
    if (await this.change((revision) => this.api.addModule(this.id(), revision, { title }))) {
      input.value = '';
      this.announcement.set(this.translate.instant('authoring.modules.added', { title }) as string);
    }
  }

  protected async addActivity(event: Event, module: ModuleDocument): Promise<void> {
    event.preventDefault();
    const moduleId = this.moduleId(module.key);
    if (!moduleId) return;
    const form = event.target as HTMLFormElement;
    const type = (form.elements.namedItem('type') as HTMLSelectElement).value as ActivityType;
    const input = form.elements.namedItem('title') as HTMLInputElement;
    const title = input.value.trim() || (this.translate.instant(`authoring.activities.types.${type}`) as string);
    if (await this.change((revision) => this.api.addActivity(moduleId, revision, newActivity(type, title)))) {
      input.value = '';
      this.announcement.set(this.translate.instant('authoring.activities.added', { title }) as string);
    }
  }

  protected askDelete(what: string): void {
    this.confirming.set(what);
    afterNextRender(() => this.document.getElementById('confirm-delete')?.focus(), { injector: this.injector });
  }

  protected cancelDelete(returnTo: string): void {
    this.confirming.set(null);
    afterNextRender(() => this.document.getElementById(returnTo)?.focus(), { injector: this.injector });
  }

  protected async removeModule(module: ModuleDocument): Promise<void> {
    const moduleId = this.moduleId(module.key);
    if (!moduleId) return;
    this.confirming.set(null);
    if (await this.change((revision) => this.api.removeModule(moduleId, revision))) {
      this.announcement.set(this.translate.instant('authoring.modules.deleted', { title: module.title }) as string);
      afterNextRender(() => this.document.getElementById('new-module-title')?.focus(), { injector: this.injector });
    }
  }

  protected async removeActivity(activity: ActivityDocument): Promise<void> {
    const activityId = this.activityId(activity.key);
    if (!activityId) return;
    const module = this.doc()?.parcours.modules.find((m) => m.activities.some((a) => a.key === activity.key));
    this.confirming.set(null);
    if (await this.change((revision) => this.api.removeActivity(activityId, revision))) {
      this.announcement.set(this.translate.instant('authoring.activities.deleted', { title: activity.title }) as string);
      if (module) afterNextRender(() => this.document.getElementById(`new-activity-title-${module.key}`)?.focus(), { injector: this.injector });
    }
  }

  /** The up and down buttons of a module or an activity. */
  protected move(kind: 'module' | 'activity', key: string, delta: -1 | 1): void {
    const modules = this.doc()?.parcours.modules ?? [];
    if (kind === 'module') {
      const from = modules.findIndex((m) => m.key === key);
      void this.reorderModules(from, from + delta, delta);
      return;
    }
    const module = modules.find((m) => m.activities.some((a) => a.key === key));
    if (!module) return;
    const from = module.activities.findIndex((a) => a.key === key);
    void this.reorderActivities(module, from, from + delta, delta);
  }

  protected dropModule(event: CdkDragDrop<unknown>): void {
    if (event.previousIndex !== event.currentIndex) void this.reorderModules(event.previousIndex, event.currentIndex);
  }

  /** `delta` when moved by a button: the focus then stays on that item's buttons, at its new place. */
  private async reorderModules(from: number, to: number, delta?: -1 | 1): Promise<void> {
    const modules = this.doc()?.parcours.modules ?? [];
    if (to < 0 || to >= modules.length || from === to) return;
    const moved = modules[from];
    const ids = moveItem(modules, from, to).map((m) => this.moduleId(m.key));
    if (ids.some((id) => id === undefined)) return;
    if (await this.change((revision) => this.api.orderModules(this.id(), revision, ids as string[]))) {
      this.announceMove(moved.title, to, modules.length);
      if (delta) this.keepFocus('module', moved.key, to, modules.length, delta);
    }
  }

  protected dropActivity(module: ModuleDocument, event: CdkDragDrop<unknown>): void {
    if (event.previousIndex !== event.currentIndex) void this.reorderActivities(module, event.previousIndex, event.currentIndex);
  }

  private async reorderActivities(module: ModuleDocument, from: number, to: number, delta?: -1 | 1): Promise<void> {
    const activities = module.activities;
    const moduleId = this.moduleId(module.key);
    if (!moduleId || to < 0 || to >= activities.length || from === to) return;
    const moved = activities[from];
    const ids = moveItem(activities, from, to).map((a) => this.activityId(a.key));
    if (ids.some((id) => id === undefined)) return;
    if (await this.change((revision) => this.api.orderActivities(moduleId, revision, ids as string[]))) {
      this.announceMove(moved.title, to, activities.length);
      if (delta) this.keepFocus('activity', moved.key, to, activities.length, delta);
    }
  }

  private announceMove(title: string, index: number, count: number): void {
    this.announcement.set(this.translate.instant('authoring.moved', { title, position: index + 1, count }) as string);
  }

  /** The button pressed, at the item's new place; "Descendre" once at the top (where "Monter" does nothing), and the reverse. */
  private keepFocus(kind: 'module' | 'activity', key: string, index: number, count: number, delta: -1 | 1): void {
    const atEdge = delta === -1 ? index === 0 : index === count - 1;
    const button = (delta === -1) !== atEdge ? 'up' : 'down';
    afterNextRender(() => this.document.getElementById(`${kind}-${button}-${key}`)?.focus(), { injector: this.injector });
  }

  protected async togglePrerequisite(module: ModuleDocument, other: string, event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const modules = this.doc()?.parcours.modules ?? [];
    const prerequisites = box.checked ? [...module.prerequisites, other] : module.prerequisites.filter((p) => p !== other);
    const cycle = cycleWith(modules, module.key, prerequisites);
    if (cycle) {
      box.checked = false;
      this.cycleError.set({ module: module.key, message: { key: 'authoring.prerequisites.cycle', params: { cycle: describeCycle(modules, cycle) } } });
      return;
    }
    this.cycleError.set(null);
    const moduleId = this.moduleId(module.key);
    if (!moduleId) return;
    this.actionError.set(null);
    const result = await this.editor.apply((revision) => this.api.updateModule(moduleId, revision, { prerequisites }));
    if (!result.ok && result.error !== undefined) {
      box.checked = !box.checked;
      const message =
        problemCode(result.error) === 'PREREQUISITE_CYCLE' ? { key: 'authoring.errors.PREREQUISITE_CYCLE' } : problemMessage(result.error, 'authoring', AUTHORING_CODES);
      this.cycleError.set({ module: module.key, message });
    }
  }
}
