/** Where the token and the team are kept: under Office's partition key when Office gives one. */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { setApiBase } from '../../src/api.ts';
import { Session, storageKey, teamStorageKey, tokenStorageKey } from '../../src/session.ts';

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

let storage: MemoryStorage;
const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
});

afterEach(() => {
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
  else delete (globalThis as { localStorage?: unknown }).localStorage;
});

test('the key is prefixed with the partition key when Office gives one, as Microsoft asks', () => {
  assert.equal(storageKey(tokenStorageKey, 'a1b2'), 'a1b2outline-addin.token');
  assert.equal(storageKey(tokenStorageKey, undefined), 'outline-addin.token');
  assert.equal(storageKey(tokenStorageKey, ''), 'outline-addin.token', 'an empty partition key is no partition');
  assert.equal(storageKey(teamStorageKey, null), 'outline-addin.team');
});

test("a session in a partition reads and writes only its partition's keys", () => {
  storage.setItem('outline-addin.token', 'unpartitioned');
  const partitioned = new Session('p1');
  assert.equal(partitioned.hasToken, false, "the unprefixed token is not this partition's");
  partitioned.write(teamStorageKey, 'team-1');
  assert.equal(storage.getItem('p1outline-addin.team'), 'team-1');
  assert.equal(storage.getItem('outline-addin.team'), null);

  storage.setItem('p1outline-addin.token', 'secret');
  const again = new Session('p1');
  assert.equal(again.hasToken, true);
  again.signOut();
  assert.equal(storage.getItem('p1outline-addin.token'), null, "signing out forgets the partition's token");
  assert.equal(storage.getItem('outline-addin.token'), 'unpartitioned', 'and nothing else');
});

test('without a partition key the plain keys are used', () => {
  storage.setItem('outline-addin.token', 'secret');
  const session = new Session();
  assert.equal(session.hasToken, true);
  assert.equal(session.read(tokenStorageKey), 'secret');
});

test('a resume whose answer comes after a sign-out is dropped: no user, no change announced', async (t) => {
  const realFetch = globalThis.fetch;
  t.after(() => (globalThis.fetch = realFetch));
  setApiBase('http://outline.test');
  let answer!: () => void;
  globalThis.fetch = (() =>
    new Promise<Response>((resolve) => (answer = () => resolve(new Response(JSON.stringify({ id: 'u1', name: '张三' }), { headers: { 'content-type': 'application/json' } }))))) as typeof fetch;
  storage.setItem('outline-addin.token', 'secret');
  const session = new Session();
  const changes: string[] = [];
  session.onChange((change) => changes.push(change));
  const resumed = session.resume();
  session.signOut();
  answer();
  await resumed;
  assert.equal(session.user, null);
  assert.deepEqual(changes, ['signed-out']);
});
