import { PersonalDataRegistry, type EntityClass } from '@culture-d/shared/server';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

/** RGPD: every table that holds a person's id has an exporter and an eraser (docs/privacy.md). */
describe('personal data coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  function tablesHoldingUserIds(): { table: string; target: unknown }[] {
    return t.app
      .get(DataSource)
      .entityMetadatas.filter(
        (m) =>
          m.tableName === 'user_account' ||
          m.columns.some((c) => /(^|_)user_id$|^actor_id$|^learner_id$|^facilitator_id$|^owner_id$|_by$/.test(c.databaseName)) ||
          m.foreignKeys.some((fk) => fk.referencedEntityMetadata.tableName === 'user_account'),
      )
      .map((m) => ({ table: m.tableName, target: m.target }));
  }

  it('finds the tables that hold user ids (the detector works)', () => {
    expect(tablesHoldingUserIds().map((t) => t.table)).toEqual(expect.arrayContaining(['user_account', 'session', 'password_reset', 'audit_event', 'parcours', 'parcours_version', 'registration', 'workshop']));
  });

  it('covers each of them by a registered exporter and eraser', () => {
    const covered = new Set(t.app.get(PersonalDataRegistry).all().flatMap((c) => c.entities));
    const uncovered = tablesHoldingUserIds().filter((entry) => !covered.has(entry.target as EntityClass)).map((entry) => entry.table);
    expect(uncovered).toEqual([]);
  });
});
