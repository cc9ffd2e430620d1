import type { CompetencyFrameworkDocument } from '@culture-d/catalog/contracts';

export interface ReferentielIssue {
  path: string;
  message: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Checks a référentiel document: non-empty domains, codes well-formed and unique across domains and competencies. */
export function validateReferentiel(input: unknown): { ok: true; document: CompetencyFrameworkDocument } | { ok: false; errors: ReferentielIssue[] } {
  const errors: ReferentielIssue[] = [];
  const add = (path: string, message: string) => errors.push({ path, message });
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const text = (v: unknown, path: string, max: number) => {
    if (typeof v !== 'string' || !v.trim()) add(path, 'must be a non-empty text');
    else if (v.length > max) add(path, `must be at most ${max} characters`);
  };
  if (!isObject(input)) return { ok: false, errors: [{ path: '', message: 'must be an object' }] };
  const known = new Set(['format', 'domains']);
  Object.keys(input).filter((k) => !known.has(k)).forEach((k) => add(`/${k}`, 'is not allowed'));
  if (input['format'] !== 'culture-d/referentiel@1') add('/format', 'must be "culture-d/referentiel@1"');
  const domains = input['domains'];
  if (!Array.isArray(domains) || domains.length === 0) {
    add('/domains', 'must list at least one domain');
    return { ok: false, errors };
  }
  const codes = new Set<string>();
  const code = (v: unknown, path: string) => {
    if (typeof v !== 'string' || !CODE.test(v)) add(path, 'must be a short code (letters, digits, . _ -)');
    else if (codes.has(v)) add(path, `"${v}" is used twice`);
    else codes.add(v);
  };
  domains.forEach((domain: unknown, i) => {
    const path = `/domains/${i}`;
    if (!isObject(domain)) {
      add(path, 'must be an object');
      return;
    }
    Object.keys(domain).filter((k) => !['code', 'title', 'description', 'competencies'].includes(k)).forEach((k) => add(`${path}/${k}`, 'is not allowed'));
    code(domain['code'], `${path}/code`);
    text(domain['title'], `${path}/title`, 200);
    text(domain['description'], `${path}/description`, 1000);
    const competencies = domain['competencies'];
    if (!Array.isArray(competencies)) {
      add(`${path}/competencies`, 'must be a list');
      return;
    }
    competencies.forEach((competency: unknown, j) => {
      const cpath = `${path}/competencies/${j}`;
      if (!isObject(competency)) {
        add(cpath, 'must be an object');
        return;
      }
      Object.keys(competency).filter((k) => !['code', 'title', 'description'].includes(k)).forEach((k) => add(`${cpath}/${k}`, 'is not allowed'));
      code(competency['code'], `${cpath}/code`);
      text(competency['title'], `${cpath}/title`, 200);
      text(competency['description'], `${cpath}/description`, 1000);
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, document: input as unknown as CompetencyFrameworkDocument };
}
