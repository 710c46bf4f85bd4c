/** The taskpane page: header, tabs, status region and, in the browser preview, the simulated document. */
import { ApiError } from '../api.ts';
import { formatDay, strings } from '../i18n.ts';
import type { Host } from '../office-host.ts';
import { OfficeToken } from '../office-sign-in.ts';
import { Session } from '../session.ts';
import type { FakeDocument } from '../word/fake/index.ts';
import { h } from './dom.ts';
import { messageFor } from './errors.ts';
import { createImportTab } from './import-tab.ts';
import { messageBar } from './message-bar.ts';
import { createNumberingTab } from './numbering-tab.ts';
import { createPreviewPanel } from './preview-panel.ts';
import { StatusRegion } from './status.ts';
import { StyleCatalog } from './style-catalog.ts';
import { createTabs } from './tabs.ts';
import { createTeamTab } from './team-tab.ts';
import { createTemplatesTab } from './templates-tab.ts';
import { WordOutputChoice } from './word-output.ts';

export interface AppOptions {
  host: Host;
  wordReady: boolean;
  /** WordApi 1.4: document settings, where the document remembers its templates. */
  settingsReady: boolean;
  /** Set in the browser preview: the in-page document the fake Word edits. */
  previewDocument?: FakeDocument;
}

export async function mountApp(root: HTMLElement, options: AppOptions): Promise<void> {
  const status = new StatusRegion();
  // First: a stored token makes every request below carry it (team numbering styles too).
  const word = options.host.kind === 'word' ? options.host : undefined;
  const session = new Session(word?.partitionKey, word?.getAccessToken ? new OfficeToken(word.getAccessToken) : undefined);
  // The style lists of every tab come from here; without them the page still works "as authored".
  // Signed in or out, the team's own styles come or go: every picker follows (StyleCatalog.onChange).
  const styles = new StyleCatalog(status);
  // The styles were loaded with a resumed token already.
  session.onChange((change) => {
    if (change !== 'resumed') void styles.load();
  });
  const context = {
    status,
    styles,
    wordReady: options.wordReady,
    settingsReady: options.wordReady && options.settingsReady,
    session,
    output: new WordOutputChoice(session),
    // The browser preview is a browser: it downloads.
    fileDelivery: options.host.kind === 'word' ? options.host.fileDelivery : { kind: 'download' as const },
  };

  const templates = createTemplatesTab(context);
  const numbering = createNumberingTab(context);
  const importing = createImportTab(context);
  const team = createTeamTab(context, { onTemplatesChanged: () => void templates.reload() });
  const tabs = createTabs(strings.tabsLabel, [
    { label: strings.tabTemplates, panel: templates.panel, onShow: templates.onShow },
    { label: strings.tabNumbering, panel: numbering.panel },
    { label: strings.tabImport, panel: importing.panel },
    { label: strings.tabTeam, panel: team.panel, onShow: team.onShow },
  ]);

  const preview = options.host.kind === 'preview';
  const header = h('header', { class: 'app-header' }, h('h1', {}, strings.appTitle), preview ? h('span', { class: 'badge' }, strings.previewBadge) : null);
  const notices = [
    preview
      ? messageBar('info', { class: 'notice', role: 'note' }, options.host.kind === 'preview' && options.host.reason === 'other-host' ? strings.previewNoticeOtherHost : strings.previewNotice)
      : null,
    options.wordReady ? null : messageBar('error', { class: 'notice', role: 'alert' }, strings.wordTooOld),
    options.wordReady && !options.settingsReady ? messageBar('warning', { class: 'notice', role: 'note' }, strings.sourceNotRemembered) : null,
    // Fluent's drop-downs open with the Popover API (Safari 17, Chromium 114); an older webview cannot open them.
    'showPopover' in HTMLElement.prototype ? null : messageBar('warning', { class: 'notice', role: 'note' }, strings.popoverUnsupported),
  ];
  const controls = h('main', { class: 'controls' }, header, ...notices, tabs.tablist, ...tabs.panels, status.element);
  const layout = h('div', { class: 'layout' }, controls, options.previewDocument ? createPreviewPanel(options.previewDocument) : null);

  root.replaceChildren(layout);
  root.dataset.mode = options.host.kind;
  // The start-up calls go out together, none waits on another: the styles, the categories and first
  // page of templates, and the stored token checked again (it may have been revoked; signed in, the
  // lists hold team templates). Each failure says what failed, with 重试; the rest of the page works.
  // A refused token signs out (session.ts), and the page says so once the lists are loaded.
  let failure: unknown;
  /** The stored token checked again; no answer says so with 重试 (a refused token has signed out instead). */
  const resume = (): Promise<unknown> => status.run(strings.signingIn, [], () => session.resume(), { onError: (error) => (failure = error) });
  const sayResumeFailed = () => {
    if (failure instanceof ApiError && failure.status === 401) status.fail(strings.tokenRejected);
    else
      status.fail(strings.failedPart(strings.sessionNotChecked, messageFor(failure)), () => {
        failure = undefined;
        void resume().then(() => failure && sayResumeFailed());
      });
  };
  /**
   * Inside an Office with single sign-on and a server that offers it, the 团队 tab offers it; with no
   * stored token, the page signs in with it by itself if Office can without asking the user anything
   * (Microsoft's pattern for an add-in that also works signed out). Not if the user signed out of it here.
   */
  const startOfficeSignIn = async (): Promise<void> => {
    if (!(await session.officeSignInOffered())) return;
    team.offerOfficeSignIn();
    if (session.signedIn || session.hasToken || session.officeSignedOut) return;
    // Quiet: not signed in to Office (13001) or not yet consented is no failure; the button says the rest when pressed.
    await status.run(strings.signingIn, [], () => session.signInWithOffice({ prompt: false }), { quiet: true, onError: () => undefined });
  };
  // Several parts may fail: each is told, in one message, instead of the last replacing the others.
  status.collectFailures();
  await Promise.all([styles.load(), templates.load(), session.hasToken ? resume() : undefined, startOfficeSignIn()]);
  await templates.loaded();
  const updates = await team.loaded();
  if (failure) sayResumeFailed();
  const failed = status.showCollected();
  // The document came from a team template that has moved on: say so at once, the 团队 tab has the
  // actions; a failure shown (a refused token included) stays, with its 重试.
  if (!failed && status.element.dataset.kind !== 'error' && updates.length > 0) {
    const current = updates[0];
    status.show('info', strings.updateAvailable(current.name, current.version, current.updatedBy ?? strings.someone, formatDay(current.updatedAt)));
  }
  root.dataset.ready = 'true';
}
