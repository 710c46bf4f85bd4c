/**
 * Who is signed in. The access token lives in the add-in's own browser storage (localStorage of the
 * taskpane's origin), never in the document: a document is mailed around, a token must not be.
 * Every API call carries the token while signed in (api.setAccessToken).
 *
 * Where Office partitions the add-in's storage (Word on the web), the keys start with
 * Office.context.partitionKey, as Microsoft asks of add-ins: see storageKey.
 */
import { api, setAccessToken, setUnauthorizedHandler, type User } from './api.ts';

export const tokenStorageKey = 'outline-addin.token';
export const teamStorageKey = 'outline-addin.team';

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
 */
export type SessionChange = 'signed-in' | 'resumed' | 'signed-out' | 'token-rejected';

export class Session {
  user: User | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();

  /** `partitionKey`: Office.context.partitionKey, when Office gives one. */
  constructor(private readonly partitionKey?: string) {
    const token = this.read(tokenStorageKey);
    if (token) setAccessToken(token);
    // Any request whose token the server refuses (revoked, unknown) signs out.
    setUnauthorizedHandler(() => this.end('token-rejected'));
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
    this.write(tokenStorageKey, token.trim());
    setAccessToken(token.trim());
    this.user = user;
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
    this.emit('resumed');
    return user;
  }

  signOut(): void {
    this.end('signed-out');
  }

  private end(change: SessionChange): void {
    const wasSignedIn = this.user !== null || this.hasToken;
    this.write(tokenStorageKey, null);
    setAccessToken(null);
    this.user = null;
    if (wasSignedIn) this.emit(change);
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
