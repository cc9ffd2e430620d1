import { Injectable } from '@nestjs/common';
import type { ActivityDocument, ModuleDocument, ModuleRequest, ParcoursDocument } from '@culture-d/catalog/contracts';
import { findPrerequisiteCycle, slugify } from '@culture-d/catalog/domain';
import { OrderMismatchError, ParcoursNotFoundError, PrerequisiteCycleError } from '../catalog.errors';
import { DraftMutator, type DraftChange, type DraftNodes } from '../draft-mutator';

/**
 * Fine-grained edits of a draft's structure (modules, activities, order). Each is one small transformation of the
 * document applied by `DraftMutator` (lock, revision check, validation, stable ids), so the rules live in one place.
 */
function uniqueKey(base: string, taken: Set<string>): string {
  const stem = slugify(base) || 'element';
  let key = stem;
  for (let i = 2; taken.has(key); i += 1) key = `${stem}-${i}`;
  return key;
}

function allKeys(document: ParcoursDocument): Set<string> {
  return new Set(document.parcours.modules.flatMap((m) => [m.key, ...m.activities.map((a) => a.key)]));
}

function assertNoCycle(modules: ModuleDocument[]): void {
  const cycle = findPrerequisiteCycle(modules);
  if (cycle) throw new PrerequisiteCycleError(cycle);
}

function moduleFields(request: ModuleRequest): Partial<ModuleDocument> {
  const { revision: _revision, ...fields } = request;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<ModuleDocument>;
}

function reorder<T>(items: T[], idOf: (item: T) => string | undefined, ids: string[]): T[] {
  if (ids.length !== items.length) throw new OrderMismatchError();
  const byId = new Map(items.map((item) => [idOf(item), item]));
  return ids.map((id) => {
    const item = byId.get(id);
    if (!item) throw new OrderMismatchError();
    return item;
  });
}

@Injectable()
export class DraftStructureUseCases {
  constructor(private readonly mutator: DraftMutator) {}

  addModule(parcoursId: string, request: ModuleRequest): Promise<DraftChange> {
    return this.mutator.mutate(parcoursId, request.revision, (document) => {
      const title = request.title ?? 'Nouveau module';
      const key = uniqueKey(title, allKeys(document));
      const module: ModuleDocument = { key, slug: key, title, summary: '', objectives: [], minutes: 0, competencies: [], prerequisites: [], activities: [], ...moduleFields(request) };
      document.parcours.modules.push(module);
      assertNoCycle(document.parcours.modules);
      return document;
    });
  }

  async updateModule(moduleId: string, request: ModuleRequest): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('module', moduleId);
    return this.mutator.mutate(parcoursId, request.revision, (document) => {
      const index = document.parcours.modules.findIndex((m) => m.key === key);
      if (index < 0) throw new ParcoursNotFoundError();
      document.parcours.modules[index] = { ...document.parcours.modules[index], ...moduleFields(request), key };
      assertNoCycle(document.parcours.modules);
      return document;
    });
  }

  async removeModule(moduleId: string, revision: number): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('module', moduleId);
    return this.mutator.mutate(parcoursId, revision, (document) => {
      document.parcours.modules = document.parcours.modules.filter((m) => m.key !== key).map((m) => ({ ...m, prerequisites: m.prerequisites.filter((p) => p !== key) }));
      return document;
    });
  }

  reorderModules(parcoursId: string, revision: number, ids: string[]): Promise<DraftChange> {
    return this.mutator.mutate(parcoursId, revision, (document, nodes: DraftNodes) => {
      document.parcours.modules = reorder(document.parcours.modules, (m) => nodes.idOf('module', m.key), ids);
      return document;
    });
  }

  async reorderActivities(moduleId: string, revision: number, ids: string[]): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('module', moduleId);
    return this.mutator.mutate(parcoursId, revision, (document, nodes) => {
      const module = document.parcours.modules.find((m) => m.key === key);
      if (!module) throw new ParcoursNotFoundError();
      module.activities = reorder(module.activities, (a) => nodes.idOf('activity', a.key), ids);
      return document;
    });
  }

  async addActivity(moduleId: string, revision: number, activity: Record<string, unknown>): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('module', moduleId);
    return this.mutator.mutate(parcoursId, revision, (document) => {
      const module = document.parcours.modules.find((m) => m.key === key);
      if (!module) throw new ParcoursNotFoundError();
      const activityKey = typeof activity['key'] === 'string' && activity['key'] ? activity['key'] : uniqueKey(String(activity['title'] ?? 'etape'), allKeys(document));
      module.activities.push({ ...activity, key: activityKey } as unknown as ActivityDocument);
      return document;
    });
  }

  async updateActivity(activityId: string, revision: number, activity: Record<string, unknown>): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('activity', activityId);
    return this.mutator.mutate(parcoursId, revision, (document) => {
      for (const module of document.parcours.modules) {
        const index = module.activities.findIndex((a) => a.key === key);
        if (index >= 0) module.activities[index] = { ...activity, key } as unknown as ActivityDocument;
      }
      return document;
    });
  }

  async removeActivity(activityId: string, revision: number): Promise<DraftChange> {
    const { parcoursId, key } = await this.mutator.locate('activity', activityId);
    return this.mutator.mutate(parcoursId, revision, (document) => {
      for (const module of document.parcours.modules) module.activities = module.activities.filter((a) => a.key !== key);
      return document;
    });
  }
}
