import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// The DOMParser and the strings the word module needs, as the page has them.
import './word-helpers.ts';
import { applyTypographyToStyles } from '../../src/word/document.ts';
import { createPreviewDocument, installPreviewWord } from '../../src/word/preview-document.ts';

const gongwen = JSON.parse(readFileSync(new URL('./fixtures/gongwen-packages.json', import.meta.url), 'utf8')) as { styles: string };

test('the browser preview acts as Word on the web: 修改文档样式 changes the styles (WordApi 1.5) but not their East Asian font (no WordApiDesktop)', async () => {
  // Office.js outside Office knows no host; the preview must not take its "no" for every requirement set.
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: () => false } } };
  const fake = createPreviewDocument();
  installPreviewWord(fake);

  const outcome = await applyTypographyToStyles(gongwen.styles);

  assert.equal(outcome.supported, true);
  assert.deepEqual(outcome.notSet, ['eastAsiaFont']);
  assert.ok(outcome.applied.includes('Heading1'));
  assert.equal(fake.styles.Heading1.font.size, 16);
  assert.equal(fake.styles.Heading1.font.nameFarEast, undefined);
  assert.deepEqual(fake.apiSets, { WordApi: '1.9' });
});
