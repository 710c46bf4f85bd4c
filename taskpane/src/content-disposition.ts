/**
 * The file name a download's Content-Disposition gives. The server names exports in Chinese
 * (工作方案.docx), which only RFC 5987's `filename*=UTF-8''…` can carry; `filename="…"` is its ASCII
 * stand-in for old clients (RFC 6266 §4.3: filename* wins when both are there).
 */

/** `filename*` (RFC 5987 ext-value: charset'language'percent-encoded), else `filename`; null when neither can be read. */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;\s]+)/i.exec(header);
  if (extended && /^utf-8$/i.test(extended[1])) {
    try {
      return safeName(decodeURIComponent(extended[2]));
    } catch {
      // A malformed escape: the plain filename may still be there.
    }
  }
  const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
  if (plain) return safeName(plain[1] !== undefined ? plain[1].replace(/\\(.)/g, '$1') : plain[2]);
  return null;
}

/** Only the last path segment: a name is never a path (RFC 6266 §4.3). */
function safeName(name: string): string | null {
  const last = name.split(/[\\/]/).pop()?.trim() ?? '';
  return last === '' ? null : last;
}
