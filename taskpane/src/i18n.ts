/**
 * Every string of the taskpane, Chinese first. English is used when Office's display language (or,
 * in the browser preview, the browser's) is not Chinese.
 */
import type { NumberingStyle, Problem } from './api.ts';

const zh = {
  appTitle: '提纲助手',
  previewBadge: '浏览器预览',
  previewNotice: '未在 Word 中运行：下方的模拟文档代替 Word 文档，可试用全部功能。',
  previewNoticeOtherHost: '提纲助手只支持 Word：下方的模拟文档代替 Word 文档。',
  tabsLabel: '功能',
  tabTemplates: '模板',
  tabNumbering: '编号',
  tabImport: '导入',
  // Templates
  searchLabel: '搜索模板',
  searchPlaceholder: '名称或分类',
  categoryLabel: '分类',
  allCategories: '全部分类',
  templateListLabel: '模板列表',
  templateCount: (shown: number, total: number) => (shown < total ? `显示 ${shown} / ${total} 个模板` : `共 ${total} 个模板`),
  noTemplates: '没有符合条件的模板。',
  loadMore: '加载更多',
  nodeCount: (count: number) => `${count} 个条目`,
  styleLabel: '编号样式',
  asAuthored: '按原样',
  outlinePreviewLabel: '提纲预览',
  insert: '插入到文档',
  // Numbering
  scopeLegend: '范围',
  scopeDocument: '整篇文档',
  scopeSelection: '所选内容',
  analyse: '检查编号',
  detectedHeading: '检测到的编号',
  noConventionDetected: '未检测到编号。',
  problemsHeading: (count: number) => `问题（${count}）`,
  noProblems: '未发现问题。',
  paragraphLabel: (index: number) => `第 ${index + 1} 段`,
  lineLabel: (index: number) => `第 ${index + 1} 行`,
  targetStyleLabel: '目标样式',
  keepConvention: '保持现有编号，仅修复',
  apply: '应用编号',
  // Import
  importLabel: '粘贴提纲文本',
  importPlaceholder: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务',
  parse: '解析',
  parsedHeading: '解析结果',
  nothingParsed: '没有可导入的内容。',
  // Preview document
  previewDocumentLabel: '模拟文档',
  previewDocumentHint: '单击段落放置光标，按住 Shift 单击选择多段；也可用方向键。',
  // Status and progress
  loading: '正在加载…',
  loadingTemplates: '正在加载模板…',
  loadingTemplate: '正在打开模板…',
  rendering: '正在生成编号…',
  inserting: (count: number) => `正在插入 ${count} 个标题…`,
  inserted: (count: number) => `已插入 ${count} 个标题。`,
  readingDocument: '正在读取文档…',
  analysing: (count: number) => `正在分析 ${count} 个段落…`,
  analysed: (problems: number) => (problems === 0 ? '检查完成，未发现问题。' : `检查完成，发现 ${problems} 个问题。`),
  writing: (count: number) => `正在更新 ${count} 个段落…`,
  applied: (count: number) => (count === 0 ? '编号已符合目标样式，无需修改。' : `已更新 ${count} 个段落。`),
  parsing: '正在解析…',
  parsed: (nodes: number, problems: number) => `解析出 ${nodes} 个条目，${problems} 个问题。`,
  emptySelection: '所选内容中没有段落。',
  // Errors
  serverUnreachable: '无法连接提纲服务器，请检查网络或稍后重试。',
  serverError: (status: number) => `服务器出错（${status}）。`,
  wordRefused: (message: string) => `Word 未能完成操作：${message}`,
  documentChanged: '文档在检查后已被修改，请重新检查编号。',
  wordTooOld: '当前 Word 版本过旧（需要 WordApi 1.3）：请更新 Office 后使用插入和编号功能。',
  unexpected: (message: string) => `出错了：${message}`,
  problemMessage: (problem: Problem) => problem.message,
};

export type Strings = typeof zh;

const englishProblems: Record<string, (problem: Problem) => string> = {
  gap: (p) => `Numbering skips: expected “${p.expected}”, found “${p.found}”.`,
  duplicate: (p) => `Repeated number “${p.found}”: expected “${p.expected}”.`,
  'out-of-order': (p) => `Out of order: expected “${p.expected}”, found “${p.found}”.`,
  'nonstandard-punctuation': (p) => `Nonstandard punctuation: “${p.found}” should be “${p.expected}”.`,
  'half-width-bracket': (p) => `Half-width brackets: “${p.found}” should be “${p.expected}”.`,
  'mixed-punctuation': (p) => `Inconsistent with its level: “${p.found}”, this level mostly uses “${p.expected}”.`,
};

const en: Strings = {
  appTitle: 'Outline Assistant',
  previewBadge: 'Browser preview',
  previewNotice: 'Not running in Word: the simulated document below stands in for a Word document, so every feature can be tried.',
  previewNoticeOtherHost: 'Outline Assistant supports Word only: the simulated document below stands in for a Word document.',
  tabsLabel: 'Features',
  tabTemplates: 'Templates',
  tabNumbering: 'Numbering',
  tabImport: 'Import',
  searchLabel: 'Search templates',
  searchPlaceholder: 'Name or category',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  templateListLabel: 'Templates',
  templateCount: (shown, total) => (shown < total ? `Showing ${shown} of ${total} templates` : `${total} templates`),
  noTemplates: 'No template matches.',
  loadMore: 'Load more',
  nodeCount: (count) => `${count} items`,
  styleLabel: 'Numbering style',
  asAuthored: 'As authored',
  outlinePreviewLabel: 'Outline preview',
  insert: 'Insert into document',
  scopeLegend: 'Scope',
  scopeDocument: 'Whole document',
  scopeSelection: 'Selection',
  analyse: 'Check numbering',
  detectedHeading: 'Detected numbering',
  noConventionDetected: 'No numbering detected.',
  problemsHeading: (count) => `Problems (${count})`,
  noProblems: 'No problems found.',
  paragraphLabel: (index) => `Paragraph ${index + 1}`,
  lineLabel: (index) => `Line ${index + 1}`,
  targetStyleLabel: 'Target style',
  keepConvention: 'Keep current numbering, repair only',
  apply: 'Apply numbering',
  importLabel: 'Paste an outline',
  importPlaceholder: '一、总体要求\n（一）指导思想\n（二）工作目标\n二、主要任务',
  parse: 'Parse',
  parsedHeading: 'Parsed outline',
  nothingParsed: 'Nothing to import.',
  previewDocumentLabel: 'Simulated document',
  previewDocumentHint: 'Click a paragraph to place the cursor, Shift+click to select several; arrow keys work too.',
  loading: 'Loading…',
  loadingTemplates: 'Loading templates…',
  loadingTemplate: 'Opening template…',
  rendering: 'Numbering the outline…',
  inserting: (count) => `Inserting ${count} headings…`,
  inserted: (count) => `Inserted ${count} headings.`,
  readingDocument: 'Reading the document…',
  analysing: (count) => `Analysing ${count} paragraphs…`,
  analysed: (problems) => (problems === 0 ? 'Check complete: no problems found.' : `Check complete: ${problems} problems found.`),
  writing: (count) => `Updating ${count} paragraphs…`,
  applied: (count) => (count === 0 ? 'The numbering already matches: nothing to change.' : `Updated ${count} paragraphs.`),
  parsing: 'Parsing…',
  parsed: (nodes, problems) => `Parsed ${nodes} items, ${problems} problems.`,
  emptySelection: 'The selection holds no paragraph.',
  serverUnreachable: 'Cannot reach the outline server. Check the network or try again later.',
  serverError: (status) => `The server failed (${status}).`,
  wordRefused: (message) => `Word could not complete the operation: ${message}`,
  documentChanged: 'The document changed since it was checked: check the numbering again.',
  wordTooOld: 'This version of Word is too old (WordApi 1.3 is needed): update Office to insert and renumber.',
  unexpected: (message) => `Something went wrong: ${message}`,
  problemMessage: (problem) => englishProblems[problem.code]?.(problem) ?? problem.message,
};

export type Language = 'zh' | 'en';

export function languageOf(tag: string | undefined | null): Language {
  return !tag || /^zh\b/i.test(tag) ? 'zh' : 'en';
}

export let strings: Strings = zh;
let currentLanguage: Language = 'zh';

export function setLanguage(language: Language): void {
  currentLanguage = language;
  strings = language === 'zh' ? zh : en;
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

export function styleName(style: NumberingStyle): string {
  return currentLanguage === 'zh' ? style.name : style.nameEn;
}
