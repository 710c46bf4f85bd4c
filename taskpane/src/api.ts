/**
 * The outline server's HTTP API. The taskpane holds no numbering logic of its own: parsing,
 * rendering and renumbering all happen here, on the server.
 *
 * The types and the client come from the server's OpenAPI document (src/api/openapi.json →
 * src/api/schema.d.ts, `npm run api:generate`), so the client cannot drift from the server. This file
 * is the thin facade the UI reads: one function per operation, every one with a deadline and a
 * signal its caller can abort when a newer request supersedes it.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './api/schema';
import { fileNameFromContentDisposition } from './content-disposition.ts';

type Schemas = components['schemas'];

export type LevelFormat = Schemas['LevelFormat'];
export type NumberingStyle = Schemas['CatalogStyle'];
export type TemplateSummary = Schemas['TemplateSummary'];
export type TemplatePage = Schemas['TemplatePage'];
export type OutlineNode = Schemas['OutlineNode'];
export type TemplateDetail = Schemas['Template'];
/** What an editor saves: a team template's content. `teamId` is required to create one. */
export type TemplateDraft = Schemas['TemplateRequest'];
export type TemplateVersionInfo = Schemas['TemplateVersionInfo'];
export type TemplateVersion = Schemas['TemplateVersion'];
/** A team template in its team's bin: `deletedBy` is the name of who deleted it. */
export type BinnedTemplate = Schemas['BinnedTemplate'];
export type User = Schemas['User'];
export type TeamRole = Schemas['TeamRole'];
export type Team = Schemas['Team'];
export type Problem = Schemas['OutlineProblem'];
export type RenderedLine = Schemas['RenderedLine'];
/** `levels`: the numbering the text was written in, written right (按原样 renders with it); `keptOut`: lines read as body text. */
export type ParseResult = Schemas['ParseResponse'];
/**
 * A document paragraph as the server reads it: `outlineLevel` 1–9 for a heading, null for body text;
 * `isListItem` when Word numbers it itself (its number is not in `text`): the server keeps it in the
 * structure but never rewrites it.
 */
export type ParagraphInput = Schemas['ParagraphInput'];
/** Paragraphs `start` (0-based) up to, not including, `end`. */
export type ParagraphSelection = Schemas['ParagraphSelection'];
export type RenumberResult = Schemas['RenumberResponse'];

/** A fill-in field in an outline's titles ({单位}) and how many times it occurs. */
export type OutlineField = Schemas['FieldCount'];
/** A habitual 公文 blank (XX, ××, ○○) in the titles, and the field the server suggests it becomes. */
export type FieldPlaceholder = Schemas['Placeholder'];
/** A literal text of the titles (a filled value, a blank) to become the field `name`. */
export type FieldReplacement = Schemas['ReplacementInput'];
/** What the form opens with: remembered values (a team's) and computed ones (`computed`: 年份, 季度…, never remembered). */
export type FieldDefaults = Schemas['FieldDefaults'];
type MergeOperation = paths['/api/outlines/merge']['post'];
/**
 * An inserted outline brought to a newer version of its template: `from` the version it was inserted
 * from, `to` the current one, `paragraphs` the outline as it stands in the document (headings with
 * their markers and the user's body paragraphs, in order). No `styleId`: numbered in the style the
 * server detects in `paragraphs`.
 */
export type MergeRequest = MergeOperation['requestBody']['content']['application/json'];
/** What the outline becomes: each paragraph with its origin, and the document's empty headings the new version dropped. */
export type MergeResult = MergeOperation['responses'][200]['content']['application/json'];

/** How to number an outline: by a style of the server, or as authored by the given levels. */
export type Numbering = { styleId: string } | { levels: LevelFormat[] };

/** Markers written as text (一、, the default), or Word's own multilevel list numbering. */
export type ListNumbering = 'text' | 'list';
/** How a Word package lays the outline out: as Word's defaults, or as GB/T 9704 公文 (and whether level 3 is bold). */
export type TypographyPreset = 'none' | 'gongwen';
/** `styles`: the package defines the Heading/Normal styles; `direct`: the inserted headings are formatted themselves. */
export type TypographyApplication = 'styles' | 'direct';
export interface Typography {
  preset: TypographyPreset;
  boldLevel3?: boolean;
  application?: TypographyApplication;
}

/** An outline to write as a Word package: its nodes, how to number them, and how to lay them out. */
export interface WordOutlineRequest {
  nodes: OutlineNode[];
  numbering: Numbering;
  listNumbering: ListNumbering;
  typography: Typography;
}

/** A .docx from the server, named as its Content-Disposition says. */
export interface DocxFile {
  blob: Blob;
  fileName: string;
}

/** A server answer with its ETag: what a later save sends back as If-Match. The client never makes one up. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/**
 * The server answered with an error; `detail`/`title` come from its application/problem+json body,
 * `problem` is the whole body (412 adds currentVersion, updatedBy, updatedAt; 409 existingId,
 * existingVersion, existingName) and `etag` the response's ETag header (a 412 carries the current one).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title?: string,
    readonly detail?: string,
    readonly problem: Record<string, unknown> = {},
    readonly etag?: string,
  ) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** No answer at all: the server is down or the network is. */
export class ServerUnreachableError extends Error {
  constructor(cause: unknown) {
    super('Server unreachable', { cause });
    this.name = 'ServerUnreachableError';
  }
}

/** No answer within the request's deadline: worth trying again. */
export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/** The request was aborted by its caller (a newer one superseded it): nothing to tell the user. */
export function isAborted(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** How long a request may take: an ordinary one, and one that carries a whole document. */
export const timeouts = { defaultMs: 20_000, documentMs: 120_000 };

export interface CallOptions {
  /** Aborting it abandons the request: it then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Instead of the request's usual deadline. */
  timeoutMs?: number;
}

/**
 * Where the signed-in user's bearer comes from: an access token, as it is; or Office single sign-on
 * (office-sign-in.ts), whose token expires and is asked of Office again.
 */
export interface Credentials {
  /** The bearer to send now: an access token at once, Office's perhaps after asking Office. */
  bearer(): string | Promise<string>;
  /** The server refused `rejected` (401): another one to send the request with once more, or null when there is none. */
  renew(rejected: string): Promise<string | null>;
}

let apiBase = '';
let credentials: Credentials | null = null;
let onUnauthorized: (() => void) | undefined;

/** globalThis.fetch looked up at each request, so a test's stand-in server is used. */
const newClient = () => createClient<paths>({ baseUrl: apiBase, fetch: (request) => globalThis.fetch(request) });
let client = newClient();

/** Where the API lives; "" for the origin that served the page. */
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/+$/, '');
  client = newClient();
}

/** The signed-in user's access token, sent as a Bearer token with every request; null when signed out. */
export function setAccessToken(token: string | null): void {
  credentials = token === null ? null : { bearer: () => token, renew: () => Promise.resolve(null) };
}

/** Signed in some other way than with an access token (Office single sign-on); null when signed out. */
export function setCredentials(given: Credentials | null): void {
  credentials = given;
}

/** Called when the server refuses the signed-in user's token (401: revoked, unknown, expired and not renewed), or no token can be had. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface ExchangeOptions extends CallOptions {
  /** Another token than the signed-in one: signing in checks a token before keeping it. */
  token?: string | null;
  /** What the answer is (a .docx); JSON by default. Errors come back as problem+json either way. */
  accept?: string;
}

/** What openapi-fetch answers: the parsed body (data or error) and the response. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

type Init = { headers: Record<string, string>; signal: AbortSignal };

/**
 * Sends one request (`send`, given the headers and the signal to use) and turns what comes back into
 * a value or one of the errors above. Aborted by the caller: the caller's AbortError; past the
 * deadline: RequestTimeoutError; no answer at all: ServerUnreachableError.
 *
 * A 401 on the signed-in user's bearer asks its credentials for another (Office renews an expired
 * token) and sends the request once more; refused again, or with none to be had, the user is signed out.
 */
async function exchange<T>(options: ExchangeOptions, send: (init: Init) => Promise<Answer<T>>): Promise<Versioned<T>> {
  // Only the signed-in user's bearer is renewed or signs out; a token being tried at sign-in is simply refused.
  const signedIn = options.token === undefined ? credentials : null;
  // Signed out or in again meanwhile: what happens to this request's bearer is no longer the session's business.
  const stillSignedIn = () => signedIn !== null && signedIn === credentials;
  let token = options.token ?? null;
  if (signedIn) {
    try {
      // An access token is there at once: the request leaves now, as it did before Office sign-in existed.
      const bearer = signedIn.bearer();
      token = typeof bearer === 'string' ? bearer : await bearer;
    } catch (error) {
      if (stillSignedIn()) onUnauthorized?.();
      throw error;
    }
  }
  let answer = await sendOnce(options, token, send);
  if (answer.response.status === 401 && token && stillSignedIn()) {
    const renewed = await signedIn!.renew(token);
    if (renewed && stillSignedIn()) answer = await sendOnce(options, (token = renewed), send);
    if (answer.response.status === 401 && stillSignedIn()) onUnauthorized?.();
  }
  const { response } = answer;
  const etag = response.headers.get('etag') ?? '';
  if (!response.ok) {
    const problem = typeof answer.error === 'object' && answer.error !== null ? (answer.error as Record<string, unknown>) : {};
    const text = (name: string) => (typeof problem[name] === 'string' ? (problem[name] as string) : undefined);
    throw new ApiError(response.status, text('title'), text('detail'), problem, etag || undefined);
  }
  return { value: answer.data as T, etag };
}

/** One try of a request, with `token` as its bearer, within the request's deadline. */
async function sendOnce<T>(options: ExchangeOptions, token: string | null, send: (init: Init) => Promise<Answer<T>>): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const timeoutMs = options.timeoutMs ?? timeouts.defaultMs;
  // One controller for the deadline and the caller's abort: AbortSignal.any (Chrome 116, Safari 17.4)
  // and AbortSignal.timeout (Safari 16) are missing in the older webviews Office runs the page in.
  const controller = new AbortController();
  let pastDeadline = false;
  const timer = setTimeout(() => {
    pastDeadline = true;
    controller.abort(new RequestTimeoutError(timeoutMs));
  }, timeoutMs);
  const forwardAbort = () => controller.abort(options.signal?.reason);
  try {
    if (options.signal?.aborted) forwardAbort();
    else options.signal?.addEventListener('abort', forwardAbort, { once: true });
    return await send({ headers, signal: controller.signal });
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new DOMException('Aborted', 'AbortError');
    if (pastDeadline) throw new RequestTimeoutError(timeoutMs);
    throw new ServerUnreachableError(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

/**
 * The answer of a call whose ETag is the base of the next save: without one, the save would be sent
 * with an empty If-Match. A server that answers so is broken; saying so beats a save that cannot work.
 */
const withETag = <T>(versioned: Promise<Versioned<T>>): Promise<Versioned<T>> =>
  versioned.then((result) => {
    if (!result.etag) throw new Error('The server answered without the ETag of the template’s version');
    return result;
  });
const value = <T>(versioned: Promise<Versioned<T>>): Promise<T> => versioned.then((result) => result.value);
const documentCall = (options: CallOptions): CallOptions => ({ timeoutMs: timeouts.documentMs, ...options });

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The body of the Word package endpoints: the numbering as styleId or levels, as render takes it. */
function wordOutlineBody(request: WordOutlineRequest) {
  const { nodes, numbering, listNumbering, typography } = request;
  return { nodes, styleId: 'styleId' in numbering ? numbering.styleId : null, levels: 'levels' in numbering ? numbering.levels : null, numbering: listNumbering, typography };
}

export interface TemplateDocxQuery {
  /** Absent: numbered as the template was authored. */
  styleId?: string;
  listNumbering: ListNumbering;
  typography: Typography;
}

const templateDocxParameters = (query: TemplateDocxQuery) => ({
  styleId: query.styleId,
  numbering: query.listNumbering,
  typography: query.typography.preset,
  boldLevel3: query.typography.boldLevel3 ?? false,
});

/** A .docx answer (`send` asks for it as a blob), named by its Content-Disposition (`fallbackName` when it has none the page can read). */
async function docxFile(options: CallOptions, send: (init: Init) => Promise<Answer<Blob>>, fallbackName: string): Promise<DocxFile> {
  let answered: Response | undefined;
  const { value: blob } = await exchange({ ...documentCall(options), accept: `${docxType}, application/problem+json` }, async (init) => {
    const answer = await send(init);
    answered = answer.response;
    return answer;
  });
  return { blob, fileName: fileNameFromContentDisposition(answered?.headers.get('content-disposition') ?? null) ?? fallbackName };
}

export const api = {
  numberingStyles: (options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/numbering-styles', init))),

  templateCategories: (options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/templates/categories', init))),

  templates(query: { q?: string; category?: string; teamId?: string; scope?: string; page?: number; pageSize?: number }, options: CallOptions = {}): Promise<TemplatePage> {
    // An empty search or category is no filter: not sent.
    const given = Object.fromEntries(Object.entries(query).filter(([, part]) => part !== undefined && part !== ''));
    return value(exchange(options, (init) => client.GET('/api/templates', { ...init, params: { query: given } })));
  },

  template: (id: string, options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/templates/{id}', { ...init, params: { path: { id } } }))),

  /** The template and the ETag of its current version, to base a new version on. */
  versionedTemplate: (id: string, options: CallOptions = {}) => withETag(exchange(options, (init) => client.GET('/api/templates/{id}', { ...init, params: { path: { id } } }))),

  parse: (text: string, options: CallOptions = {}) => value(exchange(options, (init) => client.POST('/api/outlines/parse', { ...init, body: { text } }))),

  render: (nodes: OutlineNode[], numbering: Numbering, options: CallOptions = {}) =>
    value(
      exchange(options, (init) =>
        client.POST('/api/outlines/render', {
          ...init,
          body: { nodes, styleId: 'styleId' in numbering ? numbering.styleId : null, levels: 'levels' in numbering ? numbering.levels : null },
        }),
      ),
    ).then((result) => result.lines),

  /**
   * Renumbers the document's paragraphs. With `selection`, `paragraphs` is the whole document, read
   * for context (a selection starting at 三、 goes on from the 二、 before it), and only the selected
   * paragraphs change; `problems` are those of the selection. Paragraph indexes are the document's.
   */
  renumber: (paragraphs: ParagraphInput[], styleId: string | null, selection?: ParagraphSelection, numbering?: ListNumbering, options: CallOptions = {}) =>
    value(exchange(documentCall(options), (init) => client.POST('/api/outlines/renumber', { ...init, body: { paragraphs, styleId, selection, numbering } }))),

  /** The merge of an inserted outline with a newer version of its template (MergeRequest): nothing is written here. */
  mergeOutline: (request: MergeRequest, options: CallOptions = {}): Promise<MergeResult> =>
    value(exchange(documentCall(options), (init) => client.POST('/api/outlines/merge', { ...init, body: request }))),

  /** A document's headings as an outline tree, markers stripped, with the style they were written in. */
  capture: (paragraphs: ParagraphInput[], options: CallOptions = {}) => value(exchange(documentCall(options), (init) => client.POST('/api/outlines/capture', { ...init, body: { paragraphs } }))),

  /** The outline as a flat-OPC package for Word's insertOoxml: list numbering and typography as asked. */
  renderOoxml: (request: WordOutlineRequest, options: CallOptions = {}) =>
    value(exchange(documentCall(options), (init) => client.POST('/api/outlines/ooxml', { ...init, body: wordOutlineBody(request) }))),

  /** An unsaved outline (imported, previewed) as a .docx named `name` (the server's 提纲 when absent). */
  outlineDocx: (request: WordOutlineRequest & { name?: string }, options: CallOptions = {}): Promise<DocxFile> =>
    docxFile(options, (init) => client.POST('/api/outlines/docx', { ...init, body: { ...wordOutlineBody(request), name: request.name }, parseAs: 'blob' }), `${request.name ?? 'outline'}.docx`),

  /** A template (its current version) as a .docx named after it; no `styleId`: numbered as authored. */
  templateDocx: (id: string, query: TemplateDocxQuery, options: CallOptions = {}): Promise<DocxFile> =>
    docxFile(options, (init) => client.GET('/api/templates/{id}/docx', { ...init, params: { path: { id }, query: templateDocxParameters(query) }, parseAs: 'blob' }), 'outline.docx'),

  /** The address of a template's .docx, for a browser to open (a built-in template's: it needs no sign-in). */
  templateDocxUrl(id: string, query: TemplateDocxQuery): string {
    const parameters = new URLSearchParams(Object.entries(templateDocxParameters(query)).flatMap(([name, part]) => (part === undefined ? [] : [[name, String(part)]])));
    return new URL(`${apiBase}/api/templates/${encodeURIComponent(id)}/docx?${parameters}`, globalThis.location?.href).href;
  },

  /** How users may sign in: Office single sign-on too when `sso` (asked without any bearer: it is the same for everyone). */
  signInMethods: (options: CallOptions = {}) => value(exchange({ ...options, token: null }, (init) => client.GET('/api/auth', init))),

  // Fill-in fields ({单位}): found, filled and made by the server's one engine.
  /** The fields in the outline's titles, and the habitual blanks (XX) that could become fields. */
  outlineFields: (nodes: OutlineNode[], options: CallOptions = {}) => value(exchange(documentCall(options), (init) => client.POST('/api/outlines/fields', { ...init, body: { nodes } }))),

  /** The outline with `values` in its fields; a field with no value (or an empty one) stays {名称}. */
  fillFields: (nodes: OutlineNode[], values: Record<string, string>, options: CallOptions = {}) =>
    value(exchange(documentCall(options), (init) => client.POST('/api/outlines/fields/fill', { ...init, body: { nodes, values } }))),

  /** The outline with each replacement's literal text turned into its field. */
  replaceFields: (nodes: OutlineNode[], replacements: FieldReplacement[], options: CallOptions = {}) =>
    value(exchange(documentCall(options), (init) => client.POST('/api/outlines/fields/replace', { ...init, body: { nodes, replacements } }))),

  /** The computed values (in the team's time zone), with the team's remembered ones when `teamId` is given (members only). */
  fieldDefaults: (teamId?: string, options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/field-defaults', { ...init, params: { query: teamId ? { teamId } : {} } }))),

  /** Remembers filled values for the team (any member); the server keeps only the names it does not compute. */
  saveFieldDefaults: (teamId: string, values: Record<string, string>, options: CallOptions = {}) =>
    exchange(options, (init) => client.PUT('/api/teams/{teamId}/field-defaults', { ...init, params: { path: { teamId } }, body: { values } })).then(() => undefined),

  // Team sharing: these need a signed-in user.
  me: (token?: string, options: CallOptions = {}) => value(exchange({ ...options, token }, (init) => client.GET('/api/users/me', init))),

  teams: (options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/teams', init))),

  createTeam: (name: string, options: CallOptions = {}) => value(exchange(options, (init) => client.POST('/api/teams', { ...init, body: { name } }))),

  /** 409 (ApiError, with existingId, existingVersion, existingName) when the team has a template of that name. */
  createTemplate: (draft: TemplateDraft, options: CallOptions = {}) => withETag(exchange(options, (init) => client.POST('/api/templates', { ...init, body: draft }))),

  /**
   * Saves a new version; `etag` is the server's ETag of the version the edit was based on. 412
   * (ApiError) when someone saved since. Content identical to the current version makes no new
   * version: the answer is the current version, unchanged.
   */
  updateTemplate: (id: string, draft: TemplateDraft, etag: string, options: CallOptions = {}) =>
    withETag(exchange(options, (init) => client.PUT('/api/templates/{id}', { ...init, params: { path: { id }, header: { 'If-Match': etag } }, body: draft }))),

  versions: (id: string, options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/templates/{id}/versions', { ...init, params: { path: { id } } }))),

  version: (id: string, version: number, options: CallOptions = {}) => value(versionOf(id, version, options)),

  /** A version of a template with that version's ETag, to base a new version on what the document holds. */
  versionedVersion: (id: string, version: number, options: CallOptions = {}) => withETag(versionOf(id, version, options)),

  restoreVersion: (id: string, version: number, options: CallOptions = {}) =>
    withETag(exchange(options, (init) => client.POST('/api/templates/{id}/versions/{version}/restore', { ...init, params: { path: { id, version } } }))),

  /** Moves a team template to its team's bin (editors and owners); only an owner can take it out again. */
  deleteTemplate: (id: string, options: CallOptions = {}) => exchange(options, (init) => client.DELETE('/api/templates/{id}', { ...init, params: { path: { id } } })).then(() => undefined),

  /** The team's deleted templates, most recently deleted first. */
  bin: (teamId: string, options: CallOptions = {}) => value(exchange(options, (init) => client.GET('/api/teams/{teamId}/bin', { ...init, params: { path: { teamId } } }))),

  /** Takes a template out of the bin (owners): back in the team's list at the version it had. */
  restoreFromBin: (teamId: string, id: string, options: CallOptions = {}) =>
    exchange(options, (init) => client.POST('/api/teams/{teamId}/bin/{id}/restore', { ...init, params: { path: { teamId, id } } })).then(() => undefined),
};

function versionOf(id: string, version: number, options: CallOptions): Promise<Versioned<TemplateVersion>> {
  return exchange(options, (init) => client.GET('/api/templates/{id}/versions/{version}', { ...init, params: { path: { id, version } } }));
}

/** The first item of each level, as a chain of nodes: rendered, it shows a convention by example (一、 → （一） → 1.). */
export function exampleChain(depth: number): OutlineNode[] {
  let chain: OutlineNode[] = [];
  for (let level = depth; level >= 1; level--) chain = [{ title: '', children: chain }];
  return chain;
}
