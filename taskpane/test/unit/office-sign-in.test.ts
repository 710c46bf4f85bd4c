/**
 * Office single sign-on in the page: the token Office gives is held in memory only, asked for again
 * when it is about to expire or the server refuses it, never asked for twice at once (Office on the web
 * answers 13008), and its errors become words the user can act on. A stand-in for
 * Office.auth.getAccessToken and for the server; no Office here.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { api, setApiBase, setCredentials, setUnauthorizedHandler } from '../../src/api.ts';
import { setLanguage, strings } from '../../src/i18n.ts';
import { expiresAt, OfficeSignInError, OfficeToken, type AskOffice } from '../../src/office-sign-in.ts';
import { officeSignedOutStorageKey, Session, tokenStorageKey } from '../../src/session.ts';
import { messageFor } from '../../src/ui/errors.ts';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT as the page sees one: only its payload is read (the server checks the signature). */
const jwt = (name: string, expiresInSeconds: number, now = Date.now()) => `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url({ name, exp: Math.floor(now / 1000) + expiresInSeconds })}.signature`;

/** Office as the tests script it: each ask answers the next of `answers` (a token, or an error to throw). */
function scriptedOffice(...answers: (string | { code: number })[]): { ask: AskOffice; asked: Office.AuthOptions[] } {
  const asked: Office.AuthOptions[] = [];
  const ask: AskOffice = async (options) => {
    asked.push(options);
    const answer = answers.length > 1 ? answers.shift()! : answers[0];
    if (typeof answer === 'string') return answer;
    throw Object.assign(new Error('Office said no'), answer);
  };
  return { ask, asked };
}

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const realFetch = globalThis.fetch;
let storage: MemoryStorage;
setApiBase('http://outline.test');

beforeEach(async () => {
  await setLanguage('zh');
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
});

afterEach(() => {
  globalThis.fetch = realFetch;
  setCredentials(null);
  setUnauthorizedHandler(() => {});
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

/** A server that knows the bearers in `accepted` (by the name in their payload) and refuses any other with 401. */
function serverAccepting(...accepted: string[]): string[] {
  const bearers: string[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const bearer = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    bearers.push(bearer);
    if (request.url.endsWith('/api/auth')) return Response.json({ sso: true });
    if (!accepted.includes(bearer)) return Response.json({ title: '令牌无效', status: 401 }, { status: 401, headers: { 'content-type': 'application/problem+json' } });
    if (request.url.endsWith('/api/users/me')) return Response.json({ id: 'u1', name: '王书记' });
    return Response.json([]);
  }) as typeof fetch;
  return bearers;
}

test('the token is read for its expiry, and one that cannot be read has none', () => {
  const now = Date.UTC(2026, 10, 30, 22, 0, 0);
  assert.equal(expiresAt(jwt('王书记', 600, now)), now + 600_000);
  assert.equal(expiresAt('not-a-jwt'), null);
  assert.equal(expiresAt('a.b$c.d'), null);
});

test('pressing the button lets Office prompt; at start-up it asks silently', async () => {
  const office = scriptedOffice(jwt('王书记', 600));
  const token = new OfficeToken(office.ask);
  await token.signIn(true);
  await token.signIn(false);
  assert.deepEqual(office.asked, [{ allowSignInPrompt: true, allowConsentPrompt: true }, {}]);
});

test('a held token is used while it has more than a minute left, then Office is asked again, silently', async () => {
  let now = Date.UTC(2026, 10, 30, 22, 0, 0);
  const first = jwt('王书记', 600, now);
  const second = jwt('王书记', 3600, now);
  const office = scriptedOffice(first, second);
  const token = new OfficeToken(office.ask, () => now);
  await token.signIn(true);

  assert.equal(await token.bearer(), first);
  now += 539_000;
  assert.equal(await token.bearer(), first, 'still 61 s to go');
  now += 2_000;
  assert.equal(await token.bearer(), second, '59 s to go: too close');
  assert.deepEqual(office.asked.slice(1), [{}]);
});

test('requests made at once ask Office once: Office on the web refuses overlapping asks (13008)', async () => {
  let release!: (token: string) => void;
  let asks = 0;
  const token = new OfficeToken(() => {
    asks++;
    return new Promise((resolve) => (release = resolve));
  });
  const bearers = Promise.all([token.bearer(), token.bearer(), token.bearer()]);
  release(jwt('王书记', 600));
  assert.equal(new Set(await bearers).size, 1);
  assert.equal(asks, 1);
});

test('Office’s error codes come back as OfficeSignInError, each with words the user can act on', async () => {
  const codes = [13000, 13001, 13002, 13003, 13004, 13005, 13006, 13007, 13008, 13010, 13012, 13013, 50001];
  const messages = new Set<string>();
  for (const code of codes) {
    const error = await new OfficeToken(scriptedOffice({ code }).ask).signIn(true).catch((caught: unknown) => caught);
    assert.ok(error instanceof OfficeSignInError);
    assert.equal(error.code, code);
    const message = messageFor(error);
    assert.match(message, /\p{Script=Han}/u, `${code} is said in Chinese`);
    messages.add(message);
  }
  assert.match(messageFor(new OfficeSignInError('office', 13001)), /还没有登录 Office/);
  assert.match(messageFor(new OfficeSignInError('office', 13002)), /已取消/);
  assert.match(messageFor(new OfficeSignInError('office', 13003)), /不是工作或学校账号/);
  assert.match(messageFor(new OfficeSignInError('office', 13007)), /错误 13007/);
  assert.match(messageFor(new OfficeSignInError('server')), /服务器没有接受/);
  assert.ok(messages.size >= 9, 'the codes are told apart');
  // Every message but "wait for the sign-in under way" points to the access token.
  for (const code of codes.filter((code) => code !== 13008)) assert.match(messageFor(new OfficeSignInError('office', code)), /访问令牌/);
});

test('a token Office gives after a sign-out is handed over but not kept', async () => {
  const releases: ((token: string) => void)[] = [];
  const token = new OfficeToken(() => new Promise((resolve) => releases.push(resolve)));
  const asked = token.signIn(false);
  token.forget();
  releases[0](jwt('王书记', 600));
  await asked;
  const next = token.bearer();
  assert.equal(releases.length, 2, 'not kept: the next bearer is asked of Office');
  releases[1](jwt('王书记', 600));
  await next;
});

test('a 401 on Office’s token asks Office again and sends the request once more with the new one', async () => {
  const expired = jwt('旧', 600);
  const renewed = jwt('新', 600);
  const office = new OfficeToken(scriptedOffice(expired, renewed).ask);
  await office.signIn(true);
  setCredentials(office);
  let signedOut = 0;
  setUnauthorizedHandler(() => signedOut++);
  const bearers = serverAccepting(renewed);

  await api.teams();

  assert.deepEqual(bearers, [expired, renewed]);
  assert.equal(signedOut, 0);
});

test('refused again, or with no other token from Office, the user is signed out; Office failing mid-request too', async () => {
  const only = jwt('王书记', 600);
  const office = new OfficeToken(scriptedOffice(only).ask);
  await office.signIn(true);
  setCredentials(office);
  let signedOut = 0;
  setUnauthorizedHandler(() => signedOut++);
  const bearers = serverAccepting();

  await api.teams().catch(() => undefined);
  assert.deepEqual(bearers, [only], 'Office gave the same token: not sent twice');
  assert.equal(signedOut, 1);

  const failing = new OfficeToken(scriptedOffice({ code: 13006 }).ask);
  setCredentials(failing);
  const error = await api.teams().catch((caught: unknown) => caught);
  assert.ok(error instanceof OfficeSignInError);
  assert.equal(signedOut, 2);
});

test('signing in with Office stores nothing, replaces a stored access token, and signing out forgets the token', async () => {
  const token = jwt('王书记', 600);
  const office = scriptedOffice(token);
  storage.setItem(tokenStorageKey, 'oat_stored');
  const session = new Session(undefined, new OfficeToken(office.ask));
  const bearers = serverAccepting(token, 'oat_stored');

  await session.signInWithOffice({ prompt: true });
  await api.teams();

  assert.equal(session.method, 'office');
  assert.equal(storage.items.get(tokenStorageKey), undefined);
  assert.ok(![...storage.items.values()].some((value) => value.includes(token)), 'the JWT is nowhere in storage');
  assert.equal(bearers.at(-1), token);

  session.signOut();
  await api.teams().catch(() => undefined);
  assert.equal(bearers.at(-1), '', 'signed out: no bearer');
  assert.equal(session.officeSignedOut, true, 'the page does not sign in with Office again by itself');
  assert.equal(storage.items.get(officeSignedOutStorageKey), 'true');

  await session.signInWithOffice({ prompt: true });
  assert.equal(session.officeSignedOut, false, 'pressing the button again undoes it');
});

test('a token the server refuses at sign-in is asked for once more; refused again, the server is named', async () => {
  const refused = jwt('旧', 600);
  const accepted = jwt('新', 600);
  const session = new Session(undefined, new OfficeToken(scriptedOffice(refused, accepted).ask));
  const bearers = serverAccepting(accepted);
  await session.signInWithOffice({ prompt: true });
  assert.deepEqual(bearers, [refused, accepted]);

  const stubborn = new Session(undefined, new OfficeToken(scriptedOffice(refused).ask));
  const error = await stubborn.signInWithOffice({ prompt: true }).catch((caught: unknown) => caught);
  assert.ok(error instanceof OfficeSignInError);
  assert.equal(error.by, 'server');
  assert.equal(stubborn.signedIn, false);
});

test('Office sign-in is offered only inside an Office that has it, and where the server says so', async () => {
  serverAccepting();
  assert.equal(await new Session().officeSignInOffered(), false, 'no Office single sign-on here (the browser preview)');
  assert.equal(await new Session(undefined, new OfficeToken(scriptedOffice(jwt('x', 600)).ask)).officeSignInOffered(), true);
  globalThis.fetch = (async () => new Response('', { status: 404 })) as typeof fetch;
  assert.equal(await new Session(undefined, new OfficeToken(scriptedOffice(jwt('x', 600)).ask)).officeSignInOffered(), false, 'a server that does not say offers none');
  assert.ok(strings.officeSignIn);
});
