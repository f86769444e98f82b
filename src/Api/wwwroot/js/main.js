// The console's entry point: the sign-in, and the signed-in workspace behind it.
import { apiFor } from './api.js';
import { byId, say } from './dom.js';
import { signInAgain } from './explain.js';
import { forgetToken, storedToken, storeToken, tokenFrom } from './session.js';
import { createWorkspace } from './workspace.js';

/** @typedef {{ development: boolean }} ConsoleSettings */

const signIn = byId('sign-in', HTMLElement);
const signInForm = byId('sign-in-form', HTMLFormElement);
const signInMessage = byId('sign-in-message', HTMLParagraphElement);
const tokenInput = byId('token', HTMLInputElement);
const tokenError = byId('token-error', HTMLParagraphElement);
const workspaceSection = byId('workspace', HTMLElement);
const signOutButton = byId('sign-out', HTMLButtonElement);

const workspace = createWorkspace({ unauthorized: (error) => showSignIn(signInAgain(error)) });

/** @param {string} message why the sign-in is shown, or '' */
function showSignIn(message) {
  forgetToken();
  workspace.stop();
  workspaceSection.hidden = true;
  signOutButton.hidden = true;
  signIn.hidden = false;
  say(signInMessage, message);
  tokenInput.focus();
}

/** @param {string} token */
async function open(token) {
  signIn.hidden = true;
  say(signInMessage, '');
  workspaceSection.hidden = false;
  signOutButton.hidden = false;
  await workspace.start(apiFor(token));
}

signInForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const token = tokenFrom(tokenInput.value);
  tokenInput.value = '';
  if (token === '') {
    say(tokenError, 'Paste a bearer token.');
    tokenError.hidden = false;
    tokenInput.setAttribute('aria-invalid', 'true');
    tokenInput.focus();
    return;
  }
  tokenError.hidden = true;
  tokenInput.removeAttribute('aria-invalid');
  storeToken(token);
  await open(token);
});

signOutButton.addEventListener('click', () => showSignIn(''));

// Only Development says how to mint a token; the page itself cannot tell where it runs.
async function showDevelopmentHelp() {
  try {
    const response = await fetch('/console/settings', { cache: 'no-store', credentials: 'omit' });
    const settings = response.ok ? /** @type {ConsoleSettings} */ (await response.json()) : null;
    byId('development-help', HTMLDivElement).hidden = settings?.development !== true;
  } catch {
    // without the settings the page works the same; it only lacks the hint
  }
}

void showDevelopmentHelp();
const token = storedToken();
if (token === null) {
  showSignIn('');
} else {
  void open(token);
}
