/**
 * The browser preview: outside Office the taskpane edits this in-page document through the fake
 * Word, so a visitor sees the product work. It opens as a short notice with the numbering errors
 * clerks make most (half-width brackets, 二. for 二、, a skipped number) so that 编号 has
 * something to find and repair.
 */
import { createFakeWord, FakeDocument, fakeRequirements, type FakeParagraphInit } from './fake/index.ts';
import { answerRequirementsInPreview } from './requirements.ts';

const sampleParagraphs: FakeParagraphInit[] = [
  { text: '关于开展安全生产专项检查的通知', styleBuiltIn: 'Title' },
  { text: '各部门：' },
  { text: '为落实安全生产责任，经研究，决定开展专项检查。现将有关事项通知如下。' },
  { text: '一、检查范围', styleBuiltIn: 'Heading1' },
  { text: '(一)生产车间', styleBuiltIn: 'Heading2' },
  { text: '（三）仓储区域', styleBuiltIn: 'Heading2' },
  { text: '二.检查内容', styleBuiltIn: 'Heading1' },
  { runs: [{ text: '1、' }, { text: '消防设施', bold: true }, { text: '是否完好' }], styleBuiltIn: 'Heading3' },
  { text: '2.用电安全', styleBuiltIn: 'Heading3' },
  { text: '三、工作要求', styleBuiltIn: 'Heading1' },
  { text: '各部门于月底前报送自查情况。' },
];

export function createPreviewDocument(): FakeDocument {
  return new FakeDocument(sampleParagraphs);
}

/**
 * Makes the fake the global `Word`, so the word module runs unchanged in the preview, acting as Word on the web
 * (every WordApi set, no WordApiDesktop set, its request and response limits): what a visitor sees is what Word
 * on the web does, 修改文档样式 included (WordApi 1.5), without the East Asian font of a style (WordApiDesktop 1.3).
 */
export function installPreviewWord(document: FakeDocument): void {
  document.actAsWordOnTheWeb();
  answerRequirementsInPreview(fakeRequirements(document));
  (globalThis as { Word?: unknown }).Word = createFakeWord(document);
}
