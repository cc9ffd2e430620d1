import { Body, Controller, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ForgotPasswordRequest, LoginRequest, RegisterRequest, ResetPasswordRequest, type UserResponse } from '@culture-d/identity/contracts';
import { CurrentPrincipal, Public, type RequestWithPrincipal, SignedIn, type Principal } from '@culture-d/shared/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionService } from '../services/session.service';
import { RegisterUseCase } from '../use-cases/register.use-case';
import { RequestPasswordResetUseCase } from '../use-cases/request-password-reset.use-case';
import { ResetPasswordUseCase } from '../use-cases/reset-password.use-case';
import { SignInUseCase } from '../use-cases/sign-in.use-case';
import { SignOutUseCase } from '../use-cases/sign-out.use-case';
import { ListUsersUseCase } from '../use-cases/list-users.use-case';
import { UserNotFoundError } from '@culture-d/identity/domain';
import { toUserResponse } from '../user.mapper';

const context = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly register$: RegisterUseCase,
    private readonly signIn$: SignInUseCase,
    private readonly signOut$: SignOutUseCase,
    private readonly requestReset$: RequestPasswordResetUseCase,
    private readonly reset$: ResetPasswordUseCase,
    private readonly users: ListUsersUseCase,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ description: 'The account exists and the caller is signed in.' })
  async register(@Body() body: RegisterRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserResponse> {
    const { user, token, session } = await this.register$.execute(body, context(request));
    this.sessions.setCookie(reply, token, session);
    return toUserResponse(user);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in.' })
  async login(@Body() body: LoginRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserResponse> {
    const { user, token, session } = await this.signIn$.execute(body, context(request));
    this.sessions.setCookie(reply, token, session);
    return toUserResponse(user);
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is dead server-side.' })
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.signOut$.execute(principal);
    this.sessions.clearCookie(reply);
  }

  @SignedIn()
  @Get('me')
  async me(@CurrentPrincipal() principal: Principal): Promise<UserResponse> {
    const user = await this.users.findOne(principal.userId);
    if (!user) throw new UserNotFoundError();
    return toUserResponse(user);
  }

  /**
   * Who is signed in, for the web app's start: a visitor gets 200 `{ user: null }` rather than the 401 of `/me`, so
   * that every first visit does not log an error in the browser console.
   */
  @Public()
  @Get('session')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: '`{ user }`: the signed-in person, or null.' })
  async session(@Req() request: RequestWithPrincipal): Promise<{ user: UserResponse | null }> {
    const userId = request.principal?.userId;
    const user = userId ? await this.users.findOne(userId) : null;
    return { user: user ? toUserResponse(user) : null };
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always accepted; an e-mail leaves when the address has an account.' })
  async forgot(@Body() body: ForgotPasswordRequest, @Req() request: FastifyRequest): Promise<{ status: 'accepted' }> {
    await this.requestReset$.execute(body.email, context(request));
    return { status: 'accepted' };
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() body: ResetPasswordRequest): Promise<void> {
    await this.reset$.execute(body);
  }
}
