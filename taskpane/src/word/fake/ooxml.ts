/**
 * Range.insertOoxml and Paragraph.insertOoxml (WordApi 1.1) over the fake document: a flat-OPC package
 * (pkg:package, learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml)
 * read the way Word reads it, and harsh where Word is:
 * - the document's styles win over the package's definitions of them (OfficeDev/office-js#5491 and
 *   office-js-docs#272: "by design, we don't want to modify the style of the existing content"); the
 *   fake's built-in styles always exist, so a package never changes them, and a package style counts
 *   only through its w:name ("heading 1"), which is what Word keys built-in styles by in any language;
 * - numbering definitions come in as new lists with fresh ids, except that a list whose w:numId, or
 *   whose definition's w:nsid, the document already has joins that list and keeps the document's
 *   definition: an existing definition is never replaced (OfficeDev/office-js#5243; ECMA-376 Part 1
 *   §17.9.15); the server draws all of them afresh for every package;
 * - the last inserted paragraph ends on the paragraph mark that was there, so it takes that paragraph's
 *   style (and list): a Heading 1 there comes out as the paragraph's old style (OfficeDev/office-js#2914);
 * - a host that refuses insertOoxml (a WOPI partner host, OfficeDev/office-js#4640) fails with NotAllowed;
 *   Word on the web refuses a request over its payload limit (RequestPayloadSizeLimitExceeded, see client.ts).
 * The fake inserts in place of whole paragraphs (or into an empty one): what the taskpane does.
 */
import { invalidArgument } from './client.ts';
import { listLevelCount, modelledNumFmts, type FakeListDefinition, type FakeListLevel, type FakeNumFmt } from './lists.ts';
import { builtInStyleNames, createParagraph, FakeOfficeError, paragraphText, type FakeDocument, type FakeParagraph, type FakeRun } from './model.ts';
import type { RangeTarget } from './ranges.ts';

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const packageNamespace = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** A paragraph of the package: its runs, its style as the package names it, and its list (w:numPr). */
interface PackageParagraph {
  runs: FakeRun[];
  styleId?: string;
  outlineLevel?: number;
  numbering?: { numId: string; level: number };
}

interface ParsedPackage {
  paragraphs: PackageParagraph[];
  /** w:styleId → w:name, lower case. */
  styleNames: Map<string, string>;
  /** w:numId → its abstract definition. */
  lists: Map<string, FakeListDefinition>;
}

/** Parses XML with the DOMParser of the page (the browser's; the unit tests install @xmldom/xmldom's). */
export function parseXml(text: string): Document {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) throw new Error('No DOMParser: the fake reads OOXML with the page’s DOMParser.');
  let document: Document;
  try {
    document = new Parser().parseFromString(text, 'text/xml');
  } catch {
    throw invalidArgument('The OOXML is not well-formed XML.');
  }
  if (document.getElementsByTagName('parsererror').length > 0) throw invalidArgument('The OOXML is not well-formed XML.');
  return document;
}

function children(element: Element, localName: string, namespace = wordNamespace): Element[] {
  return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === namespace);
}

function child(element: Element | undefined, localName: string): Element | undefined {
  return element ? children(element, localName)[0] : undefined;
}

function wordAttribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.getAttributeNS(wordNamespace, name);
  return value === null || value === '' ? undefined : value;
}

/** An on/off property (w:b, w:isLgl): present and not switched off by w:val (ECMA-376 §17.17.4). */
function isOn(element: Element | undefined): boolean {
  if (!element) return false;
  const value = wordAttribute(element, 'val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** The parts of the package by name: the root element of each one's pkg:xmlData. */
function packageParts(document: Document): Map<string, Element> {
  const root = document.documentElement;
  if (root.localName !== 'package' || root.namespaceURI !== packageNamespace) throw invalidArgument('The OOXML is not a flat-OPC package (pkg:package).');
  const parts = new Map<string, Element>();
  for (const part of children(root, 'part', packageNamespace)) {
    const data = children(part, 'xmlData', packageNamespace)[0];
    const content = data && Array.from(data.childNodes).find((node): node is Element => node.nodeType === 1);
    const name = part.getAttributeNS(packageNamespace, 'name');
    if (content && name) parts.set(name, content);
  }
  return parts;
}

function runsOf(paragraph: Element): FakeRun[] {
  const runs: FakeRun[] = [];
  for (const run of Array.from(paragraph.getElementsByTagNameNS(wordNamespace, 'r'))) {
    let text = '';
    for (const item of Array.from(run.childNodes)) {
      if (item.nodeType !== 1 || (item as Element).namespaceURI !== wordNamespace) continue;
      const name = (item as Element).localName;
      if (name === 't') text += item.textContent ?? '';
      else if (name === 'tab') text += '\t';
      else if (name === 'br') text += '\u000b';
    }
    const properties = child(run, 'rPr');
    const size = wordAttribute(child(properties, 'sz'), 'val');
    const color = wordAttribute(child(properties, 'color'), 'val');
    const fonts = child(properties, 'rFonts');
    const formatted: FakeRun = { text };
    if (isOn(child(properties, 'b'))) formatted.bold = true;
    if (isOn(child(properties, 'i'))) formatted.italic = true;
    if (size !== undefined) formatted.size = Number(size) / 2;
    if (color !== undefined && color !== 'auto') formatted.color = `#${color}`;
    if (wordAttribute(fonts, 'ascii')) formatted.font = wordAttribute(fonts, 'ascii');
    if (wordAttribute(fonts, 'eastAsia')) formatted.eastAsiaFont = wordAttribute(fonts, 'eastAsia');
    const highlight = wordAttribute(child(properties, 'highlight'), 'val');
    if (highlight !== undefined && highlight !== 'none') formatted.highlight = highlight;
    runs.push(formatted);
  }
  return runs.length > 0 ? runs : [{ text: '' }];
}

function paragraphsOf(document: Element): PackageParagraph[] {
  const body = document.getElementsByTagNameNS(wordNamespace, 'body')[0];
  if (!body) throw invalidArgument('The package has no w:body.');
  return children(body, 'p').map((paragraph) => {
    const properties = child(paragraph, 'pPr');
    const numberingProperties = child(properties, 'numPr');
    const numId = wordAttribute(child(numberingProperties, 'numId'), 'val');
    const level = Number(wordAttribute(child(numberingProperties, 'ilvl'), 'val') ?? 0);
    const outline = wordAttribute(child(properties, 'outlineLvl'), 'val');
    return {
      runs: runsOf(paragraph),
      styleId: wordAttribute(child(properties, 'pStyle'), 'val'),
      outlineLevel: outline === undefined ? undefined : Number(outline) + 1,
      // numId 0 takes a paragraph out of numbering (ECMA-376 §17.9.18).
      numbering: numId !== undefined && numId !== '0' ? { numId, level } : undefined,
    };
  });
}

function levelOf(element: Element | undefined): FakeListLevel {
  const numFmt = wordAttribute(child(element, 'numFmt'), 'val') ?? 'decimal';
  if (!(modelledNumFmts as readonly string[]).includes(numFmt)) throw invalidArgument(`The fake does not draw w:numFmt '${numFmt}'.`);
  const suff = wordAttribute(child(element, 'suff'), 'val') ?? 'tab';
  const restart = wordAttribute(child(element, 'lvlRestart'), 'val');
  return {
    numFmt: numFmt as FakeNumFmt,
    lvlText: wordAttribute(child(element, 'lvlText'), 'val') ?? '',
    // ECMA-376 §17.9.25: without w:start a level starts at 0.
    start: Number(wordAttribute(child(element, 'start'), 'val') ?? 0),
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: isOn(child(element, 'isLgl')),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
  };
}

function listsOf(numbering: Element | undefined): Map<string, FakeListDefinition> {
  const lists = new Map<string, FakeListDefinition>();
  if (!numbering) return lists;
  const definitions = new Map<string, FakeListDefinition>();
  for (const abstract of children(numbering, 'abstractNum')) {
    const levels = new Map(children(abstract, 'lvl').map((element) => [Number(wordAttribute(element, 'ilvl') ?? 0), element]));
    definitions.set(wordAttribute(abstract, 'abstractNumId') ?? '', {
      nsid: wordAttribute(child(abstract, 'nsid'), 'val'),
      levels: Array.from({ length: listLevelCount }, (_, level) => (levels.has(level) ? levelOf(levels.get(level)) : { numFmt: 'none', lvlText: '', start: 1, isLgl: false, suff: 'tab' })),
    });
  }
  for (const num of children(numbering, 'num')) {
    if (children(num, 'lvlOverride').length > 0) throw invalidArgument('The fake does not model w:lvlOverride.');
    const definition = definitions.get(wordAttribute(child(num, 'abstractNumId'), 'val') ?? '');
    const numId = wordAttribute(num, 'numId');
    if (definition && numId !== undefined) lists.set(numId, definition);
  }
  return lists;
}

function stylesOf(styles: Element | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const style of styles ? children(styles, 'style') : []) {
    const id = wordAttribute(style, 'styleId');
    const name = wordAttribute(child(style, 'name'), 'val');
    if (id !== undefined && name !== undefined) names.set(id, name.toLowerCase());
  }
  return names;
}

export function parsePackage(ooxml: string): ParsedPackage {
  const parts = packageParts(parseXml(ooxml));
  const document = parts.get('/word/document.xml');
  if (!document) throw invalidArgument('The package has no /word/document.xml part.');
  return { paragraphs: paragraphsOf(document), styleNames: stylesOf(parts.get('/word/styles.xml')), lists: listsOf(parts.get('/word/numbering.xml')) };
}

const knownStyles = new Set<string>(builtInStyleNames);
const styleByName: Record<string, string> = { normal: 'Normal', title: 'Title', subtitle: 'Subtitle', 'list paragraph': 'ListParagraph' };

/** The built-in style a package's w:pStyle stands for: by its w:name, as Word keys built-in styles; a custom style is Other. */
function builtInStyleOf(styleId: string | undefined, styleNames: Map<string, string>): string {
  if (styleId === undefined) return 'Normal';
  const name = styleNames.get(styleId);
  const heading = name && /^heading ([1-9])$/.exec(name);
  if (heading) return `Heading${heading[1]}`;
  if (name && styleByName[name]) return styleByName[name];
  if (!name && knownStyles.has(styleId)) return styleId;
  return 'Other';
}

/**
 * Inserts a package in place of the paragraphs of `target` (whole paragraphs, or one empty paragraph),
 * as Range.insertOoxml(…, 'Replace') does, and returns where the inserted paragraphs are.
 */
export function insertPackage(fake: FakeDocument, target: RangeTarget, ooxml: string): RangeTarget {
  if (fake.ooxmlRefused) throw new FakeOfficeError('NotAllowed', "The action isn't supported by Word in a browser.");
  const story = fake.storyOf(target.first).paragraphs;
  const firstIndex = story.indexOf(target.first);
  const lastIndex = story.indexOf(target.last);
  const wholeParagraphs = target.start === 0 && target.end >= paragraphText(target.last).length;
  if (firstIndex < 0 || lastIndex < firstIndex || !wholeParagraphs) throw invalidArgument('The fake inserts OOXML only in place of whole paragraphs, or into an empty one.');
  const replaced = story.slice(firstIndex, lastIndex + 1);
  const tracked = fake.changeTrackingMode !== 'Off';
  if (tracked && replaced.some((paragraph) => paragraphText(paragraph) !== '')) throw invalidArgument('The fake does not model replacing text by OOXML with change tracking on.');
  if (fake.textWritesAllowed <= 0) throw new FakeOfficeError('GeneralException', 'GeneralException: This operation is not allowed in the current mode.');

  const parsed = parsePackage(ooxml);
  if (parsed.paragraphs.length === 0) return target;
  const listIds = new Map<string, number>();
  const listIdOf = (numId: string): number | undefined => {
    const definition = parsed.lists.get(numId);
    if (!definition) return undefined;
    if (!listIds.has(numId)) {
      const sameNumId = fake.numbering.has(Number(numId)) ? Number(numId) : undefined;
      const existing = sameNumId ?? (definition.nsid === undefined ? undefined : fake.numbering.listWithNsid(definition.nsid));
      listIds.set(numId, existing ?? fake.numbering.addList(definition));
    }
    return listIds.get(numId);
  };
  const inserted: FakeParagraph[] = parsed.paragraphs.map((paragraph) => {
    const listId = paragraph.numbering && listIdOf(paragraph.numbering.numId);
    const created = createParagraph({
      runs: tracked ? paragraph.runs.map((run) => ({ ...run, revision: 'inserted' })) : paragraph.runs,
      styleBuiltIn: builtInStyleOf(paragraph.styleId, parsed.styleNames),
      outlineLevel: paragraph.outlineLevel,
      list: listId === undefined ? undefined : { listId, level: paragraph.numbering!.level },
      tableNestingLevel: target.last.tableNestingLevel,
    });
    // What replaces paragraphs inside a block content control stays inside it (content-controls.ts).
    created.blockControl = target.last.blockControl;
    return created;
  });
  // OfficeDev/office-js#2914: the last paragraph ends on the mark of the paragraph that was there, and so takes its
  // style; the mark also holds the paragraph's list membership (w:numPr is a paragraph property), so the list goes the
  // same way (an inference from the issue, harsher than it says: on docs/REAL-WORD-CHECKLIST.md).
  const last = inserted[inserted.length - 1];
  last.styleBuiltIn = target.last.styleBuiltIn;
  last.outlineLevel = target.last.outlineLevel;
  last.list = target.last.list && { ...target.last.list };
  last.listString = target.last.listString;
  story.splice(firstIndex, replaced.length, ...inserted);
  if (replaced.includes(fake.selectionStart) || replaced.includes(fake.selectionEnd)) {
    fake.selectionStart = fake.selectionEnd = last;
    fake.selectionStartOffset = fake.selectionEndOffset = paragraphText(last).length;
  }
  fake.textWritesAllowed--;
  return { first: inserted[0], start: 0, last, end: paragraphText(last).length };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run as WordprocessingML (ECMA-376 Part 1 §17.3.2): the formatting the fake models, a tab and a line break as their elements. */
function runOoxml(run: FakeRun): string {
  const properties = [
    run.font || run.eastAsiaFont ? `<w:rFonts${run.font ? ` w:ascii="${escapeXml(run.font)}"` : ''}${run.eastAsiaFont ? ` w:eastAsia="${escapeXml(run.eastAsiaFont)}"` : ''}/>` : '',
    run.bold ? '<w:b/>' : '',
    run.italic ? '<w:i/>' : '',
    run.color ? `<w:color w:val="${escapeXml(run.color.replace(/^#/, ''))}"/>` : '',
    run.size ? `<w:sz w:val="${run.size * 2}"/>` : '',
    run.highlight ? `<w:highlight w:val="${escapeXml(run.highlight)}"/>` : '',
  ].join('');
  const content = run.text
    .split(/([\t\u000b])/)
    .map((part) => (part === '\t' ? '<w:tab/>' : part === '\u000b' ? '<w:br/>' : part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
    .join('');
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}${content}</w:r>`;
}

/**
 * Range.getOoxml and Paragraph.getOoxml (WordApi 1.1): the paragraphs as a flat-OPC package that insertPackage reads
 * back the same (style by its built-in id, run formatting). Footnotes, fields and comments are not modelled in it.
 */
export function paragraphsOoxml(paragraphs: FakeParagraph[]): string {
  const body = paragraphs
    .map(
      (paragraph) =>
        `<w:p><w:pPr><w:pStyle w:val="${paragraph.styleBuiltIn}"/></w:pPr>${paragraph.runs
          .filter((run) => !run.object && run.revision !== 'deleted')
          .map(runOoxml)
          .join('')}</w:p>`,
    )
    .join('');
  return `<pkg:package xmlns:pkg="${packageNamespace}"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="${wordNamespace}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}
