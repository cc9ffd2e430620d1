import { ContentLoader } from '@culture-d/catalog/server';
import { WorkshopsContentLoader } from '@culture-d/workshops/server';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

const CONTENT = join(__dirname, '..', '..', '..', '..', 'content');

/** The starter catalogue goes through the real import, validation and publishing code. */
describe('starter content', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
  });
  afterAll(() => t.close());

  it('loads the référentiel and the four parcours on an empty database, and changes nothing the second time', async () => {
    const loader = t.app.get(ContentLoader);
    expect(await loader.isEmpty()).toBe(true);
    const first = await loader.load(CONTENT);
    expect(first.imported).toHaveLength(4);
    expect(first.referentiel.domains).toBeGreaterThanOrEqual(5);
    expect(first.referentiel.competencies).toBeGreaterThanOrEqual(20);
    const second = await loader.load(CONTENT);
    expect(second.imported).toEqual([]);
    expect(second.skipped.sort()).toEqual([...first.imported].sort());

    const list = (await t.app.inject({ method: 'GET', url: '/api/parcours?limit=100' })).json();
    expect(list.total).toBe(4);
    const audiences = list.items.flatMap((p: { audiences: string[] }) => p.audiences).sort();
    expect(audiences).toEqual(['agent', 'citoyen', 'elu', 'mediateur']);
    const workshops = await t.app.get(WorkshopsContentLoader).load(CONTENT);
    expect(workshops.imported.length).toBeGreaterThanOrEqual(4);
    expect((await t.app.get(WorkshopsContentLoader).load(CONTENT)).imported).toEqual([]);
    const upcoming = (await t.app.inject({ method: 'GET', url: '/api/workshops' })).json();
    expect(upcoming.total).toBeGreaterThanOrEqual(3); // the past one is not listed
    expect(upcoming.items.every((w: { registrationOpen: boolean }) => w.registrationOpen)).toBe(true);
    const [past] = (await t.app.get(DataSource).query(
      `SELECT count(*)::int AS registered, count(*) FILTER (WHERE r.attendance = 'attended')::int AS attended FROM registration r JOIN workshop w ON w.id = r.workshop_id WHERE w.ends_at < now()`,
    )) as { registered: number; attended: number }[];
    expect(past.registered).toBeGreaterThan(0);
    expect(past.attended).toBeGreaterThan(0);
    expect(past.attended).toBeLessThanOrEqual(past.registered);
    const referentiel = (await t.app.inject({ method: 'GET', url: '/api/referentiel' })).json();
    expect(referentiel.domains[0].competencies.length).toBeGreaterThan(0);
  });

  it('runs a constant number of SQL queries for the catalogue list and an outline, whatever the size', async () => {
    const queries = { count: 0 };
    const original = Client.prototype.query;
    const counting = function (this: Client, ...args: unknown[]) {
      queries.count += 1;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    const measure = async (url: string) => {
      queries.count = 0;
      Client.prototype.query = counting as typeof original;
      try {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
      } finally {
        Client.prototype.query = original;
      }
      return queries.count;
    };
    const list = (await t.app.inject({ method: 'GET', url: '/api/parcours?limit=100' })).json().items as { slug: string; moduleCount: number }[];
    const smallest = list.reduce((a, b) => (a.moduleCount <= b.moduleCount ? a : b));
    const largest = list.reduce((a, b) => (a.moduleCount >= b.moduleCount ? a : b));
    expect(largest.moduleCount).toBeGreaterThan(smallest.moduleCount);
    expect(await measure(`/api/parcours/${smallest.slug}`)).toBe(2);
    expect(await measure(`/api/parcours/${largest.slug}`)).toBe(2);
    expect(await measure('/api/parcours?limit=1')).toBe(1);
    expect(await measure('/api/parcours?limit=100')).toBe(1);
    expect(await measure('/api/parcours?q=donnees')).toBe(1);
  });
});
