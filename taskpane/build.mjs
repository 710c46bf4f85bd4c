// Builds the taskpane into dist/: index.html, js/taskpane-HASH.js (an ES module), its chunks,
// css/taskpane-HASH.css. `node build.mjs` (or `npm run build`); the server serves dist/ at /taskpane/.
// Every asset name carries its content hash (esbuild's [name]-[hash]), so the server caches them
// immutable and a new build is a new name; index.html, revalidated each time, names the current ones.
// The browser preview's fake Word is imported with import() (src/main.ts): esbuild puts it in a chunk
// of its own, js/preview-document-*.js, which Word never loads; so are the string tables of each
// language (src/i18n/*.ts), of which only the one in use is loaded. The sizes printed tell.
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
  entryNames: '[dir]/[name]-[hash]',
  chunkNames: 'js/[name]-[hash]',
  // Word's webviews: Edge WebView2 on Windows, Safari's WKWebView on Mac.
  target: ['chrome100', 'safari15', 'edge100'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  // Fluent's icons (src/ui/icons.ts): each imported .svg file is its markup.
  loader: { '.svg': 'text' },
  // Chinese strings as they are, not as \u escapes twice their size; module scripts are read as UTF-8.
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
});

/** The hashed output built from `entryPoint` (a path relative to this folder), as index.html refers to it. */
function outputOf(entryPoint) {
  const [file] = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint === entryPoint) ?? [];
  if (!file) throw new Error(`no output for ${entryPoint}`);
  return relative(dist, join(root, file)).split('\\').join('/');
}

/** `file` (an output, relative to dist/) and the chunks it imports statically, each once. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const output = result.metafile.outputs[relative(root, join(dist, file)).split('\\').join('/')];
  for (const imported of output.imports) {
    if (imported.kind === 'import-statement') withStaticImports(relative(dist, join(root, imported.path)).split('\\').join('/'), seen);
  }
  return seen;
}

// What the entry will ask for, announced in index.html so that the browser fetches it at once, not a
// round trip at a time: the entry's chunks and the Chinese strings (the first language; English pages
// load theirs when the entry asks).
const entry = outputOf('src/main.ts');
const preloaded = new Set([...withStaticImports(entry), ...withStaticImports(outputOf('src/i18n/zh.ts'))]);
preloaded.delete(entry);
const preloads = [...preloaded].map((file) => `<link rel="modulepreload" href="${file}" />`).join('\n    ');

const html = await readFile(join(root, 'src/index.html'), 'utf8');
await writeFile(join(dist, 'index.html'), html.replaceAll('__SCRIPT__', entry).replaceAll('__STYLES__', outputOf('src/styles.css')).replace('<!--modulepreload-->', preloads));

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, output]) => `${relative(dist, join(root, file))} ${(output.bytes / 1024).toFixed(1)} KiB`);
console.log(`built dist/: ${sizes.join(', ')}`);
