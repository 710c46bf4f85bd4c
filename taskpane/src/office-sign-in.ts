/**
 * Office single sign-on: the token Office gives the add-in for the user signed in to Office
 * (Office.auth.getAccessToken, IdentityAPI 1.3), used as the bearer of every API call while signed in
 * that way. Microsoft's rules, from "Enable single sign-on (SSO) in an Office Add-in"
 * (learn.microsoft.com/office/dev/add-ins/develop/sso-in-office-add-ins):
 * - never store the token: it lives in this object's memory only, and signing out forgets it;
 * - ask Office whenever one is needed: Office caches it, and renews it once it has expired;
 * - always have another way in: the access-token form stays (team-sign-in.ts).
 * What each error code means: learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins.
 */
import type { Credentials } from './api.ts';

/** Office.auth.getAccessToken, or a stand-in for it. */
export type AskOffice = (options: Office.AuthOptions) => Promise<string>;

/**
 * Signing in with Office did not work: Office gave no token (`by` office; `code` its error code when it
 * gave one, such as 13001 not signed in to Office or 13002 the user cancelled), or the server refused the
 * token Office gave (`by` server).
 */
export class OfficeSignInError extends Error {
  constructor(
    readonly by: 'office' | 'server',
    readonly code: number | null = null,
    cause?: unknown,
  ) {
    super(by === 'server' ? 'The server refused the token Office gave' : `Office gave no token (${code ?? 'no code'})`, { cause });
    this.name = 'OfficeSignInError';
  }
}

/** Office's errors carry their number as `code` (a number, or its digits as a string). */
function officeErrorCode(error: unknown): number | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const number = typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : NaN;
  return Number.isInteger(number) ? number : null;
}

/** A token used within this long of its expiry is asked for again instead: it could expire on its way to the server. */
const expiryMarginMs = 60_000;

/** When a JWT expires (its `exp`, in ms); null when it cannot be read, and the server is left to say. */
export function expiresAt(jwt: string): number | null {
  try {
    const payload = jwt.split('.')[1] ?? '';
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * The token Office gave, held in memory while it is valid. Calls of Office never overlap: Office on the web
 * refuses a second getAccessToken while one is under way (13008), and the API calls a page makes at once would
 * otherwise each ask.
 */
export class OfficeToken implements Credentials {
  private token: string | null = null;
  private asking: Promise<string> | null = null;
  /** Counts sign-outs: a token Office gives after one is not kept. */
  private generation = 0;

  constructor(
    private readonly ask: AskOffice,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Asks Office for a token: silently (`prompt` false: only when the user is signed in to Office and has
   * consented, as at start-up), or letting Office show its sign-in and consent (the user pressed the button).
   */
  signIn(prompt: boolean): Promise<string> {
    return this.askOffice(prompt ? { allowSignInPrompt: true, allowConsentPrompt: true } : {});
  }

  /** The bearer for a request: the token held while it has time left, else a new one, asked for silently (no prompt in the middle of a request). */
  bearer(): Promise<string> {
    const expiry = this.token === null ? null : expiresAt(this.token);
    if (this.token !== null && (expiry === null || expiry - expiryMarginMs > this.now())) return Promise.resolve(this.token);
    return this.askOffice({});
  }

  /** The server refused `rejected`: Office is asked again (it renews an expired token); null when it has no other. */
  async renew(rejected: string): Promise<string | null> {
    if (this.token === rejected) this.token = null;
    try {
      const renewed = await this.bearer();
      return renewed === rejected ? null : renewed;
    } catch {
      return null;
    }
  }

  /** Signing out: the token is gone from the page (Office keeps its own). */
  forget(): void {
    this.token = null;
    this.generation++;
  }

  private askOffice(options: Office.AuthOptions): Promise<string> {
    const generation = this.generation;
    this.asking ??= this.ask(options).then(
      (token) => {
        this.asking = null;
        if (generation === this.generation) this.token = token;
        return token;
      },
      (error: unknown) => {
        this.asking = null;
        throw new OfficeSignInError('office', officeErrorCode(error), error);
      },
    );
    return this.asking;
  }
}
