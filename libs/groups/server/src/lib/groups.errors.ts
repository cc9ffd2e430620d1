import { GroupErrorCode } from '@culture-d/groups/contracts';
import { DomainError, DomainErrorKind } from '@culture-d/shared/domain';

/** Also what anyone but the group's facilitator or an admin gets: a group one may not see does not exist. */
export class GroupNotFoundError extends DomainError {
  readonly code = GroupErrorCode.GroupNotFound;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No such group.');
  }
}

export class GroupCodeUnknownError extends DomainError {
  readonly code = GroupErrorCode.GroupCodeUnknown;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('No group has this code. Check it with the person who gave it to you.');
  }
}

export class NotMemberError extends DomainError {
  readonly code = GroupErrorCode.NotMember;
  readonly kind = DomainErrorKind.NotFound;
  constructor() {
    super('You are not a member of this group.');
  }
}

export class ParcoursUnknownError extends DomainError {
  readonly code = GroupErrorCode.ParcoursUnknown;
  readonly kind = DomainErrorKind.RuleViolated;
  constructor(slugs: string[]) {
    super(`No published parcours with these slugs: ${slugs.join(', ')}.`, { slugs }, [
      {
        field: 'parcours',
        message: `unknown or unpublished parcours: ${slugs.join(', ')}`,
      },
    ]);
  }
}

export class InvalidGroupNameError extends DomainError {
  readonly code = GroupErrorCode.InvalidName;
  readonly kind = DomainErrorKind.Invalid;
  constructor(message: string) {
    super('The group needs a name.', {}, [{ field: 'name', message }]);
  }
}
