import { SendRemindersUseCase } from '@culture-d/workshops/server';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('workshop reminders', () => {
  let t: TestApp;
  const dataDir = join(process.cwd(), 'tmp', `reminders-${process.pid}`);
  beforeAll(async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir, LOAD_STARTER_CONTENT: 'false' } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('e-mails confirmed participants the day before, once, even with two workers at the same time', async () => {
    const db = t.app.get(DataSource);
    const workshop = async (slug: string, inHours: number) =>
      (await db.query(
        `INSERT INTO workshop (slug, title, summary, description, audiences, format, starts_at, ends_at, online_url, capacity, registration_closes_at, status)
         VALUES ($1, $1, 's', 'd', '{citoyen}', 'online', now() + make_interval(hours => $2), now() + make_interval(hours => $2 + 2), 'https://visio.example.org', 10, now() + make_interval(hours => $2 - 1), 'published') RETURNING id`,
        [slug, inHours],
      ))[0].id as string;
    const tomorrow = await workshop('demain', 24);
    const later = await workshop('plus-tard', 72);
    const register = (id: string, email: string, status: string) => db.query(`INSERT INTO registration (workshop_id, guest_name, guest_email, status) VALUES ($1, 'Invité·e', $2, $3)`, [id, email, status]);
    await register(tomorrow, 'un@exemple.fr', 'confirmed');
    await register(tomorrow, 'deux@exemple.fr', 'confirmed');
    await register(tomorrow, 'attente@exemple.fr', 'waitlisted');
    await register(later, 'trois@exemple.fr', 'confirmed');

    const reminders = t.app.get(SendRemindersUseCase);
    const [a, b] = await Promise.all([reminders.execute(), reminders.execute()]);
    expect(a + b).toBe(2);
    expect(await reminders.execute()).toBe(0);

    const mails = readdirSync(join(dataDir, 'mail')).map((f) => readFileSync(join(dataDir, 'mail', f), 'utf8'));
    const recipients = mails.map((m) => /^To: (.+)$/m.exec(m)?.[1].trim()).sort();
    expect(recipients).toEqual(['deux@exemple.fr', 'un@exemple.fr']);
    expect(mails[0]).toMatch(/Subject: .*demain/);
  });
});
