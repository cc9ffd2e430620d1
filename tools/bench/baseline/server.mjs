// Bare baseline for `npm run bench:health`, `npm run bench:sign-in` and `npm run bench:catalog`: Fastify 5 + a pg Pool (+ argon2 for sign-in),
// nothing else (no Nest, no TypeORM, no hooks, no logging, no helmet/compression, no validation). Each route does the
// same work as the API's handler, statement for statement, and answers the same JSON shape and status codes:
//
// - GET /api/health/ready: the readiness handler (libs/shared/server/src/lib/health/health.controller.ts), one query.
// - POST /api/auth/login: the sign-in use case (libs/identity/server/src/lib/use-cases/sign-in.use-case.ts and the
//   throttle, password-hasher, session and audit services): the same statements in the same transactions, the same
//   argon2id verification, a session cookie. tools/bench/README.md lists the statements of both sides.
// - POST /api/workshops/:id/registrations: a signed-in learner's registration (bench:registration), see below.
// - GET /api/parcours, GET /api/parcours/:slug, GET /api/activities/:id: the public catalogue
//   (libs/catalog/server/src/lib/catalog.queries.ts: list() one query, outline() two, activity() one), the same SQL
//   and the same small mapping of the rows to the answer.
// - POST /api/statements: a batch of learning-record statements from a signed-in learner (bench:statements), see below.
// - POST /api/attempts/:id/submission: a learner submits a quiz attempt (bench:quiz), see below.
// - GET /api/me/parcours/:slug/progress: the learner's progress page (bench:progress), see below.
// - POST /api/quizzes/:id/attempts and GET /api/analytics/parcours/:id: quiz start and completion funnel (npm run bench).
//
// Keep them in step with the API, or the ratios stop meaning anything.
//
// Env: PORT, HOST (default 127.0.0.1), DATABASE_URL (required), DATABASE_POOL_SIZE (default 10, as the API), TRUST_PROXY.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import argon2 from 'argon2';
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write('baseline: DATABASE_URL is required\n');
  process.exit(78);
}
const port = Number(process.env['PORT'] ?? 3100);
const host = process.env['HOST'] || '127.0.0.1';

const pool = new pg.Pool({
  connectionString: url,
  max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10), // the API's default pool size (apps/api/src/app/database.ts)
  connectionTimeoutMillis: 5000,
  application_name: 'culture-d-bench-baseline',
});
pool.on('error', () => undefined); // an idle client lost (server restart): the pool replaces it

// TRUST_PROXY=true, as for the API: the client's address from X-Forwarded-For (the suite signs in from many addresses).
const app = Fastify({ logger: false, trustProxy: process.env['TRUST_PROXY'] === 'true' });

app.get('/api/health/ready', async (_request, reply) => {
  const start = performance.now();
  try {
    const { rows } = await pool.query('SELECT current_setting($1) AS version', ['server_version']);
    return { status: 'ok', checks: { database: { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10, server: `PostgreSQL ${rows[0].version}` } } };
  } catch {
    void reply.status(503);
    return { status: 'unavailable', checks: { database: { status: 'down' } } };
  }
});

// --- POST /api/auth/login ----------------------------------------------------------------------------------------
// Constants copied from the API; keep in step: ARGON2_OPTIONS (services/password-hasher.ts), THROTTLE_RULES
// (identity/domain throttle-policy.ts), session lifetimes (identity/domain session-policy.ts), the cookie name
// (identity.options.ts: `cd_session` over http).
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const LOGIN_ACCOUNT = { name: 'login-account', limit: 30, windowSeconds: 15 * 60 };
const LOGIN_IP = { name: 'login-ip', limit: 100, windowSeconds: 15 * 60 };
const LOGIN_ANY_IP = { name: 'login-any-ip', limit: 300, windowSeconds: 15 * 60 }; // every sign-in, failed or not (ADR 0008)
const DAY = 24 * 3600;
const LEARNER_LIFETIME = { idleSeconds: 7 * DAY, absoluteSeconds: 30 * DAY };
const PRIVILEGED_LIFETIME = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 };
const COOKIE = 'cd_session';

/**
 * Verified against when the account does not exist, as the API does (same timing for unknown e-mails). Made on first
 * use rather than at start-up like the API's, so that `bench:health` runs of this server hold no argon2 memory.
 */
let decoy;
const decoyHash = () => (decoy ??= argon2.hash(`decoy-${Math.random()}-${Date.now()}`, ARGON2_OPTIONS));
const subjectKey = (value) => createHash('sha256').update(value).digest('base64url').slice(0, 22);
const throttleKey = (rule, subject) => `${rule.name}:${subjectKey(subject)}`;

async function throttled(rule, subject) {
  const { rows } = await pool.query(
    `SELECT window_start, count FROM throttle_counter WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
    [throttleKey(rule, subject), rule.windowSeconds],
  );
  return rows.length > 0 && rows[0].count >= rule.limit;
}

async function hit(rule, subject) {
  await pool.query(
    `INSERT INTO throttle_counter (key, window_start, count) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN throttle_counter.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE throttle_counter.count + 1 END,
       window_start = CASE WHEN throttle_counter.window_start <= now() - make_interval(secs => $2) THEN now() ELSE throttle_counter.window_start END
     RETURNING count`,
    [throttleKey(rule, subject), rule.windowSeconds],
  );
}

app.post('/api/auth/login', async (request, reply) => {
  const body = /** @type {{ email?: unknown, password?: unknown }} */ (request.body ?? {});
  if (typeof body.email !== 'string' || typeof body.password !== 'string') {
    void reply.status(400);
    return { status: 400, code: 'validation_failed' };
  }
  const email = body.email.normalize('NFC').trim().toLowerCase();
  if ((await throttled(LOGIN_ACCOUNT, email)) || (await throttled(LOGIN_IP, request.ip)) || (await throttled(LOGIN_ANY_IP, request.ip))) {
    void reply.status(429);
    return { status: 429, code: 'too_many_attempts' };
  }
  await hit(LOGIN_ANY_IP, request.ip);
  const { rows } = await pool.query(
    'SELECT id, email, password_hash, display_name, audience, roles, locale FROM user_account WHERE email = $1 LIMIT 1',
    [email],
  );
  const user = rows[0];
  let ok = false;
  try {
    ok = await argon2.verify(user?.password_hash ?? (await decoyHash()), body.password);
  } catch {
    ok = false;
  }
  if (!user || !ok) {
    await hit(LOGIN_ACCOUNT, email);
    await hit(LOGIN_IP, request.ip);
    if (user) await pool.query(`INSERT INTO audit_event (type, user_id, actor_id, details) VALUES ('sign_in_failed', $1, NULL, '{}')`, [user.id]);
    void reply.status(401);
    return { status: 401, code: 'invalid_credentials' };
  }
  await pool.query('DELETE FROM throttle_counter WHERE key = $1', [throttleKey(LOGIN_ACCOUNT, email)]);
  const passwordHash = argon2.needsRehash(user.password_hash, ARGON2_OPTIONS) ? await argon2.hash(body.password, ARGON2_OPTIONS) : user.password_hash;
  const token = randomBytes(32).toString('base64url');
  const lifetime = user.roles.includes('admin') || user.roles.includes('author') ? PRIVILEGED_LIFETIME : LEARNER_LIFETIME;
  const userAgent = request.headers['user-agent'];
  const client = await pool.connect();
  let session;
  try {
    await client.query('BEGIN');
    await client.query(
      'UPDATE user_account SET last_active_at = now(), retention_warned_at = NULL, password_hash = $2, updated_at = now() WHERE id = $1',
      [user.id, passwordHash],
    );
    ({ rows: [session] } = await client.query(
      `INSERT INTO session (token_hash, user_id, last_seen_at, idle_seconds, absolute_seconds, user_agent)
       VALUES ($1, $2, now(), $3, $4, $5) RETURNING id, created_at`,
      [createHash('sha256').update(token).digest(), user.id, lifetime.idleSeconds, lifetime.absoluteSeconds, userAgent ? userAgent.slice(0, 200) : null],
    ));
    await client.query(`INSERT INTO audit_event (type, user_id, actor_id, details) VALUES ('signed_in', $1, NULL, '{}')`, [user.id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  const expires = new Date(session.created_at.getTime() + lifetime.absoluteSeconds * 1000).toUTCString();
  void reply.header('set-cookie', `${COOKIE}=${token}; Path=/; Expires=${expires}; HttpOnly; SameSite=Lax`);
  return { id: user.id, email: user.email, displayName: user.display_name, audience: user.audience, roles: user.roles, locale: user.locale };
});

// --- Public catalogue -------------------------------------------------------------------------------------------
// The SQL of CatalogQueries (libs/catalog/server/src/lib/catalog.queries.ts), copied verbatim; keep in step. No
// validation of the query string (the API's CatalogQuery: limit 1–100, default 20; offset ≥ 0, default 0).
const CARD_COLUMNS = `v.slug, v.title, v.summary, v.summary_en AS "summaryEn", v.audiences, v.themes, v.level,
  v.duration_minutes AS "durationMinutes", v.module_count AS "moduleCount", v.number AS version`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = (reply, code, detail) => {
  void reply.status(404).header('content-type', 'application/problem+json');
  return { type: 'about:blank', title: 'Not Found', status: 404, code, detail };
};

// list(): one query.
app.get('/api/parcours', async (request) => {
  const query = /** @type {Record<string, string | undefined>} */ (request.query ?? {});
  const q = query.q?.trim() || null;
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  const offset = query.offset === undefined ? 0 : Number(query.offset);
  const { rows } = await pool.query(
    `SELECT ${CARD_COLUMNS}, count(*) OVER () AS total
       FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
      WHERE p.status = 'published'
        AND ($1::text IS NULL OR v.audiences @> ARRAY[$1::text])
        AND ($2::text IS NULL OR v.themes @> ARRAY[$2::text])
        AND ($3::text IS NULL OR to_tsvector('french', f_unaccent(v.search_text)) @@ websearch_to_tsquery('french', f_unaccent($3::text)))
      ORDER BY ${q ? `ts_rank(to_tsvector('french', f_unaccent(v.search_text)), websearch_to_tsquery('french', f_unaccent($3::text))) DESC,` : ''} v.title
      LIMIT $4 OFFSET $5`,
    [query.audience ?? null, query.theme ?? null, q, limit, offset],
  );
  return { items: rows.map(({ total: _total, ...card }) => card), total: rows.length ? Number(rows[0].total) : 0 };
});

// outline(): two queries.
app.get('/api/parcours/:slug', async (request, reply) => {
  const { slug } = /** @type {{ slug: string }} */ (request.params);
  const { rows: [head] } = await pool.query(
    `SELECT ${CARD_COLUMNS}, v.id AS "versionId", v.document->'parcours'->'objectives' AS objectives, v.published_at AS "publishedAt",
            coalesce((SELECT json_agg(json_build_object('id', m.id, 'key', m.key, 'slug', m.slug, 'title', m.title, 'summary', m.summary, 'minutes', m.minutes,
                      'objectives', m.objectives, 'competencies', m.competencies, 'prerequisites', m.prerequisites) ORDER BY m.position)
               FROM version_module m WHERE m.version_id = v.id), '[]') AS modules
       FROM parcours p JOIN parcours_version v ON v.id = p.current_version_id
      WHERE p.slug = $1 AND p.status = 'published'`,
    [slug],
  );
  if (!head) return notFound(reply, 'PARCOURS_NOT_FOUND', 'No such parcours.');
  const { rows: activities } = await pool.query(
    `SELECT a.id, a.key, a.type, a.title, a.minutes, a.module_id AS "moduleId" FROM version_activity a WHERE a.version_id = $1 ORDER BY a.position`,
    [head.versionId],
  );
  const { versionId: _v, modules, publishedAt, ...card } = head;
  return {
    ...card,
    publishedAt: new Date(publishedAt).toISOString(),
    modules: modules.map((module) => ({
      ...module,
      activities: activities.filter((a) => a.moduleId === module.id).map(({ moduleId: _m, ...activity }) => activity),
    })),
  };
});

// activity(): one query.
app.get('/api/activities/:id', async (request, reply) => {
  const { id } = /** @type {{ id: string }} */ (request.params);
  if (!UUID.test(id)) return notFound(reply, 'ACTIVITY_NOT_FOUND', 'No such activity.'); // the API's ParseUUIDPipe: 404
  const { rows: [row] } = await pool.query(
    `SELECT a.id, a.key, a.type, a.title, a.minutes, a.content,
            json_build_object('slug', v.slug, 'title', v.title, 'version', v.number) AS parcours,
            json_build_object('id', m.id, 'key', m.key, 'title', m.title) AS module
       FROM version_activity a
       JOIN version_module m ON m.id = a.module_id
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
      WHERE a.id = $1 AND p.status = 'published'`,
    [id],
  );
  if (!row) return notFound(reply, 'ACTIVITY_NOT_FOUND', 'No such activity.');
  const { content, ...rest } = row;
  return { ...rest, ...content };
});

// --- Signed-in routes -------------------------------------------------------------------------------------------
// SessionService.resolve (libs/identity/server/src/lib/services/session.service.ts): one indexed lookup by the
// cookie's hash; `last_seen_at` (and the account's `last_active_at`) written at most once a minute.
async function signedIn(request) {
  const token = /(?:^|;\s*)cd_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (!token) return undefined;
  const { rows: [session] } = await pool.query(
    `SELECT s.id, s.user_id, u.roles, s.created_at, s.last_seen_at, s.idle_seconds, s.absolute_seconds
       FROM session s JOIN user_account u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [createHash('sha256').update(token).digest()],
  );
  if (session && Date.now() - session.last_seen_at.getTime() > 60_000) {
    await pool.query('UPDATE session SET last_seen_at = now() WHERE id = $1', [session.id]);
    await pool.query('UPDATE user_account SET last_active_at = now(), retention_warned_at = NULL WHERE id = $1', [session.user_id]);
  }
  return session;
}

function unauthenticated(reply) {
  void reply.status(401);
  return { status: 401, code: 'UNAUTHENTICATED' };
}

// --- Workshop registration (bench:registration) -------------------------------------------------------------------
// The session lookup of SessionService.resolve (libs/identity/server/src/lib/services/session.service.ts) and the
// statements of RegisterForWorkshopUseCase (libs/workshops/server/src/lib/use-cases/register-for-workshop.use-case.ts)
// for a signed-in learner: the workshop, then one statement taking a seat if any and inserting the registration, then
// the waiting-list position when waitlisted.
app.post('/api/workshops/:id/registrations', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  const { id } = /** @type {{ id: string }} */ (request.params);
  if (!UUID.test(id)) return notFound(reply, 'WORKSHOP_NOT_FOUND', 'No such workshop.');
  const { rows: [workshop] } = await pool.query('SELECT * FROM workshop WHERE id = $1 LIMIT 1', [id]);
  if (!workshop || workshop.status === 'draft') return notFound(reply, 'WORKSHOP_NOT_FOUND', 'No such workshop.');
  const now = Date.now();
  if (workshop.status !== 'published' || workshop.registration_closes_at.getTime() <= now || (workshop.registration_opens_at && workshop.registration_opens_at.getTime() > now)) {
    void reply.status(422);
    return { status: 422, code: 'REGISTRATION_CLOSED' };
  }
  let registration;
  try {
    ({ rows: [registration] } = await pool.query(
      `WITH seat AS (
         UPDATE workshop SET confirmed_count = confirmed_count + 1
          WHERE id = $1 AND status = 'published' AND (capacity IS NULL OR confirmed_count < capacity)
          RETURNING id)
       INSERT INTO registration (workshop_id, user_id, guest_name, guest_email, guest_consent_at, cancel_token_hash, status, confirmed_at)
       SELECT $1, $2, $3, $4, $5, $6, CASE WHEN seat.id IS NULL THEN 'waitlisted' ELSE 'confirmed' END, CASE WHEN seat.id IS NULL THEN NULL ELSE now() END
         FROM (SELECT 1) one LEFT JOIN seat ON true
       RETURNING id, status, queue_number AS "queueNumber"`,
      [id, session.user_id, null, null, null, null],
    ));
  } catch (error) {
    if (error?.constraint === 'uq_registration_active_user') {
      void reply.status(409);
      return { status: 409, code: 'ALREADY_REGISTERED' };
    }
    throw error;
  }
  void reply.status(201);
  if (registration.status === 'confirmed') return { id: registration.id, workshopId: id, status: 'confirmed' };
  const { rows: [ahead] } = await pool.query(
    `SELECT count(*)::int AS ahead FROM registration WHERE workshop_id = $1 AND status = 'waitlisted' AND queue_number < $2`,
    [id, registration.queueNumber],
  );
  return { id: registration.id, workshopId: id, status: 'waitlisted', position: ahead.ahead + 1 };
});

// --- Learning record (bench:statements) ----------------------------------------------------------------------------
// The session lookup of SessionService.resolve and the statements of StatementsService.ingest
// (libs/progress/server/src/lib/statements/statements.service.ts): one INSERT … SELECT FROM unnest(…) ON CONFLICT (id)
// DO NOTHING RETURNING id for the whole batch, then, only when some ids were already there, one SELECT telling replays
// from conflicts. The body hash is computed the same way (SHA-256 of the canonical body); the API's field-by-field
// validation of each statement is not repeated (a bare server trusts its input).
const VERB_PREFIX = 'http://adlnet.gov/expapi/verbs/';
const canonicalJson = (value) => {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).filter((k) => value[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

app.post('/api/statements', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  const input = /** @type {{ statements?: any[] }} */ (request.body)?.statements;
  if (!Array.isArray(input) || input.length === 0 || input.length > 100) {
    void reply.status(400);
    return { status: 400, code: 'VALIDATION_FAILED' };
  }
  const hashes = new Map();
  const unique = [];
  let duplicates = 0;
  const conflicts = new Set();
  for (const s of input) {
    const id = String(s.id).toLowerCase();
    const verb = String(s.verb?.id ?? '').slice(VERB_PREFIX.length);
    const timestamp = s.timestamp ? new Date(s.timestamp).toISOString() : null;
    const statement = { id, verb, object: s.object, result: s.result ?? null, context: s.context ?? null, timestamp };
    const hash = createHash('sha256').update(canonicalJson({ verb, object: s.object, result: statement.result, context: statement.context, timestamp })).digest('hex');
    const seen = hashes.get(id);
    if (seen === undefined) {
      hashes.set(id, hash);
      unique.push({ ...statement, hash });
    } else if (seen === hash) duplicates += 1;
    else conflicts.add(id);
  }
  const { rows: inserted } = await pool.query(
    `INSERT INTO statement (id, user_id, verb, object_id, object, result, context, timestamp, body_hash)
     SELECT s.id, $1, s.verb, s.object ->> 'id', s.object, s.result, s.context, coalesce(s.timestamp, now()), decode(s.hash, 'hex')
       FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::jsonb[], $7::timestamptz[], $8::text[]) AS s(id, verb, object, result, context, timestamp, hash)
     ON CONFLICT (id) DO NOTHING
     RETURNING id`,
    [
      session.user_id,
      unique.map((s) => s.id),
      unique.map((s) => s.verb),
      unique.map((s) => JSON.stringify(s.object)),
      unique.map((s) => (s.result ? JSON.stringify(s.result) : null)),
      unique.map((s) => (s.context ? JSON.stringify(s.context) : null)),
      unique.map((s) => s.timestamp),
      unique.map((s) => s.hash),
    ],
  );
  const recorded = new Set(inserted.map((r) => r.id));
  const taken = unique.filter((s) => !recorded.has(s.id));
  if (taken.length) {
    const { rows } = await pool.query(
      `SELECT id, user_id = $1 AND body_hash = decode(h.hash, 'hex') AS same FROM statement JOIN unnest($2::uuid[], $3::text[]) AS h(sid, hash) ON h.sid = statement.id`,
      [session.user_id, taken.map((s) => s.id), taken.map((s) => s.hash)],
    );
    for (const row of rows) {
      if (row.same) duplicates += 1;
      else conflicts.add(row.id);
    }
  }
  return { accepted: recorded.size, duplicates, conflicts: [...conflicts] };
});

// --- Progress page (bench:progress) --------------------------------------------------------------------------------
// The session lookup of SessionService.resolve and the three statements of ProgressQueries.parcoursProgress
// (libs/progress/server/src/lib/progress.queries.ts and progress.store.ts): the enrolment by slug and learner, the
// version's modules, its activities with the learner's progress; then the same rules in a few lines (locked modules,
// required activities: lessons and quizzes, next activity, percent), as libs/progress/domain computes them.
const PROGRESS_HEAD = `SELECT e.id, e.version_id AS "versionId", p.slug, v.title, v.number AS version, e.status, e.started_at AS "startedAt",
  e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.diagnostic
     FROM parcours p JOIN enrolment e ON e.parcours_id = p.id AND e.user_id = $1 AND e.unenrolled_at IS NULL
     JOIN parcours_version v ON v.id = e.version_id
    WHERE p.slug = $2`;
const PROGRESS_MODULES = `SELECT vm.id, vm.version_id AS "versionId", vm.key, vm.slug, vm.title, vm.competencies, vm.prerequisites
       FROM version_module vm WHERE vm.version_id = ANY($1::uuid[]) ORDER BY vm.position`;
const PROGRESS_ACTIVITIES = `SELECT e.id AS "enrolmentId", a.id, a.module_id AS "moduleId", a.key, a.type, a.title, a.minutes,
            coalesce(ap.status, 'not_started') AS status, ap.best_percent AS "bestPercent", coalesce(ap.attempts, 0) AS attempts, ap.completed_at AS "completedAt"
       FROM unnest($1::uuid[], $2::uuid[]) AS e(id, version_id)
       JOIN version_activity a ON a.version_id = e.version_id
       LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = a.id
      ORDER BY a.position`;
const requiredOf = (activities) => {
  const required = activities.filter((a) => a.type !== 'workshop');
  return required.length ? required : activities;
};
app.get('/api/me/parcours/:slug/progress', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  const { slug } = /** @type {{ slug: string }} */ (request.params);
  const { rows: [head] } = await pool.query(PROGRESS_HEAD, [session.user_id, slug]);
  if (!head) return notFound(reply, 'NOT_ENROLLED', 'You are not enrolled in this parcours.');
  const { rows: modules } = await pool.query(PROGRESS_MODULES, [[head.versionId]]);
  const { rows: activities } = await pool.query(PROGRESS_ACTIVITIES, [[head.id], [head.versionId]]);
  for (const m of modules) m.activities = activities.filter((a) => a.moduleId === m.id);
  const complete = new Set(modules.filter((m) => requiredOf(m.activities).every((a) => a.status === 'completed')).map((m) => m.key));
  const titles = new Map(modules.map((m) => [m.key, m.title]));
  let next = null;
  let required = 0;
  let done = 0;
  const shaped = modules.map((m) => {
    const missing = complete.has(m.key) ? [] : m.prerequisites.filter((k) => !complete.has(k)).map((key) => ({ key, title: titles.get(key) ?? key }));
    const status = complete.has(m.key) ? 'completed' : missing.length ? 'locked' : m.activities.some((a) => a.status !== 'not_started') ? 'in_progress' : 'not_started';
    const req = new Set(requiredOf(m.activities).map((a) => a.id));
    required += req.size;
    done += m.activities.filter((a) => req.has(a.id) && a.status === 'completed').length;
    const candidate = status === 'locked' || status === 'completed' ? undefined : m.activities.find((a) => req.has(a.id) && a.status !== 'completed');
    if (!next && candidate) next = { id: candidate.id, title: candidate.title, type: candidate.type, module: { key: m.key, slug: m.slug, title: m.title } };
    return {
      key: m.key,
      slug: m.slug,
      title: m.title,
      competencies: m.competencies,
      status,
      mastered: false,
      missingPrerequisites: missing,
      activities: m.activities.map((a) => ({ id: a.id, key: a.key, type: a.type, title: a.title, minutes: a.minutes, required: req.has(a.id), status: a.status, bestPercent: a.bestPercent, attempts: a.attempts, completedAt: a.completedAt ? a.completedAt.toISOString() : null })),
    };
  });
  return {
    enrolment: {
      id: head.id,
      parcours: { slug: head.slug, title: head.title },
      version: head.version,
      status: head.status,
      startedAt: head.startedAt.toISOString(),
      completedAt: head.completedAt ? head.completedAt.toISOString() : null,
      lastActivityAt: head.lastActivityAt.toISOString(),
    },
    percent: required ? Math.floor((done * 100) / required) : 0,
    next,
    diagnostic: null,
    modules: shaped,
  };
});

// --- Quiz submission (bench:quiz) ---------------------------------------------------------------------------------
// The session lookup of SessionService.resolve and the quiz's own statements of SubmitAttemptUseCase
// (libs/quiz/server/src/lib/use-cases/submit-attempt.use-case.ts): the attempt with its quiz settings, then one
// transaction with the conditional UPDATE closing the attempt and one INSERT of every answer (arrays unnested). Scoring is
// a plain loop for the single-choice questions the benchmark uses (the API validates and scores every type through the
// quiz domain); the progress domain's statements, which the API runs in the same transaction, follow (see there).
app.post('/api/attempts/:id/submission', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  const { id } = /** @type {{ id: string }} */ (request.params);
  if (!UUID.test(id)) return notFound(reply, 'ATTEMPT_NOT_FOUND', 'No such attempt.');
  const { rows: [attempt] } = await pool.query(
    `SELECT qa.activity_id AS "activityId", qa.submitted_at AS "submittedAt", qa.layout, a.content->'settings' AS settings
       FROM quiz_attempt qa JOIN version_activity a ON a.id = qa.activity_id
      WHERE qa.id = $1 AND qa.user_id = $2`,
    [id, session.user_id],
  );
  if (!attempt) return notFound(reply, 'ATTEMPT_NOT_FOUND', 'No such attempt.');
  const conflict = () => {
    void reply.status(409);
    return { status: 409, code: 'ATTEMPT_ALREADY_SUBMITTED' };
  };
  if (attempt.submittedAt) return conflict();
  const given = new Map((request.body?.responses ?? []).map((r) => [r.questionId, r.response]));
  const scored = attempt.layout.map((item) => {
    const response = given.get(item.questionId) ?? null;
    const index = item.layout.lists.choices.ids.indexOf(response);
    const maxPoints = item.question.points ?? 1;
    const correct = index !== -1 && item.question.choices[index].correct;
    const chosen = index === -1 ? [] : [item.question.choices[index].feedback].filter(Boolean);
    return { questionId: item.questionId, response, answer: index === -1 ? null : item.question.choices[index].text, correct, points: correct ? maxPoints : 0, maxPoints, feedback: [...chosen, item.question.explanation], correctResponse: item.layout.lists.choices.ids[item.question.choices.findIndex((c) => c.correct)] };
  });
  const score = scored.reduce((n, q) => n + q.points, 0);
  const maxScore = scored.reduce((n, q) => n + q.maxPoints, 0);
  const percent = maxScore ? Math.round((score / maxScore) * 1000) / 10 : 0;
  const passed = percent >= attempt.settings.passMark;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const closed = await client.query(
      `UPDATE quiz_attempt SET submitted_at = now(), score = $2, max_score = $3, percent = $4, passed = $5 WHERE id = $1 AND submitted_at IS NULL RETURNING submitted_at`,
      [id, score, maxScore, percent, passed],
    );
    if (closed.rowCount === 0) {
      await client.query('ROLLBACK');
      return conflict();
    }
    await client.query(
      `INSERT INTO attempt_answer (attempt_id, question_id, response, answer, points, max_points) SELECT $1, * FROM unnest($2::text[], $3::jsonb[], $4::text[], $5::float8[], $6::float8[])`,
      [id, scored.map((q) => q.questionId), scored.map((q) => (q.response === null ? null : JSON.stringify(q.response))), scored.map((q) => q.answer), scored.map((q) => q.points), scored.map((q) => q.maxPoints)],
    );
    // The progress domain's statements (ProgressEngine.recordQuizResult): the activity with the enrolment locked, the
    // activity's progress so far, one upsert that also writes the last-activity date, the two state queries. The
    // completion rule (module, parcours, certificate) is left out: the bench's learners complete neither.
    const { rows: [locked] } = await client.query(LOCK_FOR_ACTIVITY, [attempt.activityId, session.user_id]);
    if (locked) {
      const { rows: [previous] } = await client.query(
        `SELECT status, best_percent AS "bestPercent", attempts, counted_percent AS "countedPercent" FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`,
        [locked.id, attempt.activityId],
      );
      const counts = previous?.countedPercent == null || percent > previous.countedPercent; // the 'best' rule
      const status = passed || previous?.status === 'completed' ? 'completed' : 'in_progress';
      await client.query(UPSERT_QUIZ_PROGRESS, [locked.id, attempt.activityId, status, percent, '[]', closed.rows[0].submitted_at, counts]);
      await client.query(PROGRESS_MODULES, [[locked.versionId]]);
      await client.query(STATE_ACTIVITIES, [[locked.id], [locked.versionId]]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  const reveal = attempt.settings.showCorrectAnswers === 'after_submission' || (attempt.settings.showCorrectAnswers === 'after_passing' && passed);
  return {
    attemptId: id,
    score,
    maxScore,
    percent,
    passed,
    questions: scored.map((q) => ({ questionId: q.questionId, correct: q.correct, points: q.points, maxPoints: q.maxPoints, feedback: reveal ? q.feedback : [], ...(reveal ? { correctResponse: q.correctResponse } : {}) })),
  };
});

// --- Quiz start (npm run bench) --------------------------------------------------------------------------------
// The statements of StartAttemptUseCase (libs/quiz/server/src/lib/use-cases/start-attempt.use-case.ts) and of the
// progress domain's assertActivityOpen it calls (libs/progress/server/src/lib/progress-engine.ts, progress.store.ts):
// the session, the quiz source (one query), then one transaction: the per-learner advisory lock, the activity, the
// enrolment row-locked (created when missing), the two state queries, the latest attempt, the INSERT. Presentation is a
// plain shuffle of the questions and choices of single- and multiple-choice questions, with escaped text where the API
// renders Markdown and sanitises it (no bank draws: the bench quiz has none).
const QUIZ_SOURCE = `SELECT a.id AS "activityId", a.version_id AS "versionId", a.title, a.content->'settings' AS settings,
            (SELECT act FROM jsonb_path_query(v.document, '$.parcours.modules[*].activities[*]') act WHERE act->>'key' = a.key) AS quiz
       FROM version_activity a
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
      WHERE a.id = $1 AND a.type = 'quiz' AND p.status = 'published'`;
const FIND_ACTIVITY = `SELECT a.id, a.type, a.title, a.content, a.version_id AS "versionId", v.number AS "versionNumber", v.parcours_id AS "parcoursId", vm.key AS "moduleKey"
       FROM version_activity a
       JOIN version_module vm ON vm.id = a.module_id
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
      WHERE a.id = $1 AND p.status = 'published'`;
const LOCK_ENROLMENT = `SELECT e.id, e.user_id AS "userId", e.parcours_id AS "parcoursId", e.version_id AS "versionId", e.status,
  e.started_at AS "startedAt", e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.unenrolled_at AS "unenrolledAt", e.diagnostic FROM enrolment e WHERE e.user_id = $1 AND e.parcours_id = $2 FOR UPDATE`;
const STATE_ACTIVITIES = `SELECT e.id AS "enrolmentId", a.id, a.module_id AS "moduleId", a.key, a.type, a.title, a.minutes,
            coalesce(ap.status, 'not_started') AS status, ap.best_percent AS "bestPercent", coalesce(ap.attempts, 0) AS attempts, ap.completed_at AS "completedAt"
       FROM unnest($1::uuid[], $2::uuid[]) AS e(id, version_id)
       JOIN version_activity a ON a.version_id = e.version_id
       LEFT JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.activity_id = a.id
      ORDER BY a.position`;
const LOCK_FOR_ACTIVITY = `SELECT e.id, e.user_id AS "userId", e.parcours_id AS "parcoursId", e.version_id AS "versionId", e.status,
  e.started_at AS "startedAt", e.completed_at AS "completedAt", e.last_activity_at AS "lastActivityAt", e.unenrolled_at AS "unenrolledAt", e.diagnostic, a.id AS "activityId", a.type, a.title, a.content, a.version_id AS "activityVersionId", v.number AS "versionNumber", vm.key AS "moduleKey"
       FROM version_activity a
       JOIN version_module vm ON vm.id = a.module_id
       JOIN parcours_version v ON v.id = a.version_id
       JOIN parcours p ON p.id = v.parcours_id
       JOIN enrolment e ON e.parcours_id = v.parcours_id AND e.user_id = $2
      WHERE a.id = $1 AND p.status = 'published'
        FOR UPDATE OF e`;
const UPSERT_QUIZ_PROGRESS = `WITH touched AS (UPDATE enrolment SET last_activity_at = now() WHERE id = $1)
       INSERT INTO activity_progress AS ap (enrolment_id, activity_id, status, best_percent, attempts, counted_percent, counted_competencies, completed_at)
       VALUES ($1, $2, $3, $4, 1, $4, $5::jsonb, CASE WHEN $3 = 'completed' THEN $6::timestamptz END)
       ON CONFLICT ON CONSTRAINT pk_activity_progress DO UPDATE SET
         status = CASE WHEN ap.status = 'completed' THEN ap.status ELSE excluded.status END,
         completed_at = coalesce(ap.completed_at, excluded.completed_at),
         best_percent = greatest(ap.best_percent, excluded.best_percent),
         attempts = ap.attempts + 1,
         counted_percent = CASE WHEN $7 THEN excluded.counted_percent ELSE ap.counted_percent END,
         counted_competencies = CASE WHEN $7 THEN excluded.counted_competencies ELSE ap.counted_competencies END,
         updated_at = now()`;
const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const shuffle = (items) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

app.post('/api/quizzes/:id/attempts', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  const { id } = /** @type {{ id: string }} */ (request.params);
  if (!UUID.test(id)) return notFound(reply, 'QUIZ_NOT_FOUND', 'No such quiz.');
  const { rows: [source] } = await pool.query(QUIZ_SOURCE, [id]);
  if (!source?.quiz) return notFound(reply, 'QUIZ_NOT_FOUND', 'No such quiz.');
  const client = await pool.connect();
  let result;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`quiz-attempt:${session.user_id}:${id}`]);
    const { rows: [activity] } = await client.query(FIND_ACTIVITY, [id]);
    let { rows: [enrolment] } = await client.query(LOCK_ENROLMENT, [session.user_id, activity.parcoursId]);
    if (!enrolment) {
      await client.query(`INSERT INTO enrolment (user_id, parcours_id, version_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT uq_enrolment_user_parcours DO NOTHING RETURNING id`, [
        session.user_id,
        activity.parcoursId,
        activity.versionId,
      ]);
      enrolment = (await client.query(LOCK_ENROLMENT, [session.user_id, activity.parcoursId])).rows[0];
    }
    const { rows: modules } = await client.query(PROGRESS_MODULES, [[enrolment.versionId]]);
    const { rows: activities } = await client.query(STATE_ACTIVITIES, [[enrolment.id], [enrolment.versionId]]);
    const complete = new Set(modules.filter((m) => requiredOf(activities.filter((a) => a.moduleId === m.id)).every((a) => a.status === 'completed')).map((m) => m.key));
    const module = modules.find((m) => m.key === activity.moduleKey);
    if (module && !complete.has(module.key) && module.prerequisites.some((k) => !complete.has(k))) {
      await client.query('ROLLBACK');
      void reply.status(409);
      return { status: 409, code: 'ACTIVITY_LOCKED' };
    }
    const { rows: [latest] } = await client.query(
      `SELECT id, number, started_at AS "startedAt", submitted_at IS NULL AS open, CASE WHEN submitted_at IS NULL THEN layout END AS layout
         FROM quiz_attempt WHERE user_id = $1 AND activity_id = $2 ORDER BY number DESC LIMIT 1`,
      [session.user_id, id],
    );
    if (latest?.open && latest.layout) {
      await client.query('COMMIT');
      result = { created: false, attemptId: latest.id, number: latest.number, startedAt: latest.startedAt, presented: latest.layout };
    } else {
      const number = (latest?.number ?? 0) + 1;
      const settings = source.settings;
      const questions = settings.shuffleQuestions ? shuffle(source.quiz.questions) : source.quiz.questions;
      const presented = questions.map((question) => {
        const ids = question.choices.map(() => `c${randomInt(36 ** 6).toString(36).padStart(6, '0')}`);
        const shown = settings.shuffleChoices ? shuffle(ids.map((_, i) => i)) : ids.map((_, i) => i);
        const learner = {
          questionId: question.key,
          stemHtml: `<p>${escapeHtml(question.stem)}</p>\n`,
          points: question.points ?? 1,
          difficulty: question.difficulty ?? 'moyen',
          competencies: [...question.competencies],
          type: question.type,
          choices: shown.map((i) => ({ id: ids[i], html: `<p>${escapeHtml(question.choices[i].text)}</p>\n` })),
        };
        return { questionId: question.key, source: 'fixed', question, layout: { lists: { choices: { ids, shown } } }, learner };
      });
      const { rows: [row] } = await client.query(
        `INSERT INTO quiz_attempt (user_id, activity_id, number, layout) VALUES ($1, $2, $3, $4) RETURNING id, started_at AS "startedAt"`,
        [session.user_id, id, number, JSON.stringify(presented)],
      );
      await client.query('COMMIT');
      result = { created: true, attemptId: row.id, number, startedAt: row.startedAt, presented };
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  void reply.status(result.created ? 201 : 200);
  return {
    attemptId: result.attemptId,
    number: result.number,
    maxAttempts: source.settings.maxAttempts,
    passMark: source.settings.passMark,
    startedAt: new Date(result.startedAt).toISOString(),
    questions: result.presented.map((item) => item.learner),
  };
});

// --- Completion funnel (npm run bench) ------------------------------------------------------------------------
// AnalyticsQueries.parcours (libs/analytics/server/src/lib/analytics.queries.ts) without filters: the parcours with
// its latest modules, then the aggregate over its enrolments; the funnel of libs/analytics/domain. Computed at every
// request: the API keeps a funnel 30 s, which is part of what the ratio shows.
app.get('/api/analytics/parcours/:id', async (request, reply) => {
  const session = await signedIn(request);
  if (!session) return unauthenticated(reply);
  if (!session.roles.some((r) => r === 'author' || r === 'admin')) {
    void reply.status(403);
    return { status: 403, code: 'FORBIDDEN' };
  }
  const { id } = /** @type {{ id: string }} */ (request.params);
  const { rows: [parcours] } = await pool.query(
    `SELECT p.id, p.slug, v.title,
            (SELECT coalesce(json_agg(json_build_object('key', m.key, 'title', m.title) ORDER BY m.position), '[]') FROM version_module m WHERE m.version_id = v.id) AS modules
       FROM parcours p
       JOIN LATERAL (SELECT * FROM parcours_version pv WHERE pv.parcours_id = p.id ORDER BY (pv.id = p.current_version_id) DESC, pv.number DESC LIMIT 1) v ON true
      WHERE ${UUID.test(id) ? 'p.id = $1::uuid' : 'p.slug = $1'}`,
    [id],
  );
  if (!parcours) return notFound(reply, 'PARCOURS_NOT_FOUND', 'No published version of this parcours.');
  const { rows: [row] } = await pool.query(
    `WITH e AS (
       SELECT en.id, en.version_id, en.status, en.started_at, en.completed_at
         FROM enrolment en JOIN user_account u ON u.id = en.user_id
        WHERE en.parcours_id = $1
          AND ($2::text IS NULL OR u.audience = $2)
          AND ($3::timestamptz IS NULL OR en.started_at >= $3)
          AND ($4::timestamptz IS NULL OR en.started_at < $4)),
     required AS (
       SELECT m.version_id, m.key, a.id AS activity_id
         FROM version_module m JOIN version_activity a ON a.module_id = m.id AND a.type IN ('lesson', 'quiz')
        WHERE m.version_id IN (SELECT DISTINCT version_id FROM e)),
     needed AS (SELECT version_id, key, count(*) AS n FROM required GROUP BY version_id, key),
     done AS (
       SELECT e.version_id, r.key, e.id, count(*) AS n
         FROM e JOIN activity_progress ap ON ap.enrolment_id = e.id AND ap.status = 'completed'
         JOIN required r ON r.activity_id = ap.activity_id AND r.version_id = e.version_id
        GROUP BY e.version_id, r.key, e.id)
     SELECT (SELECT count(*)::int FROM e) AS enrolled,
            (SELECT count(*)::int FROM e WHERE status = 'completed') AS completed,
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - started_at) / 86400) FROM e WHERE status = 'completed') AS median_days,
            (SELECT coalesce(json_object_agg(key, n), '{}') FROM (
               SELECT d.key, count(*)::int AS n FROM done d JOIN needed nd ON nd.version_id = d.version_id AND nd.key = d.key AND nd.n = d.n GROUP BY d.key) m) AS modules`,
    [parcours.id, null, null, null],
  );
  const round3 = (value) => Math.round(value * 1000) / 1000;
  const steps = [
    { step: 'enrolled', title: null, count: row.enrolled },
    ...parcours.modules.map((m) => ({ step: m.key, title: m.title, count: row.modules[m.key] ?? 0 })),
    { step: 'completed', title: null, count: row.completed },
  ];
  const funnel = steps.map((s, i) => ({ ...s, rate: row.enrolled ? round3(s.count / row.enrolled) : 0, lost: i === 0 ? 0 : Math.max(0, steps[i - 1].count - s.count) }));
  let dropOff = null;
  for (let i = 1; i < funnel.length; i++) if (funnel[i].lost > (dropOff?.lost ?? 0)) dropOff = { step: funnel[i - 1].step, title: funnel[i - 1].title, lost: funnel[i].lost };
  return {
    parcours: { id: parcours.id, slug: parcours.slug, title: parcours.title },
    filters: { audience: null, from: null, to: null },
    enrolled: row.enrolled,
    completed: row.completed,
    completionRate: row.enrolled ? round3(row.completed / row.enrolled) : 0,
    medianDaysToComplete: row.median_days === null ? null : Math.round(row.median_days * 10) / 10,
    funnel,
    dropOff,
  };
});

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await app.close().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());

try {
  await app.listen({ port, host });
} catch (error) {
  process.stderr.write(`baseline: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}\n`);
  await pool.end().catch(() => undefined);
  process.exit(69);
}
