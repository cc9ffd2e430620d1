import { Controller, Get, Header, Param, ParseIntPipe, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AUDIENCE_DESCRIPTIONS, CatalogQuery, type ActivityResponse, type AudienceResponse, type ParcoursCardResponse, type ParcoursOutlineResponse, type ReferentielResponse } from '@culture-d/catalog/contracts';
import { Public } from '@culture-d/shared/server';
import type { FastifyReply } from 'fastify';
import { CatalogQueries } from '../catalog.queries';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('catalogue')
@Controller()
export class CatalogueController {
  constructor(private readonly catalog: CatalogQueries) {}

  @Public()
  @Get('audiences')
  @Header('Cache-Control', 'public, max-age=3600')
  audiences(): AudienceResponse[] {
    return AUDIENCE_DESCRIPTIONS;
  }

  @Public()
  @Get('referentiel')
  referentiel(): Promise<ReferentielResponse> {
    return this.catalog.referentiel();
  }

  @Public()
  @Get('parcours')
  list(@Query() query: CatalogQuery): Promise<{ items: ParcoursCardResponse[]; total: number }> {
    return this.catalog.list(query);
  }

  @Public()
  @Get('parcours/:slug')
  outline(@Param('slug') slug: string): Promise<ParcoursOutlineResponse> {
    return this.catalog.outline(slug);
  }

  @Public()
  @Get('activities/:id')
  activity(@Param('id', uuid) id: string): Promise<ActivityResponse> {
    return this.catalog.activity(id);
  }

  /** A lesson's downloadable resource, served from the version's document. */
  @Public()
  @Get('activities/:id/resources/:index')
  async resource(@Param('id', uuid) id: string, @Param('index', new ParseIntPipe({ errorHttpStatusCode: 404 })) index: number, @Res() reply: FastifyReply): Promise<void> {
    const block = await this.catalog.sourceBlock(id, (b, i) => i === index && b['type'] === 'resource');
    const uri = String(block['file']);
    const comma = uri.indexOf(',');
    const payload = uri.slice(comma + 1);
    const body = uri.slice(0, comma).endsWith(';base64') ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
    await reply
      .header('Content-Type', String(block['mediaType']))
      .header('Content-Disposition', `attachment; filename="${String(block['fileName']).replace(/[^\w.-]/g, '_')}"`)
      .header('Cache-Control', 'public, max-age=86400')
      .send(body);
  }

  /** A dataset block as a CSV download. */
  @Public()
  @Get('activities/:id/datasets/:file')
  async dataset(@Param('id', uuid) id: string, @Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const key = file.replace(/\.csv$/, '');
    const block = await this.catalog.sourceBlock(id, (b) => b['type'] === 'dataset' && b['key'] === key);
    await reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${key.replace(/[^\w.-]/g, '_')}.csv"`)
      .header('Cache-Control', 'public, max-age=86400')
      .send(String(block['csv']));
  }
}
