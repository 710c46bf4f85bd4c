/**
 * Loads Office.js from the configured address and finds out whether the page runs inside Word.
 * Anything else (no Office.js, another host, a plain browser) is the browser preview.
 */
import type { RequirementChecker } from './word/requirements.ts';

export type Host =
  | { kind: 'word'; displayLanguage: string; officeTheme?: Office.OfficeTheme; isSetSupported: RequirementChecker }
  | { kind: 'preview'; reason: 'office-js-unavailable' | 'no-host' | 'other-host' };

/** Office.js takes a second or two inside Word; past this the page would look dead. */
const officeTimeoutMs = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${url}`));
    document.head.append(script);
  });
}

export async function connectToOffice(officeJsUrl: string): Promise<Host> {
  try {
    await withTimeout(loadScript(officeJsUrl), officeTimeoutMs);
  } catch {
    return { kind: 'preview', reason: 'office-js-unavailable' };
  }
  if (typeof Office === 'undefined') return { kind: 'preview', reason: 'office-js-unavailable' };
  let info: { host: Office.HostType | null };
  try {
    info = await withTimeout(Office.onReady(), officeTimeoutMs);
  } catch {
    return { kind: 'preview', reason: 'no-host' };
  }
  if (!info.host) return { kind: 'preview', reason: 'no-host' };
  if (String(info.host) !== 'Word') return { kind: 'preview', reason: 'other-host' };
  const context = Office.context;
  return {
    kind: 'word',
    displayLanguage: context.displayLanguage,
    officeTheme: context.officeTheme ?? undefined,
    isSetSupported: (name, version) => context.requirements.isSetSupported(name, version),
  };
}
