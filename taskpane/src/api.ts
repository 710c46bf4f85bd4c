/**
 * The outline server's HTTP API. The taskpane holds no numbering logic of its own: parsing,
 * rendering and renumbering all happen here, on the server.
 */

export interface LevelFormat {
  numFmt: string;
  lvlText: string;
  continuous?: boolean;
}

export interface NumberingStyle {
  id: string;
  name: string;
  nameEn: string;
  levels: LevelFormat[];
}

export interface TemplateSummary {
  id: string;
  name: string;
  category: string;
  nodeCount: number;
  version: number;
  updatedAt: string;
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
  levels: LevelFormat[];
  nodes: OutlineNode[];
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
  levels: LevelFormat[];
  problems: Problem[];
}

export interface RenumberResult {
  paragraphs: { text: string; level: number | null }[];
  detectedLevels: LevelFormat[];
  problems: Problem[];
}

/** How to number an outline: by a style of the server, or as authored by the given levels. */
export type Numbering = { styleId: string } | { levels: LevelFormat[] };

/** The server answered with an error; `detail`/`title` come from its application/problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title?: string,
    readonly detail?: string,
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

/** Where the API lives; "" for the origin that served the page. */
export function setApiBase(base: string): void {
  apiBase = base.replace(/\/+$/, '');
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiBase + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ServerUnreachableError(error);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}) as { title?: string; detail?: string });
    throw new ApiError(response.status, problem.title, problem.detail);
  }
  return (await response.json()) as T;
}

export const api = {
  numberingStyles: () => request<NumberingStyle[]>('/api/numbering-styles'),

  templateCategories: () => request<string[]>('/api/templates/categories'),

  templates(query: { q?: string; category?: string; page?: number; pageSize?: number }): Promise<TemplatePage> {
    const parameters = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') parameters.set(key, String(value));
    }
    return request<TemplatePage>(`/api/templates?${parameters}`);
  },

  template: (id: string) => request<TemplateDetail>(`/api/templates/${encodeURIComponent(id)}`),

  parse: (text: string) => request<ParseResult>('/api/outlines/parse', { text }),

  render: (nodes: OutlineNode[], numbering: Numbering) =>
    request<{ lines: RenderedLine[] }>('/api/outlines/render', { nodes, ...numbering }).then((result) => result.lines),

  renumber: (paragraphs: { text: string; outlineLevel: number | null }[], styleId: string | null) =>
    request<RenumberResult>('/api/outlines/renumber', { paragraphs, styleId }),
};

/** The first item of each level, as a chain of nodes: rendered, it shows a convention by example (一、 → （一） → 1.). */
export function exampleChain(depth: number): OutlineNode[] {
  let chain: OutlineNode[] = [];
  for (let level = depth; level >= 1; level--) chain = [{ title: '', children: chain }];
  return chain;
}
