import { ContentLoader } from '@culture-d/catalog/server';
import { CertificateIssuer } from '@culture-d/progress/server';
import { PersonalDataRegistry } from '@culture-d/shared/server';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type pdfParse from 'pdf-parse';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';

// The library's own entry point reads a sample file when it thinks it is run directly (under Jest it does).
const pdf: typeof pdfParse = require('pdf-parse/lib/pdf-parse.js');
// The module object itself (not an import namespace), so that a test can make `randomBytes` repeat itself.
const crypto: typeof import('node:crypto') = require('node:crypto');

const CONTENT = join(__dirname, '..', '..', '..', '..', 'content');

/** Certificates: issued once per enrolment, a PDF that says the right things, a public check that says nothing more. */
describe('certificates', () => {
  let t: TestApp;
  let db: DataSource;
  let version: { id: string; parcours_id: string; title: string; slug: string };
  let ipCounter = 0;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        LOAD_STARTER_CONTENT: 'false',
        PUBLIC_URL: 'https://culture-d.example',
      },
    });
    db = t.app.get(DataSource);
    await t.app.get(ContentLoader).load(CONTENT);
    [version] = await db.query(`SELECT id, parcours_id, title, slug FROM parcours_version ORDER BY slug LIMIT 1`);
  });
  afterAll(() => t.close());

  /** A new account with a session cookie. */
  async function person(displayName: string): Promise<{ cookie: string; userId: string }> {
    const email = `${randomUUID()}@exemple.fr`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: {
        email,
        password: `une phrase de passe ${email}`,
        displayName,
        audience: 'mediateur',
      },
    });
    expect(res.statusCode).toBe(201);
    return {
      cookie: String(res.headers['set-cookie']).split(';')[0],
      userId: res.json().id,
    };
  }

  async function issue(userId: string, enrolmentId: string = randomUUID(), completedAt = new Date('2026-11-27T10:00:00Z')): Promise<string> {
    await db.transaction((manager) =>
      t.app.get(CertificateIssuer).issue(manager, {
        userId,
        enrolmentId,
        parcoursId: version.parcours_id,
        versionId: version.id,
        completedAt,
      }),
    );
    return enrolmentId;
  }

  /** Each lookup from its own address, unless one is given: the per-IP limit is tested on its own. */
  const verify = (code: string, ip = `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`) =>
    t.app.inject({
      method: 'GET',
      url: `/api/certificates/${encodeURIComponent(code)}`,
      remoteAddress: ip,
    });

  it('issues one certificate per enrolment, even when the completion is reported twice or twice at once', async () => {
    const learner = await person('Élodie Œuvre-Dupré');
    const enrolment = await issue(learner.userId);
    await issue(learner.userId, enrolment, new Date('2026-12-01T10:00:00Z'));
    await Promise.all([issue(learner.userId, enrolment), issue(learner.userId, enrolment)]);
    const rows = await db.query(`SELECT code, issued_at FROM certificate WHERE enrolment_id = $1`, [enrolment]);
    expect(rows).toHaveLength(1);
    expect(rows[0].issued_at.toISOString()).toBe('2026-11-27T10:00:00.000Z');

    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/me/certificates',
      headers: { cookie: learner.cookie },
    });
    expect(mine.statusCode).toBe(200);
    const [certificate] = mine.json();
    expect(mine.json()).toHaveLength(1);
    expect(certificate).toMatchObject({
      code: rows[0].code,
      holderName: 'Élodie Œuvre-Dupré',
      parcours: { title: version.title, slug: version.slug },
      issuedAt: '2026-11-27T10:00:00.000Z',
      verificationUrl: `https://culture-d.example/certificats/${rows[0].code}`,
      pdfUrl: `/api/me/certificates/${certificate.id}/pdf`,
    });
    expect(certificate.code).toMatch(/^CD(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
    // the module's competencies, labelled from the référentiel
    const codes: string[] = (await db.query(`SELECT DISTINCT unnest(competencies) AS code FROM version_module WHERE version_id = $1`, [version.id])).map(
      (r: { code: string }) => r.code,
    );
    expect(certificate.competencies.map((c: { code: string }) => c.code).sort()).toEqual(codes.sort());
    expect(certificate.competencies.every((c: { code: string; label: string }) => c.label && c.label !== c.code)).toBe(true);
  });

  it('gives a PDF whose text has the name, the parcours, the French date, the competencies, the code and the verification URL', async () => {
    const learner = await person('Jean-Émile Ndiaye');
    await issue(learner.userId, randomUUID(), new Date('2027-02-28T23:30:00Z'));
    const [certificate] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/me/certificates',
        headers: { cookie: learner.cookie },
      })
    ).json();

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/me/certificates/${certificate.id}/pdf`,
      headers: { cookie: learner.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="certificat-${version.slug}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdf(res.rawPayload)).text.replace(/\s+/g, ' ');
    expect(text).toContain('Jean-Émile Ndiaye');
    expect(text).toContain(version.title);
    expect(text).toContain('le 1er mars 2027');
    expect(text).toContain(certificate.code);
    expect(text).toContain(`https://culture-d.example/certificats/${certificate.code}`);
    expect(text).toContain(certificate.competencies[0].label);
    // the fonts travel inside the file
    const raw = res.rawPayload.toString('latin1');
    expect(raw.match(/\/FontFile2/g)).toHaveLength(2);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);

    // the parsed fonts are shared between renderings: a second one is as complete as the first
    const again = await t.app.inject({ method: 'GET', url: `/api/me/certificates/${certificate.id}/pdf`, headers: { cookie: learner.cookie } });
    expect((await pdf(again.rawPayload)).text.replace(/\s+/g, ' ')).toBe(text);
  });

  it('serves the PDF to its holder only: someone else, or an unknown id, gets 404', async () => {
    const holder = await person('Titulaire');
    const other = await person('Autre personne');
    await issue(holder.userId);
    const [certificate] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/me/certificates',
        headers: { cookie: holder.cookie },
      })
    ).json();
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/me/certificates/${certificate.id}/pdf`,
          headers: { cookie: other.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/me/certificates/${randomUUID()}/pdf`,
          headers: { cookie: holder.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/me/certificates/pas-un-id/pdf`,
          headers: { cookie: holder.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/me/certificates/${certificate.id}/pdf`,
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/me/certificates',
          headers: { cookie: other.cookie },
        })
      ).json(),
    ).toEqual([]);
  });

  it('confirms a code publicly with what the certificate says and nothing else about the person; typing mistakes are forgiven', async () => {
    const learner = await person('Awa Diallo');
    await issue(learner.userId);
    const [certificate] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/me/certificates',
        headers: { cookie: learner.cookie },
      })
    ).json();

    const res = await verify(certificate.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: true,
      code: certificate.code,
      holderName: 'Awa Diallo',
      parcours: { title: version.title, slug: version.slug },
      issuedAt: certificate.issuedAt,
      competencies: certificate.competencies,
    });
    expect(res.body).not.toContain(learner.userId);
    expect(res.body).not.toContain('@');
    expect((await verify(certificate.code.toLowerCase().replace(/-/g, ' '))).json().code).toBe(certificate.code);

    const unknown = await verify('CD-0000-0000-0000-0000-0000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('CERTIFICATE_NOT_FOUND');
    expect((await verify('pas-un-code')).json().code).toBe('CERTIFICATE_NOT_FOUND');
  });

  it('draws another code when one is already taken, and refuses to certify a version that does not exist', async () => {
    const first = await person('Première');
    const second = await person('Seconde');
    const taken = Buffer.alloc(13, 7);
    const spy = jest.spyOn(crypto, 'randomBytes');
    try {
      spy.mockReturnValueOnce(taken as never);
      await issue(first.userId);
      spy.mockReturnValueOnce(taken as never).mockReturnValueOnce(Buffer.alloc(13, 9) as never);
      await issue(second.userId);
    } finally {
      spy.mockRestore();
    }
    const codes = await db.query(`SELECT user_id, code FROM certificate WHERE user_id = ANY($1::uuid[]) ORDER BY holder_name`, [[first.userId, second.userId]]);
    expect(codes).toEqual([
      { user_id: first.userId, code: 'CD-0W3G-E1R7-0W3G-E1R7-0W3G' },
      { user_id: second.userId, code: 'CD-144G-J289-144G-J289-144G' },
    ]);

    await expect(
      db.transaction((manager) =>
        t.app
          .get(CertificateIssuer)
          .issue(manager, { userId: first.userId, enrolmentId: randomUUID(), parcoursId: version.parcours_id, versionId: randomUUID(), completedAt: new Date() }),
      ),
    ).rejects.toThrow(/No certificate could be issued/);
  });

  it('limits lookups per address (429 with Retry-After), other addresses still get answers', async () => {
    const ip = '10.99.99.99';
    const answers = [];
    for (let i = 0; i < 31; i += 1) answers.push((await verify('CD-0000-0000-0000-0000-0000', ip)).statusCode);
    expect(answers.slice(0, 30).every((s) => s === 404)).toBe(true);
    const refused = await verify('CD-0000-0000-0000-0000-0000', ip);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await verify('CD-0000-0000-0000-0000-0000')).statusCode).toBe(404);
  });

  it('exports the certificates with the person’s data, and erasure revokes them: the code then says revoked, with no name', async () => {
    const learner = await person('Personne Effacée');
    await issue(learner.userId);
    const [certificate] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/me/certificates',
        headers: { cookie: learner.cookie },
      })
    ).json();
    const contributor = t.app
      .get(PersonalDataRegistry)
      .all()
      .find((c) => c.name === 'certificates');
    if (!contributor) throw new Error('no certificates contributor');
    expect(await db.transaction((m) => contributor.export(learner.userId, m))).toEqual([
      expect.objectContaining({
        code: certificate.code,
        holderName: 'Personne Effacée',
      }),
    ]);

    await db.transaction((m) => contributor.erase(learner.userId, m));
    const res = await verify(certificate.code);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      valid: false,
      code: certificate.code,
      revoked: true,
    });
    const [row] = await db.query(`SELECT user_id, holder_name, enrolment_id FROM certificate WHERE code = $1`, [certificate.code]);
    expect(row).toEqual({
      user_id: null,
      holder_name: null,
      enrolment_id: null,
    });
    expect(await db.transaction((m) => contributor.export(learner.userId, m))).toEqual([]);
  });
});
