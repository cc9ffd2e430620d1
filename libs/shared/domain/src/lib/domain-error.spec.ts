import { DomainError, DomainErrorKind } from './domain-error';

class WorkshopFullError extends DomainError {
  readonly code = 'WORKSHOP_FULL';
  readonly kind = DomainErrorKind.Conflict;
}

describe('DomainError', () => {
  it('carries a stable code, a kind, safe details and its own class name', () => {
    const error = new WorkshopFullError('No seat left', { seats: 12 });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('WORKSHOP_FULL');
    expect(error.kind).toBe('conflict');
    expect(error.details).toEqual({ seats: 12 });
    expect(error.name).toBe('WorkshopFullError');
    expect(error.message).toBe('No seat left');
  });
});
