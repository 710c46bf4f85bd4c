/**
 * Runtime configuration. Which Office.js the page loads is not here: the server writes its script
 * tag into the page's <head> (server/Apis/TaskpaneApi.cs), where Office requires it to be.
 * A deployment may still set window.OUTLINE_CONFIG before the app's script to change the API base.
 */

export interface OutlineConfig {
  /** Base of the HTTP API; "" is the origin that served the page. */
  apiBase: string;
  /** How long an ordinary request may take before the page says so and offers 重试 (api.ts timeouts). */
  requestTimeoutMs?: number;
}

declare global {
  interface Window {
    OUTLINE_CONFIG?: Partial<OutlineConfig>;
  }
}

export function readConfig(): OutlineConfig {
  const given = window.OUTLINE_CONFIG ?? {};
  return { apiBase: given.apiBase ?? '', requestTimeoutMs: given.requestTimeoutMs };
}
