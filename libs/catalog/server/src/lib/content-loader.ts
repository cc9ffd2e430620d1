import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlockDocument, CompetencyFrameworkDocument, ImageRef, ParcoursDocument } from '@culture-d/catalog/contracts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { DataSource } from 'typeorm';
import { CompetencyDomainEntity, CompetencyEntity } from './entities/competency.entity';
import { ParcoursEntity } from './entities/parcours.entity';
import { ImportParcoursUseCase } from './use-cases/import-parcours.use-case';
import { PublishParcoursUseCase } from './use-cases/publish-parcours.use-case';

const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

export interface ContentReport {
  referentiel: { domains: number; competencies: number };
  imported: string[];
  skipped: string[];
}

/**
 * Loads the starter catalogue from `content/` through the same import and publish code as authors use. Idempotent:
 * the référentiel is upserted, and a parcours whose slug exists is left as it is (authors may have edited it).
 */
@Injectable()
export class ContentLoader {
  private readonly logger = new Logger('Content');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: ImportParcoursUseCase,
    private readonly publisher: PublishParcoursUseCase,
  ) {}

  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(ParcoursEntity).exists());
  }

  async load(contentDir: string): Promise<ContentReport> {
    const root = resolve(contentDir);
    const report: ContentReport = { referentiel: { domains: 0, competencies: 0 }, imported: [], skipped: [] };
    if (!existsSync(root)) {
      this.logger.warn({ contentDir: root }, 'no content folder: nothing loaded');
      return report;
    }
    await this.dataSource.transaction(async (manager) => {
      const referentielPath = join(root, 'referentiel.json');
      if (existsSync(referentielPath)) {
        const framework = JSON.parse(readFileSync(referentielPath, 'utf8')) as CompetencyFrameworkDocument;
        for (const [position, domain] of framework.domains.entries()) {
          await manager.upsert(CompetencyDomainEntity, { code: domain.code, title: domain.title, description: domain.description, position }, ['code']);
          for (const [index, competency] of domain.competencies.entries()) {
            await manager.upsert(CompetencyEntity, { code: competency.code, domainCode: domain.code, title: competency.title, description: competency.description, position: index }, ['code']);
            report.referentiel.competencies += 1;
          }
          report.referentiel.domains += 1;
        }
      }
      const parcoursRoot = join(root, 'parcours');
      const folders = existsSync(parcoursRoot) ? readdirSync(parcoursRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
      for (const folder of folders) {
        const file = join(parcoursRoot, folder, 'parcours.json');
        if (!existsSync(file)) continue;
        const document = inlineFiles(JSON.parse(readFileSync(file, 'utf8')) as ParcoursDocument, join(parcoursRoot, folder));
        if (await manager.exists(ParcoursEntity, { where: { slug: document.parcours.slug } })) {
          report.skipped.push(document.parcours.slug);
          continue;
        }
        const parcours = await this.importer.execute(document, null, manager);
        await this.publisher.execute(parcours.id, null, manager);
        report.imported.push(document.parcours.slug);
      }
    });
    this.logger.log(report, 'starter content loaded');
    return report;
  }
}

/** Content files name their images, files and datasets by relative path; the import format carries them inline. */
export function inlineFiles(document: ParcoursDocument, folder: string): ParcoursDocument {
  const read = (relative: string) => {
    const path = resolve(folder, relative);
    if (!path.startsWith(resolve(folder) + sep)) throw new Error(`${relative} points outside ${folder}`);
    return readFileSync(path);
  };
  const dataUri = (relative: string) => `data:${MEDIA_TYPES[extname(relative).toLowerCase()] ?? 'application/octet-stream'};base64,${read(relative).toString('base64')}`;
  const isRelative = (value: string) => !/^(data:|https?:)/.test(value);
  const image = <T extends ImageRef>(ref: T): T => (isRelative(ref.src) ? { ...ref, src: dataUri(ref.src) } : ref);
  const block = (b: BlockDocument): BlockDocument => {
    if (b.type === 'image') return image(b);
    if (b.type === 'resource') return isRelative(b.file) ? { ...b, file: dataUri(b.file) } : b;
    if (b.type === 'dataset') return /\.csv$/i.test(b.csv) && !b.csv.includes('\n') ? { ...b, csv: read(b.csv).toString('utf8') } : b;
    return b;
  };
  const p = document.parcours;
  return {
    ...document,
    parcours: {
      ...p,
      ...(p.cover ? { cover: image(p.cover) } : {}),
      modules: p.modules.map((m) => ({ ...m, activities: m.activities.map((a) => (a.type === 'lesson' ? { ...a, blocks: a.blocks.map(block) } : a)) })),
    },
  };
}
