/**
 * Who is signed in. The access token lives in the add-in's own browser storage (localStorage of the
 * taskpane's origin), never in the document: a document is mailed around, a token must not be.
 * Every API call carries the token while signed in (api.setAccessToken).
 *
 * Inside Office, where the server offers it, the user may sign in with Office single sign-on instead
 * (office-sign-in.ts): that token is never stored, only held in memory while the page is open.
 *
 * Where Office partitions the add-in's storage (Word on the web), the keys start with
 * Office.context.partitionKey, as Microsoft asks of add-ins: see storageKey.
 */
import { api, ApiError, setAccessToken, setCredentials, setUnauthorizedHandler, type User } from './api.ts';
import { OfficeSignInError, type OfficeToken } from './office-sign-in.ts';

export const tokenStorageKey = 'outline-addin.token';
export const teamStorageKey = 'outline-addin.team';
/** Set when the user signed out of Office single sign-on: the page then no longer signs in with it by itself. */
export const officeSignedOutStorageKey = 'outline-addin.office-signed-out';

/** The localStorage key for `key`: prefixed with Office's partition key when there is one. */
export function storageKey(key: string, partitionKey?: string | null): string {
  return partitionKey ? `${partitionKey}${key}` : key;
}

/** localStorage can be missing or refuse (private mode, a locked-down webview): then nothing is remembered. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Not remembered: the user signs in again next time.
  }
}

/**
 * 'resumed': the stored token, which every request carried from the start, was accepted at start-up:
 * what was loaded with it stands; only what needs the user (the teams) is still to load.
 * 'office-rejected': signed in with Office, the server refused its token and Office had no other.
 */
export type SessionChange = 'signed-in' | 'resumed' | 'signed-out' | 'token-rejected' | 'office-rejected';

/** How the user signed in: with an access token, or with Office single sign-on. */
export type SignInMethod = 'token' | 'office';

export class Session {
  user: User | null = null;
  method: SignInMethod | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();

  /**
   * `partitionKey`: Office.context.partitionKey, when Office gives one; `office`: Office single sign-on,
   * inside an Office that has it (IdentityAPI 1.3), whether or not the server offers it (officeSignInOffered).
   */
  constructor(
    private readonly partitionKey?: string,
    private readonly office?: OfficeToken,
  ) {
    const token = this.read(tokenStorageKey);
    if (token) setAccessToken(token);
    // Any request whose token the server refuses (revoked, unknown; Office's, expired and not renewed) signs out.
    setUnauthorizedHandler(() => this.end(this.method === 'office' ? 'office-rejected' : 'token-rejected'));
  }

  /** What the add-in remembers on this computer under `key` (tokenStorageKey, teamStorageKey), in its partition. */
  read(key: string): string | null {
    return readStored(storageKey(key, this.partitionKey));
  }

  write(key: string, value: string | null): void {
    writeStored(storageKey(key, this.partitionKey), value);
  }

  get hasToken(): boolean {
    return this.read(tokenStorageKey) !== null;
  }

  get signedIn(): boolean {
    return this.user !== null;
  }

  onChange(listener: (change: SessionChange) => void): void {
    this.listeners.add(listener);
  }

  /** Checks a token with the server (GET /api/users/me) and keeps it only if it is accepted. */
  async signIn(token: string): Promise<User> {
    const user = await api.me(token.trim());
    this.office?.forget();
    this.write(tokenStorageKey, token.trim());
    setAccessToken(token.trim());
    this.user = user;
    this.method = 'token';
    this.emit('signed-in');
    return user;
  }

  /** Office single sign-on can be offered: inside an Office that has it, with a server set up for it (GET /api/auth). */
  async officeSignInOffered(): Promise<boolean> {
    if (!this.office) return false;
    try {
      return (await api.signInMethods()).sso;
    } catch {
      // A server that does not say (an older one, or none reachable now) offers the access token only.
      return false;
    }
  }

  /** The user signed out of Office single sign-on on this computer: the page does not sign them in with it by itself. */
  get officeSignedOut(): boolean {
    return this.read(officeSignedOutStorageKey) !== null;
  }

  /**
   * Signs in with the token Office gives (OfficeSignInError when it gives none, or the server refuses it).
   * `prompt`: Office may show its sign-in and consent (the user pressed the button); without, it only
   * answers when the user is signed in to Office and has consented (at start-up).
   */
  async signInWithOffice({ prompt }: { prompt: boolean }): Promise<User> {
    const office = this.office;
    if (!office) throw new OfficeSignInError('office', 13000);
    const token = await office.signIn(prompt);
    let user: User;
    try {
      user = await api.me(token);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
      // Office may hold a token the server no longer takes (expired on the way): asked once more, Office renews it.
      const renewed = await office.renew(token);
      if (!renewed) throw new OfficeSignInError('server', null, error);
      user = await api.me(renewed).catch((again: unknown) => {
        throw again instanceof ApiError && again.status === 401 ? new OfficeSignInError('server', null, again) : again;
      });
    }
    // Office's sign-in replaces a stored access token: only one sign-in at a time.
    this.write(tokenStorageKey, null);
    this.write(officeSignedOutStorageKey, null);
    setCredentials(office);
    this.user = user;
    this.method = 'office';
    this.emit('signed-in');
    return user;
  }

  /** At start-up: the stored token, if any, checked again (it may have been revoked meanwhile). */
  async resume(): Promise<User | null> {
    const token = this.read(tokenStorageKey);
    if (!token) return null;
    const user = await api.me();
    // Signed out or in with another token meanwhile: this answer is about a token no longer in use.
    if (this.read(tokenStorageKey) !== token) return this.user;
    this.user = user;
    this.method = 'token';
    this.emit('resumed');
    return user;
  }

  signOut(): void {
    // Office stays signed in (it is Office's sign-in, not ours): only this page's use of it ends.
    if (this.method === 'office') this.write(officeSignedOutStorageKey, 'true');
    this.end('signed-out');
  }

  private end(change: SessionChange): void {
    const wasSignedIn = this.user !== null || this.hasToken;
    this.write(tokenStorageKey, null);
    this.office?.forget();
    setAccessToken(null);
    this.user = null;
    this.method = null;
    if (wasSignedIn) this.emit(change);
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
