import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';

@Injectable()
export class ListUsersUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Search by e-mail or name (accent- and case-insensitive), newest first. */
  async execute(query: { q?: string; limit: number; offset: number }): Promise<{ items: UserAccountEntity[]; total: number }> {
    const builder = this.dataSource.getRepository(UserAccountEntity).createQueryBuilder('u').orderBy('u.created_at', 'DESC').addOrderBy('u.id').take(query.limit).skip(query.offset);
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.where('(f_unaccent(u.display_name) ILIKE f_unaccent(:pattern) OR u.email ILIKE :pattern)', { pattern });
    }
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }

  findOne(id: string): Promise<UserAccountEntity | null> {
    return this.dataSource.getRepository(UserAccountEntity).findOne({ where: { id } });
  }
}
