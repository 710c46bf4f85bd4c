/**
 * Signing in to the 团队 tab with an access token, and who is signed in with 退出登录. The session
 * (session.ts) keeps the token; the tab follows the session's changes. Where Office single sign-on is
 * offered (offerOffice), 使用单位账号登录 comes first, and the access token stays as the way in when
 * Office cannot sign the user in.
 */
import type { User } from '../api.ts';
import { strings } from '../i18n.ts';
import { OfficeSignInError } from '../office-sign-in.ts';
import type { AppContext } from './app-context.ts';
import { h, uniqueId } from './dom.ts';
import { messageFor, UserError } from './errors.ts';

export interface SignInOptions {
  /** Resolves once what signing in loads (the teams) is there, to false when it failed: the success is reported after it, if at all. */
  loaded: () => Promise<boolean>;
}

export function createTeamSignIn(app: AppContext, options: SignInOptions) {
  const tokenId = uniqueId('token');
  const tokenHintId = uniqueId('token-hint');
  const tokenInput = h('input', { type: 'password', id: tokenId, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': tokenHintId });
  const signInButton = h('button', { type: 'submit', class: 'primary' }, strings.signIn);
  const form = h(
    'form',
    { class: 'sign-in' },
    h('div', { class: 'field' }, h('label', { for: tokenId }, strings.tokenLabel), tokenInput),
    h('p', { id: tokenHintId, class: 'muted' }, strings.tokenHint),
    h('div', { class: 'actions' }, signInButton),
  );

  const officeHintId = uniqueId('office-hint');
  const officeButton = h('button', { type: 'button', class: 'primary', 'aria-describedby': officeHintId }, strings.officeSignIn);
  const officeSection = h(
    'div',
    { class: 'office-sign-in', hidden: true },
    h('div', { class: 'actions' }, officeButton),
    h('p', { id: officeHintId, class: 'muted' }, strings.officeSignInHint),
    h('p', { class: 'muted or-token' }, strings.orSignInWithToken),
  );
  form.prepend(officeSection);

  // Takes the focus after signing in: it says who is signed in.
  const userLine = h('span', { class: 'user-name', tabindex: -1 });
  const signOutButton = h('button', { type: 'button', class: 'secondary' }, strings.signOut);
  const account = h('div', { class: 'account' }, userLine, signOutButton);

  /** Reports a sign-in once the teams it loads are there, and moves the focus to who is signed in. */
  async function signedInWith(work: () => Promise<User>, progress: string, controls: (HTMLButtonElement | HTMLInputElement)[]): Promise<void> {
    const signedIn = await app.status.run(progress, controls, async () => {
      const user = await work();
      // Signing in started loading the teams: report once they are there.
      return { user, teamsLoaded: await options.loaded() };
    });
    if (!signedIn || !app.session.signedIn) return;
    // The teams failed to load: that failure, with its 重试, stays shown.
    if (signedIn.teamsLoaded) app.status.show('success', strings.signedInAs(signedIn.user.name));
    // The form is gone: the focus goes to the section that took its place.
    userLine.focus();
  }

  officeButton.addEventListener('click', () =>
    signedInWith(
      async () => {
        try {
          return await app.session.signInWithOffice({ prompt: true });
        } catch (error) {
          // Office could not: why, in words the user can act on, and the focus on the access token, the way in meanwhile.
          throw error instanceof OfficeSignInError ? new UserError(messageFor(error), tokenInput) : error;
        }
      },
      strings.officeSigningIn,
      [officeButton, signInButton, tokenInput],
    ),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      app.status.show('error', strings.tokenRequired);
      return tokenInput.focus();
    }
    await signedInWith(() => app.session.signIn(token), strings.signingIn, [signInButton, tokenInput, officeButton]);
  });
  signOutButton.addEventListener('click', () => {
    app.session.signOut();
    app.status.show('info', strings.signedOut);
    (officeSection.hidden ? tokenInput : officeButton).focus();
  });

  return {
    form,
    account,
    /** Signed in: the form gives way to who is signed in. */
    showSignedIn(): void {
      form.hidden = true;
      userLine.textContent = strings.signedInAs(app.session.user?.name ?? '');
      tokenInput.value = '';
    },
    showSignedOut(): void {
      form.hidden = false;
    },
    focusToken: () => (officeSection.hidden ? tokenInput : officeButton).focus(),
    /** Office single sign-on is offered here: its button comes before the access token. */
    offerOffice(): void {
      officeSection.hidden = false;
      // One primary action: Office's sign-in; the access token is the second way in.
      signInButton.classList.replace('primary', 'secondary');
    },
  };
}
