import type { Audience, Theme } from '@culture-d/shared/contracts';
import type { QuestionDocument, QuizSettings } from '@culture-d/quiz/contracts';

/**
 * The parcours document: what authoring exports and imports, and what `content/` holds (docs/content.md).
 * One JSON document per parcours; keys (`key`) are stable identifiers inside it, slugs are public URLs.
 */
export const PARCOURS_FORMAT = 'culture-d/parcours@1';

export const LEVELS = ['decouverte', 'intermediaire', 'approfondissement'] as const;
export type Level = (typeof LEVELS)[number];

export interface ParcoursDocument {
  format: typeof PARCOURS_FORMAT;
  parcours: {
    /** French-friendly, lower case, hyphens: `proteger-ses-donnees-personnelles`. */
    slug: string;
    title: string;
    summary: string;
    /** A short English summary for the English interface. */
    summaryEn: string;
    audiences: Audience[];
    themes: Theme[];
    level: Level;
    objectives: string[];
    /** Whole minutes; the sum of the modules' minutes is a good estimate. */
    durationMinutes: number;
    cover?: ImageRef;
    modules: ModuleDocument[];
  };
}

export interface ModuleDocument {
  key: string;
  slug: string;
  title: string;
  summary: string;
  objectives: string[];
  minutes: number;
  /** Competency codes of the référentiel. */
  competencies: string[];
  /** Keys of modules of the same parcours that must be completed first (no cycles). */
  prerequisites: string[];
  activities: ActivityDocument[];
}

export type ActivityDocument = LessonDocument | QuizDocument | WorkshopStepDocument;

export interface LessonDocument {
  key: string;
  type: 'lesson';
  title: string;
  minutes: number;
  blocks: BlockDocument[];
}

export interface QuizDocument {
  key: string;
  type: 'quiz';
  title: string;
  minutes: number;
  settings: QuizSettings;
  /** Marks the parcours' positioning quiz (at most one per parcours). */
  diagnostic?: boolean;
  questions: QuestionDocument[];
  /**
   * Questions drawn at random from the question bank when an attempt starts, `count` per competency code, added to
   * the fixed `questions` (each attempt keeps its own copy, so later bank edits never change a score).
   */
  draw?: QuizDraw[];
}

export interface QuizDraw {
  /** A competency code of the référentiel: bank questions tagged with it are candidates. */
  competency: string;
  count: number;
}

export interface WorkshopStepDocument {
  key: string;
  type: 'workshop';
  title: string;
  minutes: number;
  /** Before the workshop (preparation) or after it (follow-up). */
  role: 'preparation' | 'follow_up';
  /** Slugs of workshops (content/workshops.json) this step points to. */
  workshops: string[];
  /** Markdown: what to do around the workshop. */
  instructions: string;
}

export interface ImageRef {
  /** In `content/`, a path relative to the parcours folder (`images/cycle.svg`); in an export, a `data:` URI. */
  src: string;
  /** Required, meaningful; empty only for purely decorative images, with `decorative: true`. */
  alt: string;
  decorative?: boolean;
  caption?: string;
  credit?: string;
}

export type BlockDocument =
  | { type: 'markdown'; markdown: string }
  | { type: 'callout'; variant: 'retenir' | 'attention' | 'exemple'; title?: string; markdown: string }
  | ({ type: 'image' } & ImageRef)
  | {
      type: 'video';
      /** Embed URL on an allowed privacy-friendly host (PeerTube instances such as tube-numerique-educatif.apps.education.fr). */
      url: string;
      title: string;
      /** Full transcript, Markdown. */
      transcript: string;
    }
  | {
      type: 'resource';
      title: string;
      description?: string;
      /** In `content/`, a relative path (`files/guide.pdf`); in an export, a `data:` URI. */
      file: string;
      fileName: string;
      mediaType: string;
    }
  | {
      type: 'dataset';
      /** Referenced by dataset questions. */
      key: string;
      title: string;
      description: string;
      /** In `content/`, a relative path (`datasets/budget.csv`); in an export, the CSV text itself. UTF-8, comma or semicolon separated, header row, ≤ 1 MB. */
      csv: string;
      /** Where the data comes from, and its licence (or "Données fictives créées pour Culture D"). */
      source: string;
    }
  | { type: 'link'; url: string; title: string; description?: string };

export type BlockType = BlockDocument['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['markdown', 'callout', 'image', 'video', 'resource', 'dataset', 'link'];

/** content/referentiel.json */
export interface CompetencyFrameworkDocument {
  format: 'culture-d/referentiel@1';
  domains: { code: string; title: string; description: string; competencies: { code: string; title: string; description: string }[] }[];
}

/** content/workshops.json — dates relative to the import day, so that the starter workshops are upcoming. */
export interface WorkshopsDocument {
  format: 'culture-d/ateliers@1';
  workshops: {
    slug: string;
    title: string;
    summary: string;
    description: string;
    audiences: Audience[];
    format: 'in_person' | 'online' | 'hybrid';
    /** Days after the import day (negative: in the past), and local Paris times. */
    inDays: number;
    startTime: string; // "14:30"
    endTime: string; // "15:30"
    venue?: { name: string; address: string; postcode: string; city: string };
    onlineUrl?: string;
    partners: string[];
    capacity: number | null;
    /** Registration closes this many hours before the start. */
    registrationClosesHoursBefore: number;
    /** Slugs of parcours/modules linked as preparation or follow-up. */
    links: { parcours: string; module?: string; role: 'preparation' | 'follow_up' }[];
    survey: { key: string; kind: 'scale' | 'choice' | 'text'; question: string; choices?: string[]; min?: number; max?: number }[];
    /** For the past workshop: how many of the registrants attended (fictitious). */
    pastAttendance?: { registered: number; attended: number };
  }[];
}

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value);
}
