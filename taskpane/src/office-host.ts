/**
 * Finds out whether the page runs inside Word. Office.js is referenced in the page's <head> (the
 * server writes the configured address there, as Office requires), so by now it has loaded or failed.
 *
 * Inside Office the page never becomes the browser preview, however slowly Word starts the add-in:
 * an insert would go into the simulated document instead of the user's. It waits for Office.onReady,
 * and the page says it is connecting to Word (with a retry). Only a top-level page that Office did
 * not open (no host information) becomes the preview.
 */
import type { AskOffice } from './office-sign-in.ts';
import type { RequirementChecker } from './word/requirements.ts';

/**
 * How the page can hand the user a file it has. Word on Windows (WebView2) and on the web download an
 * <a download> as a browser does; Word for Mac and iPad (WKWebView) do not download at all, by design
 * (OfficeDev/office-js#2700, #3385), and cannot open a blob: address in the browser either (#3848):
 * there only an address the server answers can be opened in the user's browser
 * (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1), or nothing.
 */
export type FileDelivery = { kind: 'download' } | { kind: 'browser'; open: (url: string) => void } | { kind: 'none' };

export type Host =
  | {
      kind: 'word';
      fileDelivery: FileDelivery;
      displayLanguage: string;
      officeTheme?: Office.OfficeTheme;
      isSetSupported: RequirementChecker;
      /** Office.context.partitionKey: set where the add-in's browser storage is partitioned (Word on the web). */
      partitionKey?: string;
      /** Office.auth.getAccessToken, where Office has single sign-on (IdentityAPI 1.3; not on iPad, for one). */
      getAccessToken?: AskOffice;
    }
  | { kind: 'preview'; reason: 'office-js-unavailable' | 'no-host' | 'other-host' }
  /** Inside Office, but without Word: Office.js did not load, or Office named no host. */
  | { kind: 'unconnected'; reason: 'office-js-unavailable' | 'no-host' };

/** What the page can see of who opened it, before Office.js answers. */
export interface PageEnvironment {
  /** location.search: Office opens the taskpane with ?_host_Info=Word$Win32$16.01$zh-CN$… */
  search: string;
  /** window.parent !== window: Word on the web shows the taskpane in a frame. */
  framed: boolean;
  /** window.name: some Office hosts pass a JSON object with hostInfo in it. */
  windowName: string;
  /** sessionStorage "hostInfoValue": where Office.js keeps the host information across navigations. */
  storedHostInfo: string | null;
}

export function pageEnvironment(): PageEnvironment {
  let framed = false;
  try {
    framed = window.parent !== window;
  } catch {
    framed = true;
  }
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = window.sessionStorage?.getItem('hostInfoValue') ?? null;
  } catch {
    // No session storage: the other signs still count.
  }
  return { search: window.location.search, framed, windowName: window.name, storedHostInfo };
}

/** Office's host information ("Word$Win32$16.01$zh-CN$…"), read where Office.js reads it; null when Office did not open the page. */
export function officeHostInfo(environment: PageEnvironment): string | null {
  const fromQuery = new URLSearchParams(environment.search).get('_host_Info');
  if (fromQuery) return fromQuery;
  try {
    const fromName = (JSON.parse(environment.windowName) as { hostInfo?: unknown } | null)?.hostInfo;
    if (typeof fromName === 'string' && fromName) return fromName;
  } catch {
    // window.name is not Office's JSON.
  }
  return environment.storedHostInfo || null;
}

/** Opened by Office: host information in the URL (or where Office.js keeps it), or shown in a frame. */
export function isInsideOffice(environment: PageEnvironment): boolean {
  return environment.framed || officeHostInfo(environment) !== null;
}

/** The UI language Office announces in its host information ("zh-CN"), if any. */
export function hostLocale(environment: PageEnvironment): string | undefined {
  const info = officeHostInfo(environment);
  if (!info) return undefined;
  let parts = info.split('$');
  if (parts.length < 3) parts = info.split('|');
  return parts[3] || undefined;
}

export interface ConnectOptions {
  environment?: PageEnvironment;
  /** Inside Office, once Word has not answered for `waitingAfterMs`: the page should say it is connecting. */
  onWaiting?: () => void;
  waitingAfterMs?: number;
  /** Outside Office, Office.js answers "no host" at once; past this the page is the preview all the same. */
  previewAfterMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function connectToOffice(options: ConnectOptions = {}): Promise<Host> {
  const { environment = pageEnvironment(), onWaiting, waitingAfterMs = 2000, previewAfterMs = 5000 } = options;
  const inOffice = isInsideOffice(environment);
  const withoutWord = (reason: 'office-js-unavailable' | 'no-host'): Host => (inOffice ? { kind: 'unconnected', reason } : { kind: 'preview', reason });

  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return withoutWord('office-js-unavailable');
  let info: { host: Office.HostType | null; platform?: Office.PlatformType | null };
  if (inOffice) {
    // Word may take its time to start the add-in: wait for it, as long as it takes.
    const waiting = onWaiting ? setTimeout(onWaiting, waitingAfterMs) : undefined;
    try {
      info = await Office.onReady();
    } catch {
      return withoutWord('no-host');
    } finally {
      clearTimeout(waiting);
    }
  } else {
    try {
      info = await withTimeout(Office.onReady(), previewAfterMs);
    } catch {
      return withoutWord('no-host');
    }
  }
  if (!info.host) return withoutWord('no-host');
  if (String(info.host) !== 'Word') return { kind: 'preview', reason: 'other-host' };
  const context = Office.context;
  return {
    kind: 'word',
    fileDelivery: fileDelivery(String(info.platform ?? ''), context),
    displayLanguage: context.displayLanguage,
    officeTheme: context.officeTheme ?? undefined,
    isSetSupported: (name, version) => context.requirements.isSetSupported(name, version),
    partitionKey: context.partitionKey || undefined,
    getAccessToken: officeSignIn(context),
  };
}

/**
 * Office single sign-on, where this Office has it: IdentityAPI 1.3 (learn.microsoft.com/javascript/api/requirement-sets/common/identity-api-requirement-sets).
 * Elsewhere getAccessToken would only fail (13000, 13012): the access token is then the only way in.
 */
function officeSignIn(context: typeof Office.context): AskOffice | undefined {
  if (!context.requirements.isSetSupported('IdentityAPI', '1.3') || typeof Office.auth?.getAccessToken !== 'function') return undefined;
  return (options) => Office.auth.getAccessToken(options);
}

/** WKWebView (Word for Mac, for iPad) never downloads: see FileDelivery. */
function fileDelivery(platform: string, context: typeof Office.context): FileDelivery {
  if (platform !== 'Mac' && platform !== 'iOS') return { kind: 'download' };
  if (!context.requirements.isSetSupported('OpenBrowserWindowApi', '1.1')) return { kind: 'none' };
  return { kind: 'browser', open: (url) => context.ui.openBrowserWindow(url) };
}
