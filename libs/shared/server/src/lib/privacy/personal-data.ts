import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A TypeORM entity class. */
export type EntityClass = abstract new (...args: never[]) => unknown;

/**
 * What a domain holds about a person, and how to hand it over or erase it (RGPD articles 15 and 17). Every domain
 * whose tables hold a user id registers one; a test fails when an entity with a user id is covered by none.
 */
export interface PersonalDataContributor {
  /** Section name in the export document (`identity`, `progress`…). */
  name: string;
  /** The entities this contributor answers for. */
  entities: readonly EntityClass[];
  /** Runs first for every contributor except the one that owns the account itself. */
  order?: number;
  export(userId: string, manager: EntityManager): Promise<unknown>;
  /** Erases or anonymises, inside the caller's transaction. */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    if (this.contributors.some((c) => c.name === contributor.name)) return;
    this.contributors.push(contributor);
  }

  /** In erasure order: lower `order` first; the account owner (highest order) last. */
  all(): readonly PersonalDataContributor[] {
    return [...this.contributors].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }
}

/** One registry for the whole application. */
@Global()
@Module({ providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}
