/**
 * What Word loads: the built entry (js/taskpane-HASH.js), the chunks it imports, the stylesheet and
 * the strings of one language (either). It holds the word module but not the fake Word of the browser preview,
 * which is a chunk of its own loaded with import() (src/main.ts), nor the other language's strings;
 * and it stays within Word's load budget.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';

/** What Word may load before the page is usable, gzip-compressed, as the server sends it. */
const loadBudgetBytes = 120 * 1024;

let dist = '';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const scripts = () => readdirSync(join(dist, 'js')).filter((file) => file.endsWith('.js'));
const html = () => read('index.html');
/** The one script index.html starts, relative to dist/. */
const entryPath = () => /<script type="module" src="([^"]+)"/.exec(html())![1];
const stylesPath = () => /<link rel="stylesheet" href="([^"]+)"/.exec(html())![1];

/** The chunks `script` imports statically (esbuild's minified `from"./chunk-X.js"` and `import"./x.js"`). */
function staticImports(script: string): string[] {
  return [...read(script).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((match) => `js/${match[1]}`);
}

/** `script` and everything it imports statically, each once. */
function withStaticImports(script: string, seen = new Set<string>()): Set<string> {
  if (seen.has(script)) return seen;
  seen.add(script);
  for (const imported of staticImports(script)) withStaticImports(imported, seen);
  return seen;
}

/** The chunk that holds `marker`: exactly one. */
function chunkHolding(marker: RegExp): string {
  const holding = scripts().filter((file) => marker.test(read(`js/${file}`)));
  assert.equal(holding.length, 1, `one chunk holds ${marker}: ${holding.join(', ')}`);
  return `js/${holding[0]}`;
}

before(() => {
  dist = mkdtempSync(join(tmpdir(), 'taskpane-dist-'));
  execFileSync(process.execPath, ['build.mjs'], { cwd: join(import.meta.dirname, '../..'), env: { ...process.env, TASKPANE_DIST: dist }, stdio: 'pipe' });
});

after(() => rmSync(dist, { recursive: true, force: true }));

test('the bundle Word loads leaves the fake Word out; the preview imports it as a chunk', () => {
  const entry = read(entryPath());
  // Strings only the fake holds (its messages), and one only the word module holds.
  assert.doesNotMatch(entry, /never synced|actAsWordOnTheWeb|The response payload size has exceeded/);
  assert.match(entry, /getTrackedChanges/);
  const preview = chunkHolding(/never synced/);
  assert.match(preview, /^js\/preview-document-/);
  assert.match(entry, new RegExp(`import\\(\\s*"\\./${preview.slice(3).replace(/\./g, '\\.')}"\\s*\\)`), 'loaded with import()');
  assert.ok(!withStaticImports(entryPath()).has(preview), 'not imported statically');
});

test("each language's strings are a chunk of their own, loaded with import(), not part of what Word loads first", () => {
  const startUp = withStaticImports(entryPath());
  const chinese = chunkHolding(/"模板列表"/);
  const english = chunkHolding(/This version of Word is too old/);
  assert.notEqual(chinese, english);
  for (const table of [chinese, english]) {
    assert.ok(!startUp.has(table), `${table} is not imported statically`);
    assert.match(read(entryPath()), new RegExp(`import\\(\\s*"\\./${table.slice(3).replace(/\./g, '\\.')}"\\s*\\)`), `${table} is loaded with import()`);
  }
});

test("what the entry asks for first is preloaded from index.html, and a language's strings ask for nothing more: no round trip waits on another", () => {
  const preloads = [...html().matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((match) => match[1]);
  const chinese = chunkHolding(/"模板列表"/);
  const english = chunkHolding(/This version of Word is too old/);
  const startUp = new Set([...withStaticImports(entryPath()), chinese]);
  startUp.delete(entryPath());
  assert.deepEqual(new Set(preloads), startUp);
  for (const table of [chinese, english]) assert.deepEqual(staticImports(table), [], `${table} imports nothing statically`);
});

test('every asset name carries its content hash, and index.html names them without a query', () => {
  assert.match(entryPath(), /^js\/taskpane-[A-Z0-9]{8}\.js$/);
  assert.match(stylesPath(), /^css\/taskpane-[A-Z0-9]{8}\.css$/);
  assert.doesNotMatch(html(), /\?v=|__SCRIPT__|__STYLES__|<!--modulepreload-->/);
  for (const file of scripts()) assert.match(file, /^[a-z-]+-[A-Z0-9]{8}\.js$/, file);
});

test(`what Word loads at start-up (entry, its chunks, the stylesheet, one language's strings) is under ${loadBudgetBytes / 1024} KiB gzip, in either language`, (t) => {
  const startUp = (table: string) => {
    const files = [...withStaticImports(entryPath()), ...withStaticImports(table), stylesPath()];
    const sizes = [...new Set(files)].map((file) => ({ file, raw: readFileSync(join(dist, file)).length, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const report = sizes.map(({ file, raw, gzip }) => `${file}: ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`).join('; ');
    return { total, report };
  };
  // Word loads one language's strings: the budget holds for the larger of the two.
  const [chinese, english] = [startUp(chunkHolding(/"模板列表"/)), startUp(chunkHolding(/This version of Word is too old/))];
  const worse = chinese.total >= english.total ? chinese : english;
  t.diagnostic(`start-up in Chinese ${(chinese.total / 1024).toFixed(1)} KiB gzip, in English ${(english.total / 1024).toFixed(1)} KiB gzip: ${worse.report}`);
  assert.ok(worse.total < loadBudgetBytes, `${(worse.total / 1024).toFixed(1)} KiB gzip is over the budget: ${worse.report}`);
});
