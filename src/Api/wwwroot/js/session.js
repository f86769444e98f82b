// The token lives in this tab's session storage only: never in a URL, a cookie or local storage, so it is gone when
// the tab closes and no request the browser sends by itself ever carries it.
const key = 'resource-console.token';

/** @returns {string | null} */
export function storedToken() {
  return sessionStorage.getItem(key);
}

/** @param {string} token */
export function storeToken(token) {
  sessionStorage.setItem(key, token);
}

export function forgetToken() {
  sessionStorage.removeItem(key);
}

/** What a person pastes: the token, perhaps with its scheme in front. @param {string} text */
export function tokenFrom(text) {
  return text.trim().replace(/^Bearer\s+/i, '');
}
