// Builds the taskpane into dist/: index.html, js/taskpane.js (an ES module), its chunks, css/taskpane.css.
// `node build.mjs` (or `npm run build`); the server serves dist/ at /taskpane/.
// The browser preview's fake Word is imported with import() (src/main.ts): esbuild puts it in a chunk
// of its own, js/preview-document-*.js, which Word never loads. The sizes printed tell.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
// TASKPANE_DIST builds elsewhere (the bundle test does).
const dist = process.env.TASKPANE_DIST ?? join(root, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: {
    'js/taskpane': join(root, 'src/main.ts'),
    'css/taskpane': join(root, 'src/styles.css'),
  },
  outdir: dist,
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'js/[name]-[hash]',
  // Word's webviews: Edge WebView2 on Windows, Safari's WKWebView on Mac.
  target: ['chrome100', 'safari15', 'edge100'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// Word's webview caches hard: a content hash in the asset URLs makes a new build show up.
const hash = createHash('sha256');
for (const file of Object.keys(result.metafile.outputs).sort()) hash.update(await readFile(join(root, file)));
const version = hash.digest('hex').slice(0, 12);
const html = await readFile(join(root, 'src/index.html'), 'utf8');
await writeFile(join(dist, 'index.html'), html.replaceAll('__VERSION__', version));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, output]) => `${relative(dist, join(root, file))} ${(output.bytes / 1024).toFixed(1)} KiB`);
console.log(`built dist/ (${version}): ${sizes.join(', ')}`);
