// Calls the API as any web frontend would: bearer token, JSON in and out, problem details on failure.
import { resourcePath, resourcesPath } from './contract.js';

/** @typedef {import('./contract.js').Resource} Resource */
/** @typedef {import('./contract.js').Problem} Problem */
/** @typedef {import('./contract.js').ListQuery} ListQuery */
/** @typedef {import('./contract.js').ResourcePage} ResourcePage */
/** @typedef {import('./contract.js').ResourceRequest} ResourceRequest */
/** @typedef {import('./contract.js').Created | import('./contract.js').Found | import('./contract.js').Renamed} OneResource */

/** The service answered, but not with a success. */
export class ApiError extends Error {
  /** @param {number} status @param {Problem | null} problem @param {Headers} headers */
  constructor(status, problem, headers) {
    super(problem?.detail ?? `The service answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    const retryAfter = Number.parseInt(headers.get('Retry-After') ?? '', 10);
    /** Seconds to wait, when the service said so. */
    this.retryAfter = Number.isFinite(retryAfter) ? retryAfter : null;
    this.challenge = headers.get('WWW-Authenticate') ?? '';
  }
}

/** The service could not be reached at all. */
export class NetworkError extends Error {
  /** @param {unknown} cause */
  constructor(cause) {
    super('The service could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

/** @param {string} token */
export function apiFor(token) {
  return {
    /** @param {ListQuery} query @param {string | null} cursor @returns {Promise<ResourcePage>} */
    async list(query, cursor) {
      const parameters = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') {
          parameters.set(name, String(value));
        }
      }
      // Continuing by cursor carries the same filter, sort and page size, and no page number.
      if (cursor !== null) {
        parameters.delete('page');
        parameters.set('cursor', cursor);
      }
      const response = await send(token, 'GET', `${resourcesPath}?${parameters}`);
      return /** @type {ResourcePage} */ (await response.json());
    },

    /** @param {number} id @returns {Promise<Resource>} */
    async get(id) {
      return one(await send(token, 'GET', pathOf(id)));
    },

    /** @param {string} name @returns {Promise<Resource>} */
    async create(name) {
      /** @type {ResourceRequest} */
      const body = { name };
      return one(await send(token, 'POST', resourcesPath, { body }));
    },

    /** @param {Resource} resource @param {string} name @returns {Promise<Resource>} */
    async rename(resource, name) {
      /** @type {ResourceRequest} */
      const body = { name };
      return one(await send(token, 'PUT', pathOf(resource.id), { body, version: resource.version }));
    },

    /** @param {Resource} resource */
    async remove(resource) {
      await send(token, 'DELETE', pathOf(resource.id), { version: resource.version });
    },
  };
}

/** @typedef {ReturnType<typeof apiFor>} Api */

/** @param {number} id */
function pathOf(id) {
  return resourcePath.replace('{id}', encodeURIComponent(String(id)));
}

/** @param {Response} response @returns {Promise<Resource>} */
async function one(response) {
  const envelope = /** @type {OneResource} */ (await response.json());
  if (envelope.data === null) {
    throw new Error('The service answered without the resource.');
  }
  return envelope.data;
}

/**
 * @param {string} token
 * @param {'GET' | 'POST' | 'PUT' | 'DELETE'} method
 * @param {string} url
 * @param {{ body?: ResourceRequest, version?: number }} [options]
 */
async function send(token, method, url, options = {}) {
  const headers = new Headers({ Authorization: `Bearer ${token}`, Accept: 'application/json' });
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
  }
  // The write happens only while the resource is still at the version this page showed: else 412.
  if (options.version !== undefined) {
    headers.set('If-Match', `"${options.version}"`);
  }

  /** @type {Response} */
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (error) {
    throw new NetworkError(error);
  }

  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response), response.headers);
  }
  return response;
}

/** @param {Response} response @returns {Promise<Problem | null>} */
async function problemOf(response) {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) {
    return null;
  }
  try {
    return /** @type {Problem} */ (await response.json());
  } catch {
    return null; // a body that is not JSON after all: the status alone explains the failure
  }
}
