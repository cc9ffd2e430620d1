/** An entry of the main navigation: a translation key and a router link (optionally to a fragment of it). */
export interface NavItem {
  readonly labelKey: string;
  readonly link: string;
  readonly fragment?: string;
  /** Whether the link is current only on its exact URL (e.g. the home page). */
  readonly exact?: boolean;
}
