import '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LAST_SEEN_RESOLUTION_SECONDS, isSessionAlive, sessionLifetime } from '@culture-d/identity/domain';
import type { Role } from '@culture-d/shared/contracts';
import type { Principal, PrincipalResolver } from '@culture-d/shared/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import { IdentityOptions } from '../identity.options';
import { newToken, sha256 } from './tokens';

interface SessionRow {
  id: string;
  user_id: string;
  roles: Role[];
  created_at: Date;
  last_seen_at: Date;
  idle_seconds: number;
  absolute_seconds: number;
}

/** Opaque server-side sessions (docs/adr/0003-sessions-and-access.md). */
@Injectable()
export class SessionService implements PrincipalResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly options: IdentityOptions,
  ) {}

  /** Opens a session for the user, inside the caller's transaction; returns the cookie value. */
  async open(manager: EntityManager, userId: string, roles: readonly Role[], userAgent: string | undefined): Promise<{ token: string; session: SessionEntity }> {
    const token = newToken();
    const lifetime = sessionLifetime(roles);
    const session = manager.create(SessionEntity, {
      tokenHash: sha256(token),
      userId,
      lastSeenAt: new Date(),
      idleSeconds: lifetime.idleSeconds,
      absoluteSeconds: lifetime.absoluteSeconds,
      userAgent: userAgent ? userAgent.slice(0, 200) : null,
    });
    await manager.save(session);
    return { token, session };
  }

  /** One indexed lookup per request with a cookie; `last_seen_at` is written at most once a minute. */
  async resolve(request: FastifyRequest): Promise<Principal | undefined> {
    const token = request.cookies?.[this.options.sessionCookieName];
    if (!token || token.length > 100) return undefined;
    const rows = (await this.dataSource.query(
      `SELECT s.id, s.user_id, u.roles, s.created_at, s.last_seen_at, s.idle_seconds, s.absolute_seconds
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND u.deactivated_at IS NULL`,
      [sha256(token)],
    )) as SessionRow[];
    const row = rows[0];
    if (!row) return undefined;
    const now = new Date();
    const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, idleSeconds: row.idle_seconds, absoluteSeconds: row.absolute_seconds };
    if (!isSessionAlive(times, now)) {
      await this.dataSource.query(`DELETE FROM session WHERE id = $1`, [row.id]);
      return undefined;
    }
    if (now.getTime() - row.last_seen_at.getTime() > LAST_SEEN_RESOLUTION_SECONDS * 1000) {
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [row.id]);
      await this.dataSource.query(`UPDATE user_account SET last_active_at = now(), retention_warned_at = NULL WHERE id = $1`, [row.user_id]);
    }
    return { userId: row.user_id, roles: row.roles, sessionId: row.id };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }

  /** Every session of the user, but `keepSessionId` when given. */
  async revokeAll(manager: EntityManager, userId: string, keepSessionId?: string): Promise<void> {
    const query = manager.createQueryBuilder().delete().from(SessionEntity).where('user_id = :userId', { userId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    await query.execute();
  }

  listForUser(userId: string): Promise<SessionEntity[]> {
    return this.dataSource.getRepository(SessionEntity).find({ where: { userId }, order: { lastSeenAt: 'DESC' } });
  }

  setCookie(reply: FastifyReply, token: string, session: SessionEntity): void {
    void reply.setCookie(this.options.sessionCookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.options.secureCookies,
      path: '/',
      // The browser keeps the cookie until the absolute end; the server enforces the idle limit.
      expires: new Date((session.createdAt ?? new Date()).getTime() + session.absoluteSeconds * 1000),
    });
  }

  clearCookie(reply: FastifyReply): void {
    void reply.clearCookie(this.options.sessionCookieName, { httpOnly: true, sameSite: 'lax', secure: this.options.secureCookies, path: '/' });
  }
}
