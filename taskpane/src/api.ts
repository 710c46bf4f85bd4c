/**
 * The outline server's HTTP API. The taskpane holds no numbering logic of its own: parsing,
 * rendering and renumbering all happen here, on the server.
 */

export interface LevelFormat {
  numFmt: string;
  lvlText: string;
  continuous?: boolean;
  /** The first number of the level (an excerpt that starts at 五、); 1 when absent. */
  start?: number;
}

export interface NumberingStyle {
  id: string;
  name: string;
  nameEn: string;
  levels: LevelFormat[];
}

export type TemplateScope = 'builtin' | 'team';

export interface TemplateSummary {
  id: string;
  name: string;
  category: string;
  nodeCount: number;
  version: number;
  updatedAt: string;
  scope: TemplateScope;
  /** Set for a team template; built-ins have none. */
  teamId?: string | null;
  /** The name of who saved the current version (team templates). */
  updatedBy?: string | null;
  tags?: string[];
}

export interface TemplatePage {
  items: TemplateSummary[];
  total: number;
}

export interface OutlineNode {
  title: string;
  children: OutlineNode[];
  numbering?: LevelFormat | null;
}

export interface TemplateDetail {
  id: string;
  name: string;
  category: string;
  defaultStyleId: string | null;
  version: number;
  updatedAt: string;
  scope: TemplateScope;
  teamId?: string | null;
  updatedBy?: string | null;
  tags?: string[];
  levels: LevelFormat[];
  nodes: OutlineNode[];
}

/** A template with the ETag (`"<id>-v<version>"`) a later save must send back as If-Match. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** What an editor saves: a team template's content. `teamId` is required to create one. */
export interface TemplateDraft {
  name: string;
  category?: string;
  tags?: string[];
  defaultStyleId?: string | null;
  levels: LevelFormat[];
  nodes: OutlineNode[];
  teamId?: string;
}

export interface TemplateVersionInfo {
  version: number;
  name: string;
  nodeCount: number;
  createdAt: string;
  createdBy: string;
  /** Set when this version restored an older one. */
  restoredFrom: number | null;
}

export interface TemplateVersion {
  templateId: string;
  version: number;
  createdAt: string;
  createdBy: string;
  restoredFrom: number | null;
  content: { name: string; category: string; tags: string[]; defaultStyleId: string; levels: LevelFormat[]; nodes: OutlineNode[] };
}

/** A team template in its team's bin: `deletedBy` is the name of who deleted it. */
export interface BinnedTemplate {
  id: string;
  name: string;
  version: number;
  deletedAt: string;
  deletedBy: string;
}

export interface User {
  id: string;
  name: string;
}

export type TeamRole = 'owner' | 'editor' | 'viewer';

export interface Team {
  id: string;
  name: string;
  role: TeamRole;
}

export interface Problem {
  code: string;
  index: number;
  level: number;
  found: string;
  expected: string;
  message: string;
}

export interface RenderedLine {
  level: number;
  text: string;
}

export interface ParseResult {
  nodes: OutlineNode[];
  /** The numbering the text was written in, written right: 按原样 renders with it. */
  levels: LevelFormat[];
  problems: Problem[];
  /** The lines (from 0) read as body text of a pasted document, not as headings. */
  keptOut: number[];
}

/**
 * A document paragraph as the server reads it: `outlineLevel` 1–9 for a heading, null for body text;
 * `isListItem` when Word numbers it itself (its number is not in `text`): the server keeps it in the
 * structure but never rewrites it.
 */
export interface ParagraphInput {
  text: string;
  outlineLevel: number | null;
  isListItem?: boolean;
}

/** Paragraphs `start` (0-based) up to, not including, `end`. */
export interface ParagraphSelection {
  start: number;
  end: number;
}

export interface RenumberResult {
  paragraphs: { text: string; level: number | null }[];
  detectedLevels: LevelFormat[];
  problems: Problem[];
}

/** How to number an outline: by a style of the server, or as authored by the given levels. */
export type Numbering = { styleId: string } | { levels: LevelFormat[] };

/**
 * The server answered with an error; `detail`/`title` come from its application/problem+json body,
 * `problem` is the whole body (412 adds currentVersion, updatedBy, updatedAt) and `etag` the
 * response's ETag header (a 412 carries the current one).
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

let apiBase = '';
let accessToken: string | null = null;
let onUnauthorized: (() => void) | undefined;

/** Where the API lives; "" for the origin that served the page. */
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/+$/, '');
}

/** The signed-in user's access token, sent as a Bearer token with every request; null when signed out. */
export function setAccessToken(token: string | null): void {
  accessToken = token;
}

/** Called when the server refuses the token the request carried (401): revoked or unknown. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  ifMatch?: string;
  /** Another token than the signed-in one: signing in checks a token before keeping it. */
  token?: string | null;
}

async function send<T>(path: string, options: RequestOptions = {}): Promise<Versioned<T>> {
  const token = options.token !== undefined ? options.token : accessToken;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  let response: Response;
  try {
    response = await fetch(apiBase + path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new ServerUnreachableError(error);
  }
  const etag = response.headers.get('etag') ?? '';
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const text = (name: string) => (typeof problem[name] === 'string' ? (problem[name] as string) : undefined);
    // Only the signed-in token is signed out; a token being tried at sign-in is simply refused.
    if (response.status === 401 && token && token === accessToken && options.token === undefined) onUnauthorized?.();
    throw new ApiError(response.status, text('title'), text('detail'), problem, etag || undefined);
  }
  const value = (response.status === 204 ? undefined : await response.json()) as T;
  return { value, etag };
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  return (await send<T>(path, { body })).value;
}

const templatePath = (id: string) => `/api/templates/${encodeURIComponent(id)}`;
const binPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}/bin`;

export const api = {
  numberingStyles: () => request<NumberingStyle[]>('/api/numbering-styles'),

  templateCategories: () => request<string[]>('/api/templates/categories'),

  templates(query: { q?: string; category?: string; teamId?: string; scope?: TemplateScope; page?: number; pageSize?: number }): Promise<TemplatePage> {
    const parameters = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') parameters.set(key, String(value));
    }
    return request<TemplatePage>(`/api/templates?${parameters}`);
  },

  template: (id: string) => request<TemplateDetail>(templatePath(id)),

  /** The template and its current ETag, to base a new version on. */
  versionedTemplate: (id: string) => send<TemplateDetail>(templatePath(id)),

  parse: (text: string) => request<ParseResult>('/api/outlines/parse', { text }),

  render: (nodes: OutlineNode[], numbering: Numbering) =>
    request<{ lines: RenderedLine[] }>('/api/outlines/render', { nodes, ...numbering }).then((result) => result.lines),

  /**
   * Renumbers the document's paragraphs. With `selection`, `paragraphs` is the whole document, read
   * for context (a selection starting at 三、 goes on from the 二、 before it), and only the selected
   * paragraphs change; `problems` are those of the selection. Paragraph indexes are the document's.
   */
  renumber: (paragraphs: ParagraphInput[], styleId: string | null, selection?: ParagraphSelection) =>
    request<RenumberResult>('/api/outlines/renumber', { paragraphs, styleId, selection }),

  /** A document's headings as an outline tree, markers stripped, with the style they were written in. */
  capture: (paragraphs: ParagraphInput[]) => request<ParseResult>('/api/outlines/capture', { paragraphs }),

  // Team sharing: these need a signed-in user.
  me: (token?: string) => send<User>('/api/users/me', { token }).then((result) => result.value),

  teams: () => request<Team[]>('/api/teams'),

  createTeam: (name: string) => request<Team>('/api/teams', { name }),

  createTemplate: (draft: TemplateDraft) => send<TemplateDetail>('/api/templates', { method: 'POST', body: draft }),

  /** Saves a new version; `etag` is the version the edit was based on. 412 (ApiError) when someone saved since. */
  updateTemplate: (id: string, draft: TemplateDraft, etag: string) => send<TemplateDetail>(templatePath(id), { method: 'PUT', body: draft, ifMatch: etag }),

  versions: (id: string) => request<TemplateVersionInfo[]>(`${templatePath(id)}/versions`),

  version: (id: string, version: number) => request<TemplateVersion>(`${templatePath(id)}/versions/${version}`),

  restoreVersion: (id: string, version: number) =>
    send<TemplateDetail>(`${templatePath(id)}/versions/${version}/restore`, { method: 'POST' }),

  /** Moves a team template to its team's bin (editors and owners); only an owner can take it out again. */
  deleteTemplate: (id: string) => send<void>(templatePath(id), { method: 'DELETE' }).then(() => undefined),

  /** The team's deleted templates, most recently deleted first. */
  bin: (teamId: string) => request<BinnedTemplate[]>(binPath(teamId)),

  /** Takes a template out of the bin (owners): back in the team's list at the version it had. */
  restoreFromBin: (teamId: string, id: string) =>
    send<void>(`${binPath(teamId)}/${encodeURIComponent(id)}/restore`, { method: 'POST' }).then(() => undefined),
};

/** The ETag of a version of a template, as the server writes it. */
export function etagOf(id: string, version: number): string {
  return `"${id}-v${version}"`;
}

/** The first item of each level, as a chain of nodes: rendered, it shows a convention by example (一、 → （一） → 1.). */
export function exampleChain(depth: number): OutlineNode[] {
  let chain: OutlineNode[] = [];
  for (let level = depth; level >= 1; level--) chain = [{ title: '', children: chain }];
  return chain;
}
