/** What to tell the user about a failure, whatever threw it: the server, the network or Word. */
import { ApiError, ServerUnreachableError } from '../api.ts';
import { strings } from '../i18n.ts';
import { DocumentChangedError } from '../word/document.ts';

/** Office's errors (OfficeExtension.Error, and the fake's) carry a string `code` such as InvalidArgument. */
function isOfficeError(error: unknown): error is { code: string; message: string } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && 'message' in error;
}

export function messageFor(error: unknown): string {
  if (error instanceof ServerUnreachableError) return strings.serverUnreachable;
  // 401: the token was revoked or never existed; the session has signed out (see session.ts).
  if (error instanceof ApiError && error.status === 401) return strings.tokenRejected;
  if (error instanceof ApiError) return error.detail || error.title || strings.serverError(error.status);
  if (error instanceof DocumentChangedError) return strings.documentChanged;
  if (isOfficeError(error)) return strings.wordRefused(error.message);
  return strings.unexpected(error instanceof Error ? error.message : String(error));
}
