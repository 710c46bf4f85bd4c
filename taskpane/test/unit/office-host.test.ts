/** Inside Office the page must never become the browser preview; only a top-level page that Office did not open does. */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { connectToOffice, hostLocale, isInsideOffice, type PageEnvironment } from '../../src/office-host.ts';

const topLevel: PageEnvironment = { search: '', framed: false, windowName: '', storedHostInfo: null };
const inWord: PageEnvironment = { ...topLevel, search: '?_host_Info=Word$Win32$16.01$zh-CN$$$$0' };

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function fakeOffice(onReady: () => Promise<{ host: string | null }>, partitionKey?: string): void {
  (globalThis as { Office?: unknown }).Office = {
    onReady,
    context: { displayLanguage: 'zh-CN', partitionKey, requirements: { isSetSupported: () => true } },
  };
}

test('Office opened the page: its host information in the URL, in window.name or in session storage, or a frame', () => {
  assert.equal(isInsideOffice(topLevel), false);
  assert.equal(isInsideOffice(inWord), true);
  assert.equal(isInsideOffice({ ...topLevel, search: '?_host_Info=Word|Web|16.00|zh-CN|abc|isDialog' }), true);
  assert.equal(isInsideOffice({ ...topLevel, windowName: JSON.stringify({ hostInfo: 'Word|Mac|16.00|zh-CN' }) }), true);
  assert.equal(isInsideOffice({ ...topLevel, windowName: 'not json' }), false);
  assert.equal(isInsideOffice({ ...topLevel, storedHostInfo: 'Word$Win32$16.01$en-US' }), true);
  assert.equal(isInsideOffice({ ...topLevel, framed: true }), true);
  assert.equal(isInsideOffice({ ...topLevel, search: '?other=1' }), false);
});

test('the language Office announces in its host information', () => {
  assert.equal(hostLocale(inWord), 'zh-CN');
  assert.equal(hostLocale({ ...topLevel, search: '?_host_Info=Word|Web|16.00|en-US|x' }), 'en-US');
  assert.equal(hostLocale(topLevel), undefined);
});

test('without Office.js: the preview at the top level, but not inside Office', async () => {
  assert.deepEqual(await connectToOffice({ environment: topLevel }), { kind: 'preview', reason: 'office-js-unavailable' });
  assert.deepEqual(await connectToOffice({ environment: inWord }), { kind: 'unconnected', reason: 'office-js-unavailable' });
  assert.deepEqual(await connectToOffice({ environment: { ...topLevel, framed: true } }), { kind: 'unconnected', reason: 'office-js-unavailable' });
});

test('a slow Word is waited for, however long, with a word that it is connecting; never the preview', async () => {
  let waiting = 0;
  fakeOffice(() => new Promise((resolve) => setTimeout(() => resolve({ host: 'Word' }), 80)), 'partition-7');
  const host = await connectToOffice({ environment: inWord, waitingAfterMs: 10, previewAfterMs: 20, onWaiting: () => waiting++ });
  assert.equal(waiting, 1);
  assert.equal(host.kind, 'word');
  assert.equal(host.kind === 'word' && host.partitionKey, 'partition-7');
});

test('a top-level page that Office.js finds no host for is the preview; inside Office it is not', async () => {
  fakeOffice(() => Promise.resolve({ host: null }));
  assert.deepEqual(await connectToOffice({ environment: topLevel }), { kind: 'preview', reason: 'no-host' });
  assert.deepEqual(await connectToOffice({ environment: inWord }), { kind: 'unconnected', reason: 'no-host' });
  fakeOffice(() => new Promise(() => {}));
  assert.deepEqual(await connectToOffice({ environment: topLevel, previewAfterMs: 20 }), { kind: 'preview', reason: 'no-host' });
});

test('Word without a partition key leaves it undefined', async () => {
  fakeOffice(() => Promise.resolve({ host: 'Word' }), '');
  const host = await connectToOffice({ environment: topLevel });
  assert.equal(host.kind === 'word' && host.partitionKey, undefined);
});

test('how a file reaches the user: a download on Windows and the web; on Mac and iPad the browser, or nothing without OpenBrowserWindowApi', async () => {
  const cases: [string, boolean, string][] = [
    ['PC', true, 'download'],
    ['OfficeOnline', true, 'download'],
    ['Mac', true, 'browser'],
    ['iOS', true, 'browser'],
    ['Mac', false, 'none'],
  ];
  for (const [platform, openBrowserWindow, expected] of cases) {
    const opened: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: 'Word', platform }),
      context: {
        displayLanguage: 'zh-CN',
        requirements: { isSetSupported: (name: string) => name !== 'OpenBrowserWindowApi' || openBrowserWindow },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    };
    const host = await connectToOffice({ environment: inWord });
    const delivery = host.kind === 'word' ? host.fileDelivery : undefined;
    assert.equal(delivery?.kind, expected, `${platform}, OpenBrowserWindowApi ${openBrowserWindow}`);
    if (delivery?.kind === 'browser') {
      delivery.open('https://example.test/a.docx');
      assert.deepEqual(opened, ['https://example.test/a.docx'], 'opened through Office, in the user’s browser');
    }
  }
});
