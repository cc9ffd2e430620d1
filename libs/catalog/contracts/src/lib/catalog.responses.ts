import type { Audience, Theme } from '@culture-d/shared/contracts';
import type { QuizSettings } from '@culture-d/quiz/contracts';
import type { Level, ParcoursDocument } from './parcours.document';

export interface AudienceResponse {
  code: Audience;
  label: { fr: string; en: string };
  description: { fr: string; en: string };
}

export interface ReferentielResponse {
  domains: { code: string; title: string; description: string; competencies: { code: string; title: string; description: string }[] }[];
}

export interface ParcoursCardResponse {
  slug: string;
  title: string;
  summary: string;
  summaryEn: string;
  audiences: Audience[];
  themes: Theme[];
  level: Level;
  durationMinutes: number;
  moduleCount: number;
  version: number;
}

export interface ParcoursOutlineResponse extends ParcoursCardResponse {
  objectives: string[];
  publishedAt: string;
  modules: {
    id: string;
    key: string;
    slug: string;
    title: string;
    summary: string;
    minutes: number;
    objectives: string[];
    competencies: string[];
    /** Keys of the modules to complete first. */
    prerequisites: string[];
    activities: { id: string; key: string; type: 'lesson' | 'quiz' | 'workshop'; title: string; minutes: number }[];
  }[];
}

export type RenderedBlock =
  | { type: 'markdown'; html: string }
  | { type: 'callout'; variant: 'retenir' | 'attention' | 'exemple'; title?: string; html: string }
  | { type: 'image'; src: string; alt: string; decorative: boolean; caption?: string; credit?: string }
  | { type: 'video'; url: string; title: string; transcriptHtml: string }
  | { type: 'resource'; title: string; description?: string; fileName: string; mediaType: string; sizeBytes: number; href: string }
  | { type: 'dataset'; key: string; title: string; description: string; source: string; columns: { name: string; type: string }[]; rows: (string | number | null)[][]; csvHref: string }
  | { type: 'link'; url: string; title: string; description?: string };

export type ActivityResponse = {
  id: string;
  parcours: { slug: string; title: string; version: number };
  module: { id: string; key: string; title: string };
  key: string;
  title: string;
  minutes: number;
} & (
  | { type: 'lesson'; blocks: RenderedBlock[] }
  | { type: 'quiz'; settings: QuizSettings; questionCount: number; diagnostic: boolean }
  | { type: 'workshop'; role: 'preparation' | 'follow_up'; workshops: string[]; instructionsHtml: string }
);

export interface AuthoringParcoursSummary {
  id: string;
  slug: string;
  title: string;
  status: 'draft' | 'published' | 'unpublished';
  revision: number;
  currentVersion: number | null;
  updatedAt: string;
}

export interface AuthoringParcoursResponse extends AuthoringParcoursSummary {
  document: ParcoursDocument;
  /** Stable ids of the draft's modules and activities, by key: what `/authoring/modules/:id` and `/authoring/activities/:id` take. */
  ids: { modules: Record<string, string>; activities: Record<string, string> };
}

export interface DraftPreviewResponse {
  /** What would stop publishing now (empty when publishable). */
  problems: { path: string; message: string; code: string }[];
  modules: { id: string; key: string; title: string; activities: { id: string; key: string; type: string; title: string; minutes: number; content?: Record<string, unknown>; error?: string }[] }[];
}

export interface VersionResponse {
  number: number;
  publishedAt: string;
  title: string;
  changes: string[];
  current: boolean;
}

export const CatalogErrorCode = {
  ParcoursNotFound: 'PARCOURS_NOT_FOUND',
  ActivityNotFound: 'ACTIVITY_NOT_FOUND',
  DocumentInvalid: 'DOCUMENT_INVALID',
  NotPublishable: 'PARCOURS_NOT_PUBLISHABLE',
  SlugTaken: 'SLUG_TAKEN',
  StaleRevision: 'STALE_REVISION',
  AlreadyPublished: 'ALREADY_PUBLISHED',
} as const;

export const AUDIENCE_DESCRIPTIONS: AudienceResponse[] = [
  {
    code: 'elu',
    label: { fr: 'Élu·e local·e', en: 'Local elected official' },
    description: {
      fr: 'La stratégie : enjeux de société, cadre légal, pilotage, décision, gouvernance et souveraineté du territoire.',
      en: 'Strategy: societal stakes, legal frame, steering, decision making, governance and sovereignty of the territory.',
    },
  },
  {
    code: 'agent',
    label: { fr: 'Agent·e public·que', en: 'Public servant' },
    description: {
      fr: 'Le quotidien des données : collecter, ouvrir, manipuler et valoriser.',
      en: 'Day-to-day data work: collecting, opening, handling and giving value to data.',
    },
  },
  {
    code: 'mediateur',
    label: { fr: 'Médiateur·rice numérique', en: 'Digital mediator' },
    description: {
      fr: 'Accompagner les habitant·es : saisir et organiser, trier et calculer, structurer et partager, protéger les données personnelles.',
      en: 'Accompanying citizens: entering and organising, sorting and calculating, structuring and sharing, protecting personal data.',
    },
  },
  {
    code: 'citoyen',
    label: { fr: 'Citoyen·ne', en: 'Citizen' },
    description: {
      fr: 'Maîtriser et protéger ses données personnelles, les réutiliser (Self Data), prendre part à l’open data.',
      en: 'Controlling and protecting your personal data, reusing it (Self Data), taking part in open data.',
    },
  },
];
