// Every failure in plain words: what happened and what to do about it.
import { ApiError, NetworkError } from './api.js';

/** @typedef {'list' | 'create' | 'rename' | 'delete'} Action */

const readOrWrite = {
  list: 'see resources: it needs the scope resource:read',
  create: 'create resources: it needs the scope resource:write',
  rename: 'rename resources: it needs the scope resource:write',
  delete: 'delete resources: it needs the scope resource:write',
};

/** @param {unknown} error @param {Action} action @returns {string} */
export function explain(error, action) {
  if (error instanceof NetworkError) {
    return 'The service could not be reached. Check your connection, then try again.';
  }
  if (!(error instanceof ApiError)) {
    return 'Something went wrong in this page. Reload it and try again.';
  }

  switch (error.status) {
    case 401:
      return signInAgain(error);
    case 403:
      return `Your token does not allow you to ${readOrWrite[action]} (and a valid tenant). Ask for a token that grants it.`;
    case 404:
      return 'This resource no longer exists: someone may have deleted it. The list has been reloaded.';
    case 409:
      return 'Another change to this resource was being saved at the same moment, so yours was not. Try again.';
    case 412:
      return 'Someone else changed this resource after you loaded it, so your change was not saved.';
    case 413:
      return 'What you sent is too large for the service.';
    case 429:
      return `You have sent too many requests in a short time. Wait ${seconds(error.retryAfter, 'a minute')} and try again.`;
    case 503:
      return `The service is temporarily unavailable (its database may be unreachable). Try again in ${seconds(error.retryAfter, 'a few seconds')}.`;
    default:
      if (error.status >= 500) {
        const trace = error.problem?.traceId ? ` If it keeps happening, report it with the trace id ${error.problem.traceId}.` : '';
        return `Something went wrong in the service.${trace}`;
      }
      return error.problem?.detail ?? `The service refused the request (${error.status}).`;
  }
}

/** Why the sign-in is back. @param {ApiError} error */
export function signInAgain(error) {
  return /expired/i.test(error.challenge)
    ? 'Your token has expired. Sign in again with a new one.'
    : 'The service did not accept this token. Sign in with a valid one.';
}

/** @param {number | null} value @param {string} otherwise */
function seconds(value, otherwise) {
  if (value === null) {
    return otherwise;
  }
  return value === 1 ? '1 second' : `${value} seconds`;
}
