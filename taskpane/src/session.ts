/**
 * Who is signed in. The access token lives in the add-in's own browser storage (localStorage of the
 * taskpane's origin), never in the document: a document is mailed around, a token must not be.
 * Every API call carries the token while signed in (api.setAccessToken).
 */
import { api, setAccessToken, setUnauthorizedHandler, type User } from './api.ts';

export const tokenStorageKey = 'outline-addin.token';
export const teamStorageKey = 'outline-addin.team';

/** localStorage can be missing or refuse (private mode, a locked-down webview): then nothing is remembered. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readStored(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, value);
  } catch {
    // Not remembered: the user signs in again next time.
  }
}

export type SessionChange = 'signed-in' | 'signed-out' | 'token-rejected';

export class Session {
  user: User | null = null;
  private readonly listeners = new Set<(change: SessionChange) => void>();

  constructor() {
    const token = readStored(tokenStorageKey);
    if (token) setAccessToken(token);
    // Any request whose token the server refuses (revoked, unknown) signs out.
    setUnauthorizedHandler(() => this.end('token-rejected'));
  }

  get hasToken(): boolean {
    return readStored(tokenStorageKey) !== null;
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
    writeStored(tokenStorageKey, token.trim());
    setAccessToken(token.trim());
    this.user = user;
    this.emit('signed-in');
    return user;
  }

  /** At start-up: the stored token, if any, checked again (it may have been revoked meanwhile). */
  async resume(): Promise<User | null> {
    if (!this.hasToken) return null;
    const user = await api.me();
    this.user = user;
    this.emit('signed-in');
    return user;
  }

  signOut(): void {
    this.end('signed-out');
  }

  private end(change: SessionChange): void {
    const wasSignedIn = this.user !== null || this.hasToken;
    writeStored(tokenStorageKey, null);
    setAccessToken(null);
    this.user = null;
    if (wasSignedIn) this.emit(change);
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
