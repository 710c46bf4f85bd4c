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

/** Where times are shown when no team says otherwise (built-in templates, signed out): China's. */
export const defaultTimeZone = 'Asia/Shanghai';
let displayTimeZone = defaultTimeZone;

/** Every time on the page is shown in one zone: the current team's (an IANA name), else defaultTimeZone. True when it changed. */
export function setDisplayTimeZone(zone: string | null | undefined): boolean {
  const previous = displayTimeZone;
  displayTimeZone = zone && isTimeZone(zone) ? zone : defaultTimeZone;
  return displayTimeZone !== previous;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone the browser (Word's webview) shows times in. */
function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Formatters by locale and options: building an Intl.DateTimeFormat is the costly part, and a list formats a date per item. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * The one formatter of the page's dates: a day ("11月25日" / "25 Nov", with the year when it is not
 * this year's) and, with `time`, its hour and minute, in the display zone, named ("中国标准时间") when
 * it is not the browser's, so that a time never reads as local when it is not.
 */
function formatInstant(iso: string, time: boolean, now: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timeZone = displayTimeZone;
  const yearOf = (instant: Date) => dateFormat('en', { year: 'numeric', timeZone }).format(instant);
  const year = yearOf(date) === yearOf(now) ? undefined : 'numeric';
  const day = dateFormat(locale(), { year, month: currentLanguage === 'zh' ? 'long' : 'short', day: 'numeric', timeZone }).format(date);
  const clock = time ? dateFormat(locale(), { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date) : undefined;
  const text = clock === undefined ? day : currentLanguage === 'zh' ? `${day} ${clock}` : `${day}, ${clock}`;
  if (timeZone === browserTimeZone()) return text;
  const zoneName =
    dateFormat(locale(), { timeZone, timeZoneName: 'long' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return strings.timeZoneNamed(text, zoneName);
}

/** A day in the UI language and the display zone: "11月25日" / "25 Nov". */
export function formatDay(iso: string, now = new Date()): string {
  return formatInstant(iso, false, now);
}

/** A day and time in the UI language and the display zone: "11月25日 14:05" / "25 Nov, 14:05". */
export function formatDateTime(iso: string, now = new Date()): string {
  return formatInstant(iso, true, now);
}
