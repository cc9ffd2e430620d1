import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateGroupRequest,
  JoinGroupRequest,
  MembersCsvQuery,
  MembershipRequest,
  UpdateGroupRequest,
  type GroupMembersResponse,
  type GroupResponse,
  type MyGroupResponse,
} from '@culture-d/groups/contracts';
import { CurrentPrincipal, Roles, SignedIn, type Principal } from '@culture-d/shared/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GroupMembersUseCase } from './use-cases/group-members.use-case';
import { ManageGroupsUseCase } from './use-cases/manage-groups.use-case';
import { MembershipUseCase } from './use-cases/membership.use-case';

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Groups (docs/groups.md): facilitators manage them and follow consenting members; anyone signed in joins with a code. */
@ApiTags('groups')
@Controller()
export class GroupsController {
  constructor(
    private readonly groups$: ManageGroupsUseCase,
    private readonly membership$: MembershipUseCase,
    private readonly members$: GroupMembersUseCase,
  ) {}

  @Roles('facilitator', 'admin')
  @Post('groups')
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateGroupRequest): Promise<GroupResponse> {
    return this.groups$.create(principal, body);
  }

  /** The groups the caller facilitates, with member counts. A member's groups are at `GET /api/me/groups`. */
  @Roles('facilitator', 'admin')
  @Get('groups')
  list(@CurrentPrincipal() principal: Principal): Promise<{ items: GroupResponse[]; total: number }> {
    return this.groups$.list(principal);
  }

  /** 201 for a new membership, 200 when already a member (the `shareProgress` given now applies). */
  @SignedIn()
  @Post('groups/join')
  async join(
    @CurrentPrincipal() principal: Principal,
    @Body() body: JoinGroupRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MyGroupResponse> {
    const { created, group } = await this.membership$.join(principal.userId, request.ip, body);
    void reply.status(created ? 201 : 200);
    return group;
  }

  @SignedIn()
  @Get('me/groups')
  mine(@CurrentPrincipal() principal: Principal): Promise<{ items: MyGroupResponse[]; total: number }> {
    return this.membership$.mine(principal.userId);
  }

  @Roles('facilitator', 'admin')
  @Get('groups/:id')
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<GroupResponse> {
    return this.groups$.get(principal, id);
  }

  @Roles('facilitator', 'admin')
  @Patch('groups/:id')
  update(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: UpdateGroupRequest): Promise<GroupResponse> {
    return this.groups$.update(principal, id, body);
  }

  /** Archives the group: its code stops working and it disappears from every list. */
  @Roles('facilitator', 'admin')
  @Delete('groups/:id')
  @HttpCode(204)
  async archive(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<void> {
    await this.groups$.archive(principal, id);
  }

  /** The member's consent, changeable any time. */
  @SignedIn()
  @Patch('groups/:id/membership')
  setSharing(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: MembershipRequest): Promise<MyGroupResponse> {
    return this.membership$.setSharing(principal.userId, id, body.shareProgress);
  }

  @SignedIn()
  @Delete('groups/:id/membership')
  @HttpCode(204)
  async leave(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<void> {
    await this.membership$.leave(principal.userId, id);
  }

  /** Every member by name; progress of those who consented, and only theirs. */
  @Roles('facilitator', 'admin')
  @Get('groups/:id/members')
  members(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<GroupMembersResponse> {
    return this.members$.list(principal, id);
  }

  /** Consenting members only; `?separator=semicolon` for French spreadsheet software. */
  @Roles('facilitator', 'admin')
  @Get('groups/:id/members.csv')
  async membersCsv(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Query() query: MembersCsvQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const csv = await this.members$.csv(principal, id, query.separator === 'semicolon' ? ';' : ',');
    void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="groupe-suivi.csv"');
    return csv;
  }
}
