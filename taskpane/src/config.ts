/**
 * Runtime configuration, from /taskpane/config.js which the server generates (it sets
 * window.OUTLINE_CONFIG). Without it (a plain static server, tests) the defaults apply.
 */

export const defaultOfficeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface OutlineConfig {
  /** Office.js address: Microsoft's CDN, 21Vianet's in China, or an intranet copy. */
  officeJsUrl: string;
  /** Base of the HTTP API; "" is the origin that served the page. */
  apiBase: string;
}

declare global {
  interface Window {
    OUTLINE_CONFIG?: Partial<OutlineConfig>;
  }
}

export function readConfig(): OutlineConfig {
  const given = window.OUTLINE_CONFIG ?? {};
  return {
    officeJsUrl: given.officeJsUrl || defaultOfficeJsUrl,
    apiBase: given.apiBase ?? '',
  };
}
