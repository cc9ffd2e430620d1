import { AuditEventEntity } from './audit-event.entity';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionEntity } from './session.entity';
import { ThrottleCounterEntity } from './throttle-counter.entity';
import { UserAccountEntity } from './user-account.entity';

export { AuditEventEntity, PasswordResetEntity, SessionEntity, ThrottleCounterEntity, UserAccountEntity };
export const identityEntities = [UserAccountEntity, SessionEntity, PasswordResetEntity, ThrottleCounterEntity, AuditEventEntity];
