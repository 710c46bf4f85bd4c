/**
 * What to tell the user about a failure, whatever threw it: the server, the network, Word, or the
 * user (a missing name, an empty selection). Every message comes from the UI's strings: text from
 * elsewhere (an exception's message, in English) is shown only where those strings allow it.
 */
import { ApiError, RequestTimeoutError, ServerUnreachableError } from '../api.ts';
import { strings } from '../i18n.ts';
import { OfficeSignInError } from '../office-sign-in.ts';
import { DocumentChangedError, InvalidMergeError, OoxmlInsertRefusedError, OutlineNotFoundError, PartialWriteError, WordRefusalError } from '../word/document.ts';

/**
 * A mistake the user can put right (a missing name, an empty selection): its message, already in the
 * UI's language, is shown as it is, and `field`, when given, gets the focus.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: HTMLElement,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Office's errors (OfficeExtension.Error, and the fake's) carry a string `code` such as InvalidArgument. */
function isOfficeError(error: unknown): error is { code: string; message: string } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && 'message' in error;
}

/**
 * Word's error codes (Word.ErrorCodes, OfficeExtension.ErrorCodes) with a sentence of their own that
 * says what to do. Viewing mode, a read-only file and Restrict Editing come back as AccessDenied,
 * NotAllowed, EditModeRequired or a bare GeneralException, depending on the host.
 */
const officeCodes: Record<string, () => string> = {
  ItemNotFound: () => strings.wordItemNotFound,
  AccessDenied: () => strings.wordAccessDenied,
  NotAllowed: () => strings.wordAccessDenied,
  EditModeRequired: () => strings.wordAccessDenied,
  RequestPayloadSizeLimitExceeded: () => strings.wordTooMuch,
  ResponsePayloadSizeLimitExceeded: () => strings.wordTooMuch,
  SearchDialogIsOpen: () => strings.wordSearchDialogOpen,
  SearchStringInvalidOrTooLong: () => strings.wordSearchTooLong,
};

/** Office's own message is localized in the display language, which is the UI's: a Chinese one is worth showing. */
const han = /\p{Script=Han}/u;

function officeMessage(error: { code: string; message: string }): string {
  const known = officeCodes[error.code];
  if (known) return known();
  const message = String(error.message ?? '');
  if (error.code === 'GeneralException' && !han.test(message)) return strings.wordGeneral;
  return strings.wordRefused(message, error.code);
}

export function messageFor(error: unknown): string {
  if (error instanceof UserError) return error.message;
  if (error instanceof OfficeSignInError) return strings.officeSignInFailed(error.by, error.code);
  if (error instanceof ServerUnreachableError) return strings.serverUnreachable;
  if (error instanceof RequestTimeoutError) return strings.requestTimedOut;
  // 401: the token was revoked or never existed; the session has signed out (see session.ts).
  if (error instanceof ApiError && error.status === 401) return strings.tokenRejected;
  if (error instanceof ApiError) return error.detail || error.title || strings.serverError(error.status);
  // An outline whose content control is gone says so (it is also a DocumentChangedError: nothing was written).
  if (error instanceof OutlineNotFoundError) return error.message;
  // The server's merge would have lost or changed the user's text: refused before anything was written (its detail is for developers).
  if (error instanceof InvalidMergeError) return strings.mergeInvalid;
  if (error instanceof DocumentChangedError || (error instanceof Error && error.name === 'DocumentChangedError')) return strings.documentChanged;
  // Our own refusals (tracked changes, a cursor in a table) already say, in the UI's language, what to do.
  if (error instanceof WordRefusalError) return error.message;
  // A host that takes no Office Open XML (#4640), or a package over Word on the web's limit: what to do instead.
  if (error instanceof OoxmlInsertRefusedError) return error.reason === 'hostRefused' ? strings.ooxmlRefused : strings.ooxmlTooLarge;
  // What was written, then why Word stopped when it said so.
  if (error instanceof PartialWriteError) return isOfficeError(error.cause) ? `${error.message} ${officeMessage(error.cause)}` : error.message;
  if (isOfficeError(error)) return officeMessage(error);
  return strings.unexpected(error instanceof Error ? error.message : String(error));
}
