/** Settings the identity domain receives from the application's configuration. */
export class IdentityOptions {
  /** `https://…` makes cookies `Secure` with the `__Host-` prefix. */
  publicUrl = 'http://localhost:3000';

  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  get sessionCookieName(): string {
    return this.secureCookies ? '__Host-cd_session' : 'cd_session';
  }
}
