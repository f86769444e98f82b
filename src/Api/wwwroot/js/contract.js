// The console's view of the API, typed from the served OpenAPI document: `contract` is the declaration file that
// openapi-typescript generates from /openapi/v1.json (tests/Console.TypeCheck). When the contract changes in a way
// this code does not follow, `tsc --checkJs` fails there. The browser only runs the constants below.

/** @typedef {import('contract').paths} Paths */
/** @typedef {import('contract').components['schemas']} Schemas */

/** @typedef {Schemas['ResourceResponse']} Resource */
/** @typedef {Schemas['ResourceRequest']} ResourceRequest */
/** @typedef {Schemas['HttpValidationProblemDetails'] & { traceId?: string }} Problem */

/** @typedef {Paths['/api/v1/resource']['get']} ListOperation */
/** @typedef {NonNullable<ListOperation['parameters']['query']>} ListQuery */
/** @typedef {NonNullable<ListQuery['sort']>} SortOrder */
/** @typedef {ListOperation['responses'][200]['content']['application/json']} ResourcePage */
/** @typedef {ResourcePage['meta']} PageMeta */

/** @typedef {Paths['/api/v1/resource']['post']['responses'][201]['content']['application/json']} Created */
/** @typedef {Paths['/api/v1/resource/{id}']['get']['responses'][200]['content']['application/json']} Found */
/** @typedef {Paths['/api/v1/resource/{id}']['put']['responses'][200]['content']['application/json']} Renamed */

export const resourcesPath = /** @satisfies {keyof Paths} */ ('/api/v1/resource');
export const resourcePath = /** @satisfies {keyof Paths} */ ('/api/v1/resource/{id}');

/** The orders the list offers, in the words the console shows. @type {ReadonlyArray<{ value: SortOrder, label: string }>} */
export const sortOrders = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'name', label: 'Name, A to Z' },
  { value: '-name', label: 'Name, Z to A' },
  { value: 'id', label: 'Id, ascending' },
  { value: '-id', label: 'Id, descending' },
];

/** @type {NonNullable<ListQuery['pageSize']>} */
export const pageSize = 20;
