import { PersonalDataRegistry } from '@culture-d/shared/server';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

const VERBS = 'http://adlnet.gov/expapi/verbs/';

/** The learning record: replays and concurrent duplicates are counted once, conflicts are reported, nothing is lost. */
describe('learning record (statements)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  async function person(): Promise<{ cookie: string; userId: string }> {
    const email = `${randomUUID()}@exemple.fr`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: { email, password: `une phrase de passe ${email}`, displayName: 'Apprenant·e', audience: 'mediateur' },
    });
    expect(res.statusCode).toBe(201);
    return { cookie: String(res.headers['set-cookie']).split(';')[0], userId: res.json().id };
  }

  function statement(i: number, overrides: Record<string, unknown> = {}) {
    return {
      id: randomUUID(),
      verb: { id: `${VERBS}${i % 2 ? 'experienced' : 'answered'}` },
      object: { id: `https://culture-d.fr/activites/${i}`, definition: { name: { 'fr-FR': `Activité ${i}` } } },
      result: { score: { scaled: (i % 10) / 10 }, success: i % 3 === 0, duration: `PT${i}S` },
      timestamp: new Date(Date.UTC(2026, 10, 27, 9, 0, i)).toISOString(),
      ...overrides,
    };
  }

  const post = (cookie: string, statements: unknown[]) => t.app.inject({ method: 'POST', url: '/api/statements', headers: { cookie }, payload: { statements } });
  const count = async (ids: string[]) => Number((await db.query(`SELECT count(*)::int AS n FROM statement WHERE id = ANY($1::uuid[])`, [ids]))[0].n);

  it('records a batch, and a replay of it is counted as duplicates without a second row', async () => {
    const { cookie, userId } = await person();
    const batch = Array.from({ length: 20 }, (_, i) => statement(i));
    const first = await post(cookie, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ accepted: 20, duplicates: 0, conflicts: [] });
    // the same batch, properties in another order: still the same statements
    const reordered = batch.map(({ id, verb, object, result, timestamp }) => ({ timestamp, result, object, verb, id }));
    expect((await post(cookie, reordered)).json()).toEqual({ accepted: 0, duplicates: 20, conflicts: [] });
    expect(await count(batch.map((s) => s.id))).toBe(20);
    const [row] = await db.query(`SELECT user_id, verb, object_id, timestamp FROM statement WHERE id = $1`, [batch[1].id]);
    expect(row).toEqual({ user_id: userId, verb: 'experienced', object_id: 'https://culture-d.fr/activites/1', timestamp: new Date(batch[1].timestamp) });
  });

  it('takes batches in any order and partly known batches: only the new statements are accepted', async () => {
    const { cookie } = await person();
    const all = Array.from({ length: 30 }, (_, i) => statement(i));
    const [early, middle, late] = [all.slice(0, 10), all.slice(10, 20), all.slice(20)];
    expect((await post(cookie, late)).json()).toEqual({ accepted: 10, duplicates: 0, conflicts: [] });
    expect((await post(cookie, early)).json()).toEqual({ accepted: 10, duplicates: 0, conflicts: [] });
    // an offline client that lost track sends everything again, newest first
    expect((await post(cookie, [...all].reverse())).json()).toEqual({ accepted: 10, duplicates: 20, conflicts: [] });
    expect(await count(all.map((s) => s.id))).toBe(30);
    expect(await count(middle.map((s) => s.id))).toBe(10);
  });

  it('records exactly one row per statement under 20 concurrent replays of the same batch', async () => {
    const { cookie } = await person();
    const batch = Array.from({ length: 50 }, (_, i) => statement(i));
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(cookie, batch)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
    const bodies = answers.map((a) => a.json());
    expect(bodies.reduce((sum, b) => sum + b.accepted, 0)).toBe(50);
    expect(bodies.reduce((sum, b) => sum + b.duplicates, 0)).toBe(19 * 50);
    expect(bodies.every((b) => b.conflicts.length === 0)).toBe(true);
    const rows = await db.query(`SELECT id, count(*)::int AS n FROM statement WHERE id = ANY($1::uuid[]) GROUP BY id`, [batch.map((s) => s.id)]);
    expect(rows).toHaveLength(50);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
  });

  it('reports the same id with a different body, or used by someone else, as a conflict and keeps the first', async () => {
    const alice = await person();
    const bob = await person();
    const original = statement(1);
    expect((await post(alice.cookie, [original])).json()).toEqual({ accepted: 1, duplicates: 0, conflicts: [] });
    const changed = { ...original, result: { ...original.result, success: !original.result.success } };
    const fresh = statement(2);
    expect((await post(alice.cookie, [changed, fresh])).json()).toEqual({ accepted: 1, duplicates: 0, conflicts: [original.id] });
    expect((await post(bob.cookie, [original])).json()).toEqual({ accepted: 0, duplicates: 0, conflicts: [original.id] });
    // the same id twice in one batch with two bodies: the first is recorded, the second is a conflict
    const twin = statement(3);
    expect((await post(alice.cookie, [twin, { ...twin, verb: { id: `${VERBS}completed` } }, twin])).json()).toEqual({ accepted: 1, duplicates: 1, conflicts: [twin.id] });
    const [row] = await db.query(`SELECT user_id, result FROM statement WHERE id = $1`, [original.id]);
    expect(row).toEqual({ user_id: alice.userId, result: original.result });
  });

  it('takes 100 statements in one batch, refuses 101, and refuses a whole batch naming the faulty statement', async () => {
    const { cookie } = await person();
    const hundred = Array.from({ length: 100 }, (_, i) => statement(i));
    expect((await post(cookie, hundred)).json()).toEqual({ accepted: 100, duplicates: 0, conflicts: [] });

    const hundredAndOne = Array.from({ length: 101 }, (_, i) => statement(i));
    const tooMany = await post(cookie, hundredAndOne);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toContain('application/problem+json');
    expect(tooMany.json().errors).toEqual([{ field: 'statements', message: 'a batch holds at most 100 statements' }]);
    expect(await count(hundredAndOne.map((s) => s.id))).toBe(0);

    const faulty = [statement(0), statement(1), statement(2), statement(3, { verb: { id: `${VERBS}liked` } }), statement(4)];
    const refused = await post(cookie, faulty);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'statements[3].verb.id' }] });
    expect(await count(faulty.map((s) => s.id))).toBe(0);

    const withActor = await post(cookie, [statement(0, { actor: { mbox: 'mailto:quelquun@exemple.fr' } })]);
    expect(withActor.statusCode).toBe(400);
    expect(withActor.json().errors[0].field).toBe('statements[0].actor');
    expect((await t.app.inject({ method: 'POST', url: '/api/statements', headers: { cookie }, payload: {} })).json().errors[0].field).toBe('statements');
    expect((await t.app.inject({ method: 'POST', url: '/api/statements', payload: { statements: [statement(0)] } })).statusCode).toBe(401);
  });

  it('lists my own record newest first, page by page, and nobody else’s', async () => {
    const me = await person();
    const other = await person();
    const first = Array.from({ length: 3 }, (_, i) => statement(i));
    const second = Array.from({ length: 3 }, (_, i) => statement(10 + i, { timestamp: undefined }));
    await post(me.cookie, first);
    await post(me.cookie, second);
    await post(other.cookie, [statement(99)]);

    const seen: { id: string; stored: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: { statusCode: number; json: () => { items: { id: string; stored: string }[]; nextCursor: string | null } } = await t.app.inject({
        method: 'GET',
        url: `/api/me/statements?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        headers: { cookie: me.cookie },
      });
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.map((s) => s.id).sort()).toEqual([...first, ...second].map((s) => s.id).sort());
    expect(
      seen
        .slice(0, 3)
        .map((s) => s.id)
        .sort(),
    ).toEqual(second.map((s) => s.id).sort());
    expect(new Set(seen.map((s) => s.id)).size).toBe(6);
    const one = seen.find((s) => s.id === first[0].id);
    expect(one).toEqual({ id: first[0].id, verb: first[0].verb, object: first[0].object, result: first[0].result, timestamp: first[0].timestamp, stored: expect.any(String) });
    // no timestamp given: the storage time stands for it
    const undated = seen.find((s) => s.id === second[0].id) as unknown as { timestamp: string; stored: string };
    expect(undated.timestamp).toBe(undated.stored);
    expect((await t.app.inject({ method: 'GET', url: '/api/me/statements?limit=0', headers: { cookie: me.cookie } })).statusCode).toBe(400);
  });

  it('exports the record with the person’s data and erases it with the account', async () => {
    const { cookie, userId } = await person();
    const batch = [statement(1), statement(2)];
    await post(cookie, batch);
    const contributor = t.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.name === 'learningRecord');
    if (!contributor) throw new Error('no learning record contributor');
    const exported = (await db.transaction((m) => contributor.export(userId, m))) as { id: string; verb: { id: string } }[];
    expect(exported.map((s) => s.id).sort()).toEqual(batch.map((s) => s.id).sort());
    expect(exported[0].verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\//);
    await db.transaction((m) => contributor.erase(userId, m));
    expect(await count(batch.map((s) => s.id))).toBe(0);
  });
});
