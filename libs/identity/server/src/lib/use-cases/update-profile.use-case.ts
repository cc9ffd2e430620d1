import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UpdateProfileRequest } from '@culture-d/identity/contracts';
import { UserNotFoundError } from '@culture-d/identity/domain';
import { DataSource } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';

@Injectable()
export class UpdateProfileUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(userId: string, request: UpdateProfileRequest): Promise<UserAccountEntity> {
    const changes = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
    const repository = this.dataSource.getRepository(UserAccountEntity);
    if (Object.keys(changes).length) await repository.update({ id: userId }, changes);
    const user = await repository.findOne({ where: { id: userId } });
    if (!user) throw new UserNotFoundError();
    return user;
  }
}
