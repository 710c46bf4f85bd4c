/**
 * The taskpane's strings, Chinese first. English is used when Office's display language (or, in the
 * browser preview, the browser's) is not Chinese. Each language's table is a module of its own
 * (i18n/zh.ts, i18n/en.ts), loaded with import() when the language is known: Word loads one of them,
 * not both. Until then the page shows index.html's boot message.
 */
import type { NumberingStyle } from './api.ts';
import type { Strings } from './i18n/zh.ts';

export type { Strings };

export type Language = 'zh' | 'en';

export function languageOf(tag: string | undefined | null): Language {
  return !tag || /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/** The strings of the language in use; set (and loaded) by setLanguage before the UI is built. */
export let strings: Strings;
let currentLanguage: Language = 'zh';

const tables: Record<Language, () => Promise<Strings>> = {
  zh: () => import('./i18n/zh.ts').then((module) => module.zh),
  en: () => import('./i18n/en.ts').then((module) => module.en),
};

/** Loads the language's strings (a chunk of their own) and uses them from then on. */
export async function setLanguage(language: Language): Promise<void> {
  const table = await tables[language]();
  currentLanguage = language;
  strings = table;
  // Unit tests run in Node, with no page to mark.
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

export function styleName(style: NumberingStyle): string {
  return currentLanguage === 'zh' ? style.name : style.nameEn;
}

function locale(): string {
  return currentLanguage === 'zh' ? 'zh-CN' : 'en-GB';
}

/** A day in the UI language: "11月25日" / "25 Nov", with the year when it is not this year's. */
export function formatDay(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const year = date.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return new Intl.DateTimeFormat(locale(), { year, month: currentLanguage === 'zh' ? 'long' : 'short', day: 'numeric' }).format(date);
}

/** A day and time in the UI language: "11月25日 14:05" / "25 Nov, 14:05". */
export function formatDateTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
  return currentLanguage === 'zh' ? `${formatDay(iso, now)} ${time}` : `${formatDay(iso, now)}, ${time}`;
}
