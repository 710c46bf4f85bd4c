/**
 * Start-up: read the server's config, load Office.js, pick the language and theme, and, outside
 * Word, install the in-page fake Word so that the browser preview runs the real word module.
 */
import { setApiBase } from './api.ts';
import { readConfig } from './config.ts';
import { languageOf, setLanguage } from './i18n.ts';
import { connectToOffice } from './office-host.ts';
import { applyOfficeTheme } from './theme.ts';
import { mountApp } from './ui/app.ts';
import { createPreviewDocument, installPreviewWord } from './word/preview-document.ts';
import { areSettingsSupported, isWordApiSupported } from './word/requirements.ts';

async function start(): Promise<void> {
  const config = readConfig();
  setApiBase(config.apiBase);
  const host = await connectToOffice(config.officeJsUrl);
  setLanguage(languageOf(host.kind === 'word' ? host.displayLanguage : navigator.language));
  const root = document.getElementById('app')!;
  applyOfficeTheme(host.kind === 'word' ? host.officeTheme : undefined);

  if (host.kind === 'word') {
    await mountApp(root, { host, wordReady: isWordApiSupported(host.isSetSupported), settingsReady: areSettingsSupported(host.isSetSupported) });
    return;
  }
  const previewDocument = createPreviewDocument();
  installPreviewWord(previewDocument);
  await mountApp(root, { host, wordReady: true, settingsReady: true, previewDocument });
}

void start();
