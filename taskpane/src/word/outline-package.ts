/**
 * What the taskpane needs to know about a flat-OPC package the server built (POST /api/outlines/ooxml)
 * before and after it inserts it: which style each paragraph is to have and whether Word is to number
 * it, and the typography the package's Normal and Heading 1–4 styles define. The server is the one
 * place typography and numbering are decided; this only reads them back. Parsed with the DOMParser of
 * Word's webview (and of the browser).
 */

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const packageNamespace = 'http://schemas.microsoft.com/office/2006/xmlPackage';

/** A paragraph of the package as it is meant to land. */
export interface PackageParagraph {
  /** Word.BuiltInStyleName: 'Heading1'…'Heading9', 'Normal', or 'Other' for a style Word has no built-in name for. */
  styleBuiltIn: string;
  /** The list level (0–8) Word is to number it at; null when the package takes it out of any list (w:numId 0) or says nothing. */
  listLevel: number | null;
}

/** The styles whose typography the taskpane applies to the document (GB/T 9704 names four heading levels and the body). */
export const typographyStyles = ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;
export type TypographyStyle = (typeof typographyStyles)[number];

/** A style's typography as the package defines it; a part the package leaves unset is undefined. */
export interface StyleTypography {
  style: TypographyStyle;
  /** The Latin font (w:rFonts w:ascii). */
  font?: string;
  /** The font of Chinese text (w:rFonts w:eastAsia). */
  eastAsiaFont?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  /** Points (w:ind w:firstLine, twips). */
  firstLineIndent?: number;
  /** Exact line spacing in points (w:spacing w:line with w:lineRule="exact", twips). */
  lineSpacing?: number;
}

export interface OutlinePackage {
  paragraphs: PackageParagraph[];
  typography: StyleTypography[];
}

/** The package is not what the server sends: nothing was inserted. */
export class MalformedPackageError extends Error {
  constructor(detail: string) {
    super(`The Word package is malformed: ${detail}`);
    this.name = 'MalformedPackageError';
  }
}

function elements(parent: Element | Document | undefined, localName: string, namespace = wordNamespace): Element[] {
  return parent ? Array.from(parent.getElementsByTagNameNS(namespace, localName)) : [];
}

function childElement(parent: Element | undefined, localName: string): Element | undefined {
  return parent
    ? Array.from(parent.childNodes).find((node): node is Element => node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === wordNamespace)
    : undefined;
}

function attribute(element: Element | undefined, name: string): string | undefined {
  const value = element?.getAttributeNS(wordNamespace, name);
  return value === null || value === '' ? undefined : value;
}

/** An on/off property: present and not switched off by w:val (ECMA-376 Part 1 §17.17.4); undefined when absent. */
function onOff(element: Element | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = attribute(element, 'val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}

const twipsPerPoint = 20;

/** The part of the package named `name` (pkg:part pkg:name), as the root element of its XML. */
function part(document: Document, name: string): Element | undefined {
  const found = elements(document, 'part', packageNamespace).find((candidate) => candidate.getAttributeNS(packageNamespace, 'name') === name);
  const data = found && elements(found, 'xmlData', packageNamespace)[0];
  return data ? Array.from(data.childNodes).find((node): node is Element => node.nodeType === 1) : undefined;
}

/** Word keys its built-in styles by w:name ("heading 1"), whatever the styleId and the language of Word. */
function builtInStyleOf(name: string | undefined): string {
  const heading = name && /^heading ([1-9])$/i.exec(name);
  if (heading) return `Heading${heading[1]}`;
  return name?.toLowerCase() === 'normal' ? 'Normal' : 'Other';
}

function typographyOf(style: TypographyStyle, definition: Element): StyleTypography | undefined {
  const run = childElement(definition, 'rPr');
  const paragraph = childElement(definition, 'pPr');
  const fonts = childElement(run, 'rFonts');
  const size = attribute(childElement(run, 'sz'), 'val');
  const firstLine = attribute(childElement(paragraph, 'ind'), 'firstLine');
  const spacing = childElement(paragraph, 'spacing');
  const line = attribute(spacing, 'line');
  const typography: StyleTypography = {
    style,
    font: attribute(fonts, 'ascii'),
    eastAsiaFont: attribute(fonts, 'eastAsia'),
    size: size === undefined ? undefined : Number(size) / 2,
    bold: onOff(childElement(run, 'b')),
    firstLineIndent: firstLine === undefined ? undefined : Number(firstLine) / twipsPerPoint,
    lineSpacing: line !== undefined && attribute(spacing, 'lineRule') === 'exact' ? Number(line) / twipsPerPoint : undefined,
  };
  const defined = Object.entries(typography).filter(([key, value]) => key !== 'style' && value !== undefined);
  return defined.length > 0 ? typography : undefined;
}

export function readOutlinePackage(ooxml: string): OutlinePackage {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) throw new MalformedPackageError('this page has no DOMParser.');
  let document: Document;
  try {
    document = new Parser().parseFromString(ooxml, 'text/xml');
  } catch {
    throw new MalformedPackageError('not well-formed XML.');
  }
  if (document.getElementsByTagName('parsererror').length > 0) throw new MalformedPackageError('not well-formed XML.');
  const body = elements(part(document, '/word/document.xml'), 'body')[0];
  if (!body) throw new MalformedPackageError('no /word/document.xml with a body.');

  const styleNames = new Map<string, string>();
  const typography: StyleTypography[] = [];
  for (const definition of elements(part(document, '/word/styles.xml'), 'style')) {
    const id = attribute(definition, 'styleId');
    const name = attribute(childElement(definition, 'name'), 'val');
    if (id === undefined || name === undefined) continue;
    styleNames.set(id, name);
    const style = builtInStyleOf(name);
    const applied = (typographyStyles as readonly string[]).includes(style) ? typographyOf(style as TypographyStyle, definition) : undefined;
    if (applied) typography.push(applied);
  }

  const paragraphs = Array.from(body.childNodes)
    .filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === 'p' && (node as Element).namespaceURI === wordNamespace)
    .map((paragraph): PackageParagraph => {
      const properties = childElement(paragraph, 'pPr');
      const styleId = attribute(childElement(properties, 'pStyle'), 'val');
      const numbering = childElement(properties, 'numPr');
      const numId = attribute(childElement(numbering, 'numId'), 'val');
      return {
        styleBuiltIn: styleId === undefined ? 'Normal' : builtInStyleOf(styleNames.get(styleId)),
        listLevel: numId !== undefined && numId !== '0' ? Number(attribute(childElement(numbering, 'ilvl'), 'val') ?? 0) : null,
      };
    });
  return { paragraphs, typography };
}
