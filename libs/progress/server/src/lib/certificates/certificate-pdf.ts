import { Injectable } from '@nestjs/common';
import fontkit from '@pdf-lib/fontkit';
import { frenchCertificateDate } from '@culture-d/progress/domain';
import type { CertificateCompetency } from '@culture-d/progress/contracts';
import { readFile } from 'node:fs/promises';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** What the PDF shows. */
export interface CertificateSheet {
  holderName: string;
  parcoursTitle: string;
  issuedAt: Date;
  competencies: CertificateCompetency[];
  code: string;
  verificationUrl: string;
}

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 64;
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
const INK = rgb(0.13, 0.13, 0.2);
const ACCENT = rgb(0.0, 0.36, 0.55);
const MUTED = rgb(0.35, 0.35, 0.42);
/** Lines for the competencies; beyond, the list ends with "… et N autres": the certificate stays one page. */
const MAX_COMPETENCY_LINES = 7;

/**
 * The certificate as a one-page PDF made with pdf-lib (docs/adr/0011-certificates-pdf.md). The DejaVu Sans fonts come
 * from the `dejavu-fonts-ttf` package (Bitstream Vera licence, free to embed) and are embedded as subsets: the file
 * renders the same everywhere, with every French character, and producing it needs neither the network nor any font
 * installed on the server.
 */
@Injectable()
export class CertificatePdf {
  private fonts?: Promise<{ regular: Uint8Array; bold: Uint8Array }>;
  /**
   * fontkit parses a 700 kB TrueType file each time pdf-lib embeds it; the parsed font is read-only (each PDF makes its
   * own subset), so one parse per font is shared by every rendering: three times faster.
   */
  private readonly parsedFonts = new Map<Uint8Array, ReturnType<Fontkit['create']>>();
  private readonly fontkit: Fontkit = {
    create: (bytes, postscriptName) => {
      let font = this.parsedFonts.get(bytes);
      if (!font) {
        font = fontkit.create(bytes, postscriptName);
        this.parsedFonts.set(bytes, font);
      }
      return font;
    },
  };

  async render(sheet: CertificateSheet): Promise<Uint8Array> {
    const fonts = await this.loadFonts();
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(this.fontkit);
    const regular = await pdf.embedFont(fonts.regular, { subset: true });
    const bold = await pdf.embedFont(fonts.bold, { subset: true });
    const date = frenchCertificateDate(sheet.issuedAt);
    pdf.setTitle(`Certificat Culture D — ${sheet.parcoursTitle}`);
    pdf.setSubject(`${sheet.holderName} a terminé le parcours « ${sheet.parcoursTitle} » le ${date}.`);
    pdf.setAuthor('Culture D');
    pdf.setCreator('Culture D');
    pdf.setProducer('Culture D (pdf-lib)');
    pdf.setLanguage('fr-FR');
    pdf.setCreationDate(sheet.issuedAt);
    pdf.setModificationDate(sheet.issuedAt);

    const page = pdf.addPage([PAGE.width, PAGE.height]);
    page.drawRectangle({
      x: 24,
      y: 24,
      width: PAGE.width - 48,
      height: PAGE.height - 48,
      borderColor: ACCENT,
      borderWidth: 2,
    });
    let y = PAGE.height - MARGIN - 10;
    y = centred(page, 'Culture D', bold, 14, y, ACCENT) - 42;
    y = centred(page, 'Certificat de réussite', bold, 30, y, INK) - 34;
    y = centred(page, 'Ce certificat atteste que', regular, 13, y, MUTED) - 32;
    for (const line of wrap(sheet.holderName, bold, 24, PAGE.width - 2 * MARGIN).slice(0, 2)) y = centred(page, line, bold, 24, y, INK) - 28;
    y = centred(page, 'a terminé le parcours', regular, 13, y + 4, MUTED) - 26;
    for (const line of wrap(sheet.parcoursTitle, bold, 18, PAGE.width - 2 * MARGIN).slice(0, 3)) y = centred(page, line, bold, 18, y, ACCENT) - 22;
    y = centred(page, `le ${date}`, regular, 13, y, INK) - 30;

    if (sheet.competencies.length) {
      page.drawText('Compétences travaillées', {
        x: MARGIN,
        y,
        size: 11,
        font: bold,
        color: INK,
      });
      y -= 16;
      // Whole competencies only, as many as fit in the lines allowed (one is kept for the "and N more" line).
      const blocks = sheet.competencies.map((c) => wrap(`• ${c.label} (${c.code})`, regular, 10, PAGE.width - 2 * MARGIN - 12));
      const total = blocks.reduce((n, b) => n + b.length, 0);
      const budget = total > MAX_COMPETENCY_LINES ? MAX_COMPETENCY_LINES - 1 : MAX_COMPETENCY_LINES;
      let used = 0;
      let shown = 0;
      while (shown < blocks.length && used + blocks[shown].length <= budget) used += blocks[shown++].length;
      for (const line of blocks.slice(0, shown).flat()) {
        page.drawText(line, { x: MARGIN + 12, y, size: 10, font: regular, color: INK });
        y -= 13;
      }
      const left = blocks.length - shown;
      if (left) page.drawText(`… et ${left} autre${left > 1 ? 's' : ''} : voir la page de vérification`, { x: MARGIN + 12, y, size: 10, font: regular, color: MUTED });
    }

    page.drawText(`Code de vérification : ${sheet.code}`, {
      x: MARGIN,
      y: 62,
      size: 11,
      font: bold,
      color: INK,
    });
    page.drawText(`Vérifier ce certificat : ${sheet.verificationUrl}`, {
      x: MARGIN,
      y: 46,
      size: 9,
      font: regular,
      color: MUTED,
    });
    // Plain objects (no object streams): older readers open it, and the embedded fonts are visible to a quick check.
    return pdf.save({ useObjectStreams: false });
  }

  private loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
    this.fonts ??= Promise.all([readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'))]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    return this.fonts;
  }
}

function centred(page: PDFPage, text: string, font: PDFFont, size: number, y: number, color: ReturnType<typeof rgb>): number {
  page.drawText(text, {
    x: (PAGE.width - font.widthOfTextAtSize(text, size)) / 2,
    y,
    size,
    font,
    color,
  });
  return y;
}

/** Greedy word wrap to `width` points; a single word longer than the line is cut. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
