import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListUsersQuery, UpdateAccountRequest, type AdminUserResponse, type ListResponse } from '@culture-d/identity/contracts';
import { UserNotFoundError } from '@culture-d/identity/domain';
import { CurrentPrincipal, Roles, type Principal } from '@culture-d/shared/server';
import { ListUsersUseCase } from '../use-cases/list-users.use-case';
import { UpdateAccountUseCase } from '../use-cases/update-account.use-case';
import { toAdminUserResponse } from '../user.mapper';

@ApiTags('administration')
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly list$: ListUsersUseCase,
    private readonly update$: UpdateAccountUseCase,
  ) {}

  @Roles('admin')
  @Get()
  async list(@Query() query: ListUsersQuery): Promise<ListResponse<AdminUserResponse>> {
    const { items, total } = await this.list$.execute(query);
    return { items: items.map(toAdminUserResponse), total };
  }

  @Roles('admin')
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 })) id: string): Promise<AdminUserResponse> {
    const user = await this.list$.findOne(id);
    if (!user) throw new UserNotFoundError();
    return toAdminUserResponse(user);
  }

  @Roles('admin')
  @Patch(':id')
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ version: '4', errorHttpStatusCode: 404 })) id: string,
    @Body() body: UpdateAccountRequest,
  ): Promise<AdminUserResponse> {
    return toAdminUserResponse(await this.update$.execute(principal.userId, id, { roles: body.roles, active: body.active }));
  }
}
