import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ParcoursNotFoundError } from '../catalog.errors';
import { ParcoursEntity } from '../entities/parcours.entity';

/** Hides a parcours from the catalogue; versions (and the progress pointing at them) stay. */
@Injectable()
export class UnpublishParcoursUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(parcoursId: string): Promise<void> {
    const result = await this.dataSource.getRepository(ParcoursEntity).update({ id: parcoursId, status: 'published' }, { status: 'unpublished' });
    if (!result.affected && !(await this.dataSource.getRepository(ParcoursEntity).exists({ where: { id: parcoursId } }))) throw new ParcoursNotFoundError();
  }
}
