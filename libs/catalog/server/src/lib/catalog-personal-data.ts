import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { EntityManager } from 'typeorm';
import { ParcoursVersionEntity } from './entities/parcours-version.entity';
import { ParcoursEntity } from './entities/parcours.entity';

/** Authors' traces on content: the content stays (it belongs to the platform), the link to the person goes. */
@Injectable()
export class CatalogPersonalData implements PersonalDataContributor, OnModuleInit {
  readonly name = 'catalog';
  readonly entities = [ParcoursEntity, ParcoursVersionEntity];

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(userId: string, manager: EntityManager) {
    const created = await manager.find(ParcoursEntity, { where: { createdBy: userId }, select: { slug: true, createdAt: true } });
    const published = await manager.find(ParcoursVersionEntity, { where: { publishedBy: userId }, select: { slug: true, number: true, publishedAt: true } });
    return {
      parcoursCreated: created.map((p) => ({ slug: p.slug, createdAt: p.createdAt.toISOString() })),
      versionsPublished: published.map((v) => ({ slug: v.slug, version: v.number, publishedAt: v.publishedAt.toISOString() })),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    await manager.update(ParcoursEntity, { createdBy: userId }, { createdBy: null });
    await manager.update(ParcoursVersionEntity, { publishedBy: userId }, { publishedBy: null });
  }
}
