/**
 * The client's types are generated from the server's OpenAPI document: the checked-in schema.d.ts
 * must be exactly what the generator makes of the checked-in openapi.json, so neither can drift
 * without this failing (the server's tests compare openapi.json with what the server serves).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const taskpaneRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('src/api/schema.d.ts is what openapi-typescript generates from src/api/openapi.json', async () => {
  const generator = join(taskpaneRoot, 'codegen/node_modules/.bin/openapi-typescript');
  const { stdout: generated } = await promisify(execFile)(generator, ['src/api/openapi.json'], { cwd: taskpaneRoot, maxBuffer: 16 * 1024 * 1024 });
  const checkedIn = await readFile(join(taskpaneRoot, 'src/api/schema.d.ts'), 'utf8');
  assert.ok(generated === checkedIn, 'src/api/schema.d.ts is out of date with src/api/openapi.json: run `npm run api:generate` in taskpane/ and commit the result');
});
