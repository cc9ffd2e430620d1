import { PurgeGuestRegistrationsUseCase } from '@culture-d/workshops/server';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('retention of guest registrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { LOAD_STARTER_CONTENT: 'false' } });
  });
  afterAll(() => t.close());

  it('deletes guests’ registrations three months after the workshop, and keeps the rest', async () => {
    const db = t.app.get(DataSource);
    const workshop = async (slug: string, endedDaysAgo: number) =>
      (await db.query(
        `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, capacity, registration_closes_at, status)
         VALUES ($1, 't', 's', 'd', '{citoyen}', 'online', now() - make_interval(days => $2) - interval '2 hours', now() - make_interval(days => $2), 10, now() - make_interval(days => $2 + 1), 'published') RETURNING id`,
        [slug, endedDaysAgo],
      ))[0].id as string;
    const old = await workshop('ancien', 91);
    const recent = await workshop('recent', 30);
    for (const [id, email] of [[old, 'a@exemple.fr'], [recent, 'b@exemple.fr']]) {
      await db.query(`INSERT INTO registration (workshop_id, guest_name, guest_email, status) VALUES ($1, 'Invité·e', $2, 'confirmed')`, [id, email]);
    }
    await db.query(`INSERT INTO registration (workshop_id, user_id, status) VALUES ($1, gen_random_uuid(), 'confirmed')`, [old]);

    expect(await t.app.get(PurgeGuestRegistrationsUseCase).execute()).toBe(1);
    const left = (await db.query(`SELECT guest_email, user_id IS NOT NULL AS member FROM registration ORDER BY guest_email NULLS LAST`)) as { guest_email: string | null; member: boolean }[];
    expect(left).toEqual([
      { guest_email: 'b@exemple.fr', member: false },
      { guest_email: null, member: true },
    ]);
  });
});
