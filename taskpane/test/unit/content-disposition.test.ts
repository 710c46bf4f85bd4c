/** The file name of a download, from Content-Disposition: RFC 5987's filename* (Chinese names) before the ASCII filename. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileNameFromContentDisposition } from '../../src/content-disposition.ts';

const cases: [string, string | null, string | null][] = [
  ['filename* wins over filename (RFC 6266 §4.3)', `attachment; filename="outline.docx"; filename*=UTF-8''${encodeURIComponent('工作方案.docx')}`, '工作方案.docx'],
  ['filename* alone, with a language tag', `attachment; filename*=utf-8'zh-CN'${encodeURIComponent('提纲.docx')}`, '提纲.docx'],
  ['filename* before filename', `attachment; filename*=UTF-8''${encodeURIComponent('年度 总结.docx')}; filename="a.docx"`, '年度 总结.docx'],
  ['a quoted filename with an escaped quote', 'attachment; filename="say \\"hi\\".docx"', 'say "hi".docx'],
  ['an unquoted filename', 'attachment; filename=plain.docx', 'plain.docx'],
  ['a malformed escape falls back to filename', `attachment; filename*=UTF-8''%E5%ZZ.docx; filename="fallback.docx"`, 'fallback.docx'],
  ['a charset other than UTF-8 is not guessed at', `attachment; filename*=ISO-8859-1''caf%E9.docx; filename="cafe.docx"`, 'cafe.docx'],
  ['a path is cut to its last segment', `attachment; filename*=UTF-8''${encodeURIComponent('../../etc/提纲.docx')}`, '提纲.docx'],
  ['no file name', 'attachment', null],
  ['no header', null, null],
];

for (const [name, header, expected] of cases) {
  test(`Content-Disposition: ${name}`, () => assert.equal(fileNameFromContentDisposition(header), expected));
}
