import { PurgeInactiveAccountsUseCase } from '@culture-d/privacy/server';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('retention of inactive accounts', () => {
  let t: TestApp;
  const dataDir = join(process.cwd(), 'tmp', `retention-${process.pid}`);

  beforeAll(async () => {
    t = await startTestApp({ env: { DATA_DIR: dataDir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function account(name: string, inactiveDays: number, warnedDaysAgo: number | null, roles = '{learner}'): Promise<string> {
    const [row] = await t.app.get(DataSource).query(
      `INSERT INTO user_account (email, password_hash, display_name, audience, roles, last_active_at, retention_warned_at)
       VALUES ($1, 'x', $2, 'citoyen', $3, now() - make_interval(days => $4), CASE WHEN $5::int IS NULL THEN NULL ELSE now() - make_interval(days => $5::int) END)
       RETURNING id`,
      [`${name}@exemple.fr`, name, roles, inactiveDays, warnedDaysAgo],
    );
    return row.id;
  }

  const exists = async (id: string) => (await t.app.get(DataSource).query(`SELECT retention_warned_at FROM user_account WHERE id = $1`, [id]))[0];

  it('warns accounts nearing three years of inactivity, erases those warned over 30 days ago, and spares the rest', async () => {
    const recent = await account('recente', 10, null);
    const nearing = await account('bientot', 1075, null);
    const due = await account('echue', 1100, 31);
    const justWarned = await account('prevenue', 1100, 10);
    const admin = await account('admin-ancien', 2000, 100, '{learner,admin}');

    const result = await t.app.get(PurgeInactiveAccountsUseCase).execute();

    expect(result).toEqual({ warned: 1, erased: 1 });
    expect(await exists(recent)).toEqual({ retention_warned_at: null });
    expect((await exists(nearing)).retention_warned_at).toBeInstanceOf(Date);
    expect(await exists(due)).toBeUndefined();
    expect(await exists(justWarned)).toBeDefined();
    expect(await exists(admin)).toBeDefined();

    const mails = readdirSync(join(dataDir, 'mail')).map((f) => readFileSync(join(dataDir, 'mail', f), 'utf8'));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: bientot@exemple.fr');

    // A second sweep finds nothing new to do.
    expect(await t.app.get(PurgeInactiveAccountsUseCase).execute()).toEqual({ warned: 0, erased: 0 });
  });
});
