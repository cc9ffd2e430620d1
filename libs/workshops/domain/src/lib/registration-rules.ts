export interface RegistrationWindow {
  status: 'draft' | 'published' | 'cancelled';
  registrationOpensAt: Date | null;
  registrationClosesAt: Date;
}

/** Registrations are taken for published workshops, between the opening (if any) and the closing time. */
export function isRegistrationOpen(workshop: RegistrationWindow, now: Date): boolean {
  if (workshop.status !== 'published') return false;
  if (workshop.registrationOpensAt && now < workshop.registrationOpensAt) return false;
  return now < workshop.registrationClosesAt;
}

/** Seats left, or null when the workshop has no limit. */
export function seatsLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}
