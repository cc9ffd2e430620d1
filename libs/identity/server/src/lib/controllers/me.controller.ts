import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ChangePasswordRequest, UpdateProfileRequest, type SessionResponse, type UserResponse } from '@culture-d/identity/contracts';
import { CurrentPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import { SessionService } from '../services/session.service';
import { ChangePasswordUseCase } from '../use-cases/change-password.use-case';
import { SignOutUseCase } from '../use-cases/sign-out.use-case';
import { UpdateProfileUseCase } from '../use-cases/update-profile.use-case';
import { toSessionResponse, toUserResponse } from '../user.mapper';

@ApiTags('identity')
@Controller('me')
export class MeController {
  constructor(
    private readonly updateProfile$: UpdateProfileUseCase,
    private readonly changePassword$: ChangePasswordUseCase,
    private readonly signOut$: SignOutUseCase,
    private readonly sessions: SessionService,
  ) {}

  @SignedIn()
  @Patch()
  async update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateProfileRequest): Promise<UserResponse> {
    return toUserResponse(await this.updateProfile$.execute(principal.userId, body));
  }

  @SignedIn()
  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordRequest): Promise<void> {
    await this.changePassword$.execute(principal, body);
  }

  @SignedIn()
  @Get('sessions')
  async listSessions(@CurrentPrincipal() principal: Principal): Promise<{ items: SessionResponse[] }> {
    const sessions = await this.sessions.listForUser(principal.userId);
    return { items: sessions.map((s) => toSessionResponse(s, principal.sessionId)) };
  }

  /** Signs out everywhere else (lost phone, shared computer). */
  @SignedIn()
  @Delete('sessions')
  @HttpCode(204)
  async signOutElsewhere(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.signOut$.execute(principal, true);
  }
}
