#!/usr/bin/env node
// `node tools/bench/data/check-determinism.mjs`: proves that the generator is deterministic and respects the schema.
// On a throw-away embedded PostgreSQL (port 54364; or DATABASE_URL), migrated and loaded with the starter catalogue by
// the built API, it generates 2 000 learners with seed 42 and hashes every generated table, generates again with the
// same seed (the run replaces its own data) and expects the same hashes, then with seed 43 and expects other hashes.
// Every INSERT going through means every CHECK, unique and foreign key constraint held. It also checks what the
// constraints cannot: no workshop over capacity, confirmed counts equal to the confirmed registrations, progress in
// module order (no completed activity after one that is not), passed attempts behind completed quizzes, scores and
// points per competency consistent with the answers. Exit 0 when all hold, 1 otherwise.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { openBenchDatabase } from '../lib/database.mjs';
import { EMAIL_DOMAIN, WORKSHOP_SLUG_PREFIX } from './generator.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LEARNERS = 2000;
const ANCHOR = '2026-11-01';
const log = (line) => process.stderr.write(`check: ${line}\n`);

const users = `SELECT id FROM user_account WHERE email LIKE '%@${EMAIL_DOMAIN}'`;
/** Each generated table, as one md5 of its rows in a stable order. */
const TABLES = {
  user_account: `SELECT * FROM user_account WHERE email LIKE '%@${EMAIL_DOMAIN}' ORDER BY id`,
  enrolment: `SELECT * FROM enrolment WHERE user_id IN (${users}) ORDER BY id`,
  activity_progress: `SELECT ap.* FROM activity_progress ap JOIN enrolment e ON e.id = ap.enrolment_id WHERE e.user_id IN (${users}) ORDER BY 1, 2`,
  quiz_attempt: `SELECT * FROM quiz_attempt WHERE user_id IN (${users}) ORDER BY id`,
  attempt_answer: `SELECT aa.* FROM attempt_answer aa JOIN quiz_attempt qa ON qa.id = aa.attempt_id WHERE qa.user_id IN (${users}) ORDER BY 1, 2`,
  statement: `SELECT * FROM statement WHERE user_id IN (${users}) ORDER BY id`,
  workshop: `SELECT * FROM workshop WHERE slug LIKE '${WORKSHOP_SLUG_PREFIX}%' ORDER BY id`,
  registration: `SELECT r.* FROM registration r JOIN workshop w ON w.id = r.workshop_id WHERE w.slug LIKE '${WORKSHOP_SLUG_PREFIX}%' ORDER BY r.id`,
  learner_group: `SELECT * FROM learner_group WHERE owner_id IN (${users}) ORDER BY id`,
  group_member: `SELECT * FROM group_member WHERE user_id IN (${users}) ORDER BY id`,
};

const INVARIANTS = {
  'no workshop over capacity': `SELECT count(*) AS n FROM workshop w WHERE w.capacity IS NOT NULL AND (SELECT count(*) FROM registration r WHERE r.workshop_id = w.id AND r.status = 'confirmed') > w.capacity`,
  'confirmed_count = confirmed registrations': `SELECT count(*) AS n FROM workshop w WHERE w.confirmed_count <> (SELECT count(*) FROM registration r WHERE r.workshop_id = w.id AND r.status = 'confirmed')`,
  'waitlist only when full': `SELECT count(*) AS n FROM workshop w WHERE EXISTS (SELECT 1 FROM registration r WHERE r.workshop_id = w.id AND r.status = 'waitlisted') AND (w.capacity IS NULL OR w.confirmed_count < w.capacity)`,
  'progress in module order': `
    SELECT count(*) AS n FROM activity_progress later
      JOIN version_activity la ON la.id = later.activity_id JOIN version_module lm ON lm.id = la.module_id
      JOIN enrolment e ON e.id = later.enrolment_id
      JOIN version_activity ea ON ea.version_id = e.version_id AND ea.type IN ('lesson', 'quiz') JOIN version_module em ON em.id = ea.module_id
      LEFT JOIN activity_progress earlier ON earlier.enrolment_id = e.id AND earlier.activity_id = ea.id
     WHERE later.status = 'completed' AND (em.position, ea.position) < (lm.position, la.position) AND coalesce(earlier.status, 'none') <> 'completed'`,
  'completed enrolments have every activity completed': `
    SELECT count(*) AS n FROM enrolment e
     WHERE e.status = 'completed' AND EXISTS (SELECT 1 FROM version_activity a WHERE a.version_id = e.version_id AND a.type IN ('lesson', 'quiz')
                                               AND NOT EXISTS (SELECT 1 FROM activity_progress ap WHERE ap.enrolment_id = e.id AND ap.activity_id = a.id AND ap.status = 'completed'))`,
  'a completed quiz has a passed attempt': `
    SELECT count(*) AS n FROM activity_progress ap JOIN enrolment e ON e.id = ap.enrolment_id
     WHERE ap.status = 'completed' AND ap.attempts > 0
       AND NOT EXISTS (SELECT 1 FROM quiz_attempt qa WHERE qa.user_id = e.user_id AND qa.activity_id = ap.activity_id AND qa.passed)`,
  'a counted quiz result has its points per competency': `
    SELECT count(*) AS n FROM activity_progress ap
     WHERE ap.attempts > 0 AND (ap.counted_competencies = '[]'::jsonb
        OR (SELECT sum((c ->> 'points')::float) FROM jsonb_array_elements(ap.counted_competencies) c) > (SELECT sum((c ->> 'maxPoints')::float) FROM jsonb_array_elements(ap.counted_competencies) c))`,
  'attempt score = right answers': `SELECT count(*) AS n FROM quiz_attempt qa WHERE qa.score <> (SELECT sum(points) FROM attempt_answer aa WHERE aa.attempt_id = qa.id)`,
};

function generate(url, seed) {
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'tools/bench/data/generate.mjs'), '--learners', String(LEARNERS), '--seed', String(seed), '--anchor', ANCHOR, '--database-url', url],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`generate.mjs --seed ${seed} failed (${run.status}):\n${run.stderr}`);
  log(`generated ${LEARNERS} learners with seed ${seed}`);
}

async function hashes(client) {
  const result = {};
  for (const [table, sql] of Object.entries(TABLES)) {
    const { rows } = await client.query(`SELECT md5(coalesce(string_agg(t::text, E'\\n'), '')) AS h, count(*)::int AS n FROM (${sql}) t`);
    result[table] = `${rows[0].n}:${rows[0].h}`;
  }
  return result;
}

async function main() {
  const database = await openBenchDatabase({ dataDir: join(ROOT, 'tmp/data-check-postgres'), port: 54364, database: 'culture_d_data_check' });
  let failures = 0;
  const check = (ok, what) => {
    process.stdout.write(`${ok ? '✓' : '✗'} ${what}\n`);
    if (!ok) failures += 1;
  };
  try {
    generate(database.url, 42);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`SET TimeZone = 'UTC'`);
      const first = await hashes(client);
      for (const [name, sql] of Object.entries(INVARIANTS)) {
        const { rows } = await client.query(sql);
        check(Number(rows[0].n) === 0, `${name}${Number(rows[0].n) ? ` (${rows[0].n} violations)` : ''}`);
      }
      for (const [table, value] of Object.entries(first)) check(!value.startsWith('0:'), `${table} has rows (${value.split(':')[0]})`);
      generate(database.url, 42);
      const second = await hashes(client);
      for (const table of Object.keys(TABLES)) check(first[table] === second[table], `${table}: same rows with the same seed`);
      generate(database.url, 43);
      const other = await hashes(client);
      for (const table of Object.keys(TABLES)) check(first[table] !== other[table], `${table}: other rows with another seed`);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
  process.exit(failures ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`check: ${error.stack ?? error}\n`);
  process.exit(1);
});
