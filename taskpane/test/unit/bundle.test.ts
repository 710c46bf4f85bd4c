/**
 * What Word loads: the built js/taskpane.js holds the word module but not the fake Word of the browser
 * preview, which is a chunk of its own loaded with import() (src/main.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('the bundle Word loads leaves the fake Word out; the preview imports it as a chunk', () => {
  const dist = mkdtempSync(join(tmpdir(), 'taskpane-dist-'));
  try {
    execFileSync(process.execPath, ['build.mjs'], { cwd: join(import.meta.dirname, '../..'), env: { ...process.env, TASKPANE_DIST: dist }, stdio: 'pipe' });
    const scripts = readdirSync(join(dist, 'js')).filter((file) => file.endsWith('.js'));
    const entry = readFileSync(join(dist, 'js', 'taskpane.js'), 'utf8');
    // Strings only the fake holds (its messages), and one only the word module holds.
    assert.doesNotMatch(entry, /never synced|actAsWordOnTheWeb|The response payload size has exceeded/);
    assert.match(entry, /getTrackedChanges/);
    const preview = scripts.filter((file) => /never synced/.test(readFileSync(join(dist, 'js', file), 'utf8')));
    assert.equal(preview.length, 1);
    assert.match(preview[0], /^preview-document-/);
    assert.match(entry, new RegExp(`import\\(\\s*"\\./${preview[0].replace(/\./g, '\\.')}"\\s*\\)`), 'loaded with import()');
    assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /<script type="module" src="js\/taskpane\.js/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
