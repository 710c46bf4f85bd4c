/**
 * Stands in for office.js in the end-to-end tests of the Word path: Office reports a Word host and
 * the global Word is the stateful fake, over a document that holds a title and an empty paragraph
 * (or the paragraphs and the selection the test gives). window.__fakeWord lets the test read the
 * document back, its settings included.
 */
import { createFakeWord, FakeDocument, paragraphText, type FakeParagraphInit } from '../../src/word/fake/index.ts';

interface FakeHostOptions {
  displayLanguage?: string;
  wordApiSupported?: boolean;
  /** WordApi 1.4 (document settings); defaults to wordApiSupported. */
  settingsSupported?: boolean;
  paragraphs?: FakeParagraphInit[];
  selection?: { first: number; startOffset: number; last: number; endOffset: number };
  /** Office.onReady answers after this long, as a slow Word does. */
  readyDelayMs?: number;
  partitionKey?: string;
  /** Office.context.officeTheme: Word's theme (its colours), as Office gives it. */
  officeTheme?: Office.OfficeTheme;
  /** What Office.onReady says the platform is ('PC' unless given; 'Mac' has a webview that never downloads). */
  platform?: string;
  /** WordApi 1.5 (a style's font and paragraph format: applyTypographyToStyles); off unless asked for. */
  stylesSupported?: boolean;
  /** Office single sign-on (IdentityAPI 1.3): what each getAccessToken answers in turn, the last one again once they run out. */
  accessTokens?: (string | { code: number })[];
}

const options: FakeHostOptions = (window as unknown as { __fakeHostOptions?: FakeHostOptions }).__fakeHostOptions ?? {};
const fake = new FakeDocument(options.paragraphs ?? [{ text: '二季度工作安排', styleBuiltIn: 'Title' }, { text: '' }]);
if (options.selection) fake.selectText(options.selection.first, options.selection.startOffset, options.selection.last, options.selection.endOffset);
const wordApi = options.wordApiSupported ?? true;
const supported: Record<string, boolean> = { '1.1': wordApi, '1.2': wordApi, '1.3': wordApi, '1.4': options.settingsSupported ?? wordApi, '1.5': options.stylesSupported ?? false };
if (options.stylesSupported) fake.apiSets = { WordApi: '1.5' };
/** A list item's label, only for a list item: the snapshot of any other paragraph is as it always was. */
function listStringOf(paragraph: (typeof fake.paragraphs)[number]): { listString?: string } {
  const listString = fake.listStringOf(paragraph);
  return listString === undefined ? {} : { listString };
}

/** The addresses the page asked Office to open in the user's browser (Office.context.ui.openBrowserWindow). */
const openedInBrowser: string[] = [];

/**
 * Office.auth.getAccessToken as Office answers it: the token, or an error whose `code` is Office's number
 * (learn.microsoft.com/office/dev/add-ins/develop/troubleshoot-sso-in-office-add-ins). Like Office on the web,
 * it refuses a second ask while one is under way (13008).
 */
const accessTokenRequests: Office.AuthOptions[] = [];
const tokenAnswers = [...(options.accessTokens ?? [])];
let asking = false;
async function getAccessToken(authOptions: Office.AuthOptions = {}): Promise<string> {
  accessTokenRequests.push(authOptions);
  if (asking) throw Object.assign(new Error('Another getAccessToken is in progress.'), { code: 13008, name: 'Error' });
  asking = true;
  try {
    await new Promise((settle) => setTimeout(settle, 20));
    const answer = tokenAnswers.length > 1 ? tokenAnswers.shift()! : tokenAnswers[0];
    if (typeof answer === 'string') return answer;
    throw Object.assign(new Error(`Office error ${answer.code}`), { code: answer.code, name: 'Error' });
  } finally {
    asking = false;
  }
}

Object.assign(window, {
  __fakeWord: {
    document: fake,
    snapshot: () => fake.paragraphs.map((paragraph) => ({ text: paragraphText(paragraph), styleBuiltIn: paragraph.styleBuiltIn, level: fake.headingLevel(paragraph), ...listStringOf(paragraph) })),
    /** Each paragraph's runs' Chinese fonts (w:eastAsia), where set directly. */
    runFonts: () => fake.paragraphs.map((paragraph) => paragraph.runs.map((run) => run.eastAsiaFont ?? null)),
    /** The font names and size of a style (Style.font), as the taskpane left them. */
    styleFont: (name: string) => ({ name: fake.styles[name]?.font.name ?? null, nameFarEast: fake.styles[name]?.font.nameFarEast ?? null, size: fake.styles[name]?.font.size ?? null }),
    settings: () => fake.settingValues(),
    openedInBrowser,
    accessTokenRequests,
  },
  Word: createFakeWord(fake),
  Office: {
    HostType: { Word: 'Word' },
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Word', platform: options.platform ?? 'PC' }), options.readyDelayMs ?? 0)),
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      officeTheme: options.officeTheme,
      partitionKey: options.partitionKey,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === 'WordApi' && (supported[version] ?? false)) ||
          (name === 'OpenBrowserWindowApi' && version === '1.1') ||
          (name === 'IdentityAPI' && version === '1.3' && options.accessTokens !== undefined),
      },
      ui: { openBrowserWindow: (url: string) => openedInBrowser.push(url) },
    },
    // Only an Office with single sign-on has it; elsewhere the page must not find it.
    auth: options.accessTokens ? { getAccessToken } : undefined,
  },
});
