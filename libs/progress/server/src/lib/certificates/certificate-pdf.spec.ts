import type pdfParse from 'pdf-parse';
import { CertificatePdf, type CertificateSheet } from './certificate-pdf';

// The library's own entry point reads a sample file when it has no parent module (as under Jest).
const pdf: typeof pdfParse = require('pdf-parse/lib/pdf-parse.js');

const sheet = (overrides: Partial<CertificateSheet> = {}): CertificateSheet => ({
  holderName: 'Camille Nguyễn-Müller',
  parcoursTitle: 'Les données de ma commune',
  issuedAt: new Date('2026-11-27T10:00:00Z'),
  competencies: [{ code: 'C1.1', label: 'Définir une donnée' }],
  code: 'CD-1A2B-3C4D-5E6F-7G8H-9JK0',
  verificationUrl: 'https://culture-d.fr/certificats/CD-1A2B-3C4D-5E6F-7G8H-9JK0',
  ...overrides,
});

async function read(bytes: Uint8Array): Promise<{ text: string; pages: number; title: string }> {
  const parsed = await pdf(Buffer.from(bytes));
  return { text: parsed.text.replace(/\s+/g, ' '), pages: parsed.numpages, title: parsed.info?.Title };
}

describe('certificate PDF', () => {
  const renderer = new CertificatePdf();

  it('prints every character of French and other Latin names, with the title in the metadata', async () => {
    const { text, pages, title } = await read(await renderer.render(sheet()));
    expect(pages).toBe(1);
    expect(text).toContain('Camille Nguyễn-Müller');
    expect(text).toContain('a terminé le parcours');
    expect(text).toContain('le 27 novembre 2026');
    expect(text).toContain('Définir une donnée (C1.1)');
    expect(title).toBe('Certificat Culture D — Les données de ma commune');
  });

  it('wraps a long title and a long name on one page, and cuts a word longer than the line', async () => {
    const long = 'Comprendre, ouvrir et réutiliser les données publiques de sa collectivité territoriale au service des habitantes et des habitants';
    const { text, pages } = await read(await renderer.render(sheet({ parcoursTitle: long, holderName: `Anticonstitutionnellement${'x'.repeat(60)}` })));
    expect(pages).toBe(1);
    for (const word of long.split(' ')) expect(text).toContain(word);
    expect(text.replace(/ /g, '')).toContain(`Anticonstitutionnellement${'x'.repeat(60)}`);
  });

  it('keeps many competencies on the page and says how many are left out', async () => {
    const competencies = Array.from({ length: 12 }, (_, i) => ({ code: `C${i + 1}.1`, label: `Compétence numéro ${i + 1}` }));
    const { text, pages } = await read(await renderer.render(sheet({ competencies })));
    expect(pages).toBe(1);
    expect(text).toContain('Compétence numéro 6 (C6.1)');
    expect(text).not.toContain('Compétence numéro 7 (C7.1)');
    expect(text).toMatch(/(…|\.\.\.) et 6 autres : voir la page de vérification/);
    expect(text).toContain('CD-1A2B-3C4D-5E6F-7G8H-9JK0');
  });

  it('leaves the competencies out when there are none', async () => {
    const { text } = await read(await renderer.render(sheet({ competencies: [] })));
    expect(text).not.toContain('Compétences travaillées');
  });
});
