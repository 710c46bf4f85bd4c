/**
 * Start-up: find out whether Word opened the page (Office.js is already in <head>), pick the language
 * and theme, and, outside Office only, install the in-page fake Word so that the browser preview runs
 * the real word module. Inside Office without Word, the page says it is connecting, with a retry.
 *
 * The fake Word is loaded with import() only for the preview: it is a chunk of its own (build.mjs),
 * never part of what Word loads.
 */
import { setApiBase, timeouts } from './api.ts';
import { readConfig } from './config.ts';
import { languageOf, setLanguage } from './i18n.ts';
import { connectToOffice, hostLocale, pageEnvironment } from './office-host.ts';
import { applyOfficeTheme } from './theme.ts';
import { mountApp } from './ui/app.ts';
import { showConnecting } from './ui/connecting.ts';
import { showStartFailure } from './ui/start-failure.ts';
// Registers the Fluent UI elements before any page is built.
import './ui/fluent.ts';
import { areSettingsSupported, isWordApiSupported } from './word/requirements.ts';

async function start(): Promise<void> {
  const config = readConfig();
  setApiBase(config.apiBase);
  if (config.requestTimeoutMs) timeouts.defaultMs = config.requestTimeoutMs;
  const root = document.getElementById('app')!;
  const environment = pageEnvironment();
  // The system's theme until Office gives its own: the connecting and failure pages follow it too.
  applyOfficeTheme(undefined);
  // Until Office answers, the language Office put in the URL (else the browser's). Its strings and
  // Office are waited for together: neither needs the other, and one after the other is a round trip more.
  const firstLanguage = setLanguage(languageOf(hostLocale(environment) ?? navigator.language));
  let connected = false;
  const connection = connectToOffice({
    environment,
    // The connecting page is written in those strings: shown once they are in, unless Office answered meanwhile.
    onWaiting: () =>
      void firstLanguage.then(
        () => {
          if (!connected) showConnecting(root, 'waiting');
        },
        // Not loaded: start() fails with that, and shows the failure page.
        () => undefined,
      ),
  }).finally(() => (connected = true));
  const [, host] = await Promise.all([firstLanguage, connection]);
  if (host.kind === 'unconnected') return showConnecting(root, host.reason);

  await setLanguage(languageOf(host.kind === 'word' ? host.displayLanguage : navigator.language));
  applyOfficeTheme(host.kind === 'word' ? host.officeTheme : undefined);

  if (host.kind === 'word') {
    await mountApp(root, { host, wordReady: isWordApiSupported(host.isSetSupported), settingsReady: areSettingsSupported(host.isSetSupported) });
    return;
  }
  const { createPreviewDocument, installPreviewWord } = await import('./word/preview-document.ts');
  const previewDocument = createPreviewDocument();
  installPreviewWord(previewDocument);
  await mountApp(root, { host, wordReady: true, settingsReady: true, previewDocument });
}

// A start that failed (a chunk that did not load) would otherwise leave 正在加载… up for good.
start().catch((error: unknown) => {
  console.error(error);
  showStartFailure(document.getElementById('app')!);
});
