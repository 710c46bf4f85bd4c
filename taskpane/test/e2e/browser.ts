/**
 * Headless Debian Chromium for the end-to-end tests, with no way out to the internet: Office.js is
 * served from a route (the real file from node_modules, or the fake Word host), every other outside
 * request is refused.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const taskpaneRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const officeJsDist = join(taskpaneRoot, 'node_modules/@microsoft/office-js/dist');

/** The Office.js address the server writes into the page by default (TaskpaneOptions.GlobalOfficeJsUrl). */
export const officeJsCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** The taskpane's users are in China: the browser's zone is theirs unless a test gives its context another (timezoneId). */
export const browserTimeZone = 'Asia/Shanghai';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, TZ: browserTimeZone },
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Refuses every request that leaves the test machine, except the ones routed later. */
async function offline(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(baseUrl),
    (route) => route.abort('internetdisconnected'),
  );
}

/** The real Office.js (and the files it loads next to it), as the CDN would serve them. */
export async function withRealOfficeJs(context: BrowserContext, baseUrl: string): Promise<void> {
  await offline(context, baseUrl);
  await context.route(`${officeJsCdn}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    try {
      const body = await readFile(join(officeJsDist, path));
      await route.fulfill({ body, contentType: 'text/javascript' });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}

export interface FakeHostOptions {
  displayLanguage?: string;
  /** What Office.context.requirements.isSetSupported answers for WordApi 1.1–1.3. */
  wordApiSupported?: boolean;
  /** … and for WordApi 1.4 (document settings); defaults to wordApiSupported. */
  settingsSupported?: boolean;
  /** The document's paragraphs; by default a title and an empty paragraph. Runs may sit in content controls (see FakeRun). */
  paragraphs?: { text?: string; runs?: { text: string; contentControl?: { id: number; cannotEdit: boolean } }[]; styleBuiltIn?: string; outlineLevel?: number }[];
  /** Where the selection is (see FakeDocument.selectText); by default the cursor is at the end of the document. */
  selection?: FakeSelection;
  /** Office.onReady answers after this long, as a slow Word does. */
  readyDelayMs?: number;
  /** Office.context.partitionKey (Word on the web). */
  partitionKey?: string;
  /** Office.context.officeTheme; see officeThemes. */
  officeTheme?: Pick<Office.OfficeTheme, 'bodyBackgroundColor' | 'bodyForegroundColor' | 'controlBackgroundColor' | 'controlForegroundColor'>;
  /** What Office.onReady says the platform is: 'PC' unless given ('Mac': a webview that never downloads). */
  platform?: string;
  /** WordApi 1.5, the style API applyTypographyToStyles needs; off unless asked for. */
  stylesSupported?: boolean;
  /**
   * Office single sign-on (IdentityAPI 1.3, Office.auth.getAccessToken), absent unless given: what each ask
   * answers in turn (the last one again once they run out), a token or an Office error code.
   */
  accessTokens?: (string | { code: number })[];
}

/** Office's themes as Word gives them (Office.context.officeTheme): white, and black. */
export const officeThemes = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
  dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#363636', controlForegroundColor: '#FFFFFF' },
};

/** From character `startOffset` of paragraph `first` to character `endOffset` (exclusive) of paragraph `last`. */
export interface FakeSelection {
  first: number;
  startOffset: number;
  last: number;
  endOffset: number;
}

let fakeHostScript: Promise<string> | undefined;

function buildFakeHost(): Promise<string> {
  fakeHostScript ??= esbuild
    .build({ entryPoints: [join(taskpaneRoot, 'test/e2e/fake-office-host.ts')], bundle: true, write: false, format: 'iife', target: 'chrome100' })
    .then((result) => result.outputFiles[0].text);
  return fakeHostScript;
}

/** A fake Word host in place of Office.js: Office says "Word", Word is the stateful fake. */
export async function withFakeWordHost(context: BrowserContext, baseUrl: string, options: FakeHostOptions = {}): Promise<void> {
  await offline(context, baseUrl);
  const script = await buildFakeHost();
  await context.route(`${officeJsCdn}office.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: `window.__fakeHostOptions = ${JSON.stringify(options)};\n${script}` }));
}

/** Office's host information, as Word on Windows puts it in the taskpane's URL. */
export const wordHostQuery = '?_host_Info=Word$Win32$16.01$zh-CN$$$$0';

/** Opens the taskpane (with `query`, such as wordHostQuery) and, unless `ready` is false, waits until it is up. */
export async function openTaskpane(context: BrowserContext, baseUrl: string, { query = '', ready = true }: { query?: string; ready?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/taskpane/${query}`);
  if (ready) await page.waitForSelector('#app[data-ready="true"]', { timeout: 20_000 });
  return page;
}

/** Office.js unreachable (a CDN blocked by the network): every outside request refused. */
export async function withoutOfficeJs(context: BrowserContext, baseUrl: string): Promise<void> {
  await offline(context, baseUrl);
}

export interface DocumentParagraphSnapshot {
  text: string;
  styleBuiltIn: string;
  level: number | null;
  /** The number Word draws in front of a list item (ListItem.listString); absent for other paragraphs. */
  listString?: string;
}

/** The fake Word document, read in the page (window.__fakeWord, set by the fake host). */
export function fakeDocument(page: Page): Promise<DocumentParagraphSnapshot[]> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { snapshot(): DocumentParagraphSnapshot[] } }).__fakeWord.snapshot());
}

/** How many times Word was asked to change each paragraph's text. */
export function fakeTextWrites(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { document: { paragraphs: { textWrites: number }[] } } }).__fakeWord.document.paragraphs.map((paragraph) => paragraph.textWrites));
}

/** The fake Word document's settings (Document.settings), as plain values. */
export function fakeDocumentSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { settings(): Record<string, unknown> } }).__fakeWord.settings());
}

/** The addresses the page asked Office to open in the user's browser (Office.context.ui.openBrowserWindow). */
export function fakeOpenedInBrowser(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { openedInBrowser: string[] } }).__fakeWord.openedInBrowser);
}

/** Each paragraph's runs' directly set Chinese fonts (null where none is set). */
export function fakeRunFonts(page: Page): Promise<(string | null)[][]> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { runFonts(): (string | null)[][] } }).__fakeWord.runFonts());
}

/** A style's font as the fake Word holds it (Style.font: name, nameFarEast, size). */
export function fakeStyleFont(page: Page, style: string): Promise<{ name: string | null; nameFarEast: string | null; size: number | null }> {
  return page.evaluate(
    (name) => (window as unknown as { __fakeWord: { styleFont(name: string): { name: string | null; nameFarEast: string | null; size: number | null } } }).__fakeWord.styleFont(name),
    style,
  );
}

/** The options of each Office.auth.getAccessToken the page made (the fake host records them). */
export function fakeAccessTokenRequests(page: Page): Promise<Office.AuthOptions[]> {
  return page.evaluate(() => (window as unknown as { __fakeWord: { accessTokenRequests: Office.AuthOptions[] } }).__fakeWord.accessTokenRequests);
}
