/** One member as the read model gives it, before the consent filter. */
export interface MemberRecord<Progress> {
  displayName: string;
  joinedAt: string;
  shareProgress: boolean;
  progress: Progress;
}

export type VisibleMember<Progress> = { displayName: string; joinedAt: string; shared: false } | ({ displayName: string; joinedAt: string; shared: true } & Progress);

/**
 * What a group's facilitator may see of one member. A member who has not consented is listed by name (they chose to
 * join the group with its code, so the facilitator knows they are there) and nothing else: no enrolment, no score, no
 * attendance, not even an empty list that would hint at inactivity.
 */
export function visibleToFacilitator<Progress extends object>(member: MemberRecord<Progress>): VisibleMember<Progress> {
  if (member.shareProgress !== true)
    return {
      displayName: member.displayName,
      joinedAt: member.joinedAt,
      shared: false,
    };
  return {
    displayName: member.displayName,
    joinedAt: member.joinedAt,
    shared: true,
    ...member.progress,
  };
}

/** The CSV export holds consenting members only. */
export function exportableMembers<Progress extends object>(members: readonly MemberRecord<Progress>[]): (VisibleMember<Progress> & { shared: true })[] {
  return members.map((m) => visibleToFacilitator(m)).filter((m): m is VisibleMember<Progress> & { shared: true } => m.shared);
}
