/**
 * Hands the user a .docx the server made: an <a download> on a Blob URL, as a browser saves a file
 * (the browser preview, Word on the web, Word on Windows). Where Word's webview does not download
 * (office-host.ts FileDelivery), an export the server answers at an address of its own, with no
 * sign-in (a built-in template's), is opened in the user's browser instead; anything else cannot be
 * handed over there, and the caller says so.
 */
import type { DocxFile } from '../api.ts';
import { h } from './dom.ts';

/** How long the Blob URL stays valid: the download reads it after click() has returned. */
const blobUrlLifetimeMs = 60_000;

export function downloadBlob(file: DocxFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), blobUrlLifetimeMs);
}
