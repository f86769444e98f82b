// The list of resources: rows, and where the list stands (page buttons, or "Load more" by cursor).
import { element } from './dom.js';

/** @typedef {import('./contract.js').Resource} Resource */
/** @typedef {import('./contract.js').PageMeta} PageMeta */
/** @typedef {{ rename(resource: Resource): void, remove(resource: Resource): void }} RowActions */
/** @typedef {{ mode: 'cursor', next: string | null } | { mode: 'pages', page: number, totalPages: number }} Paging */
/**
 * Where a list answer stands, read so that it fits the contract with or without cursors (contract-7): with
 * cursors, meta gains nextCursor and totalCountExact, and page and totalPages may be null.
 * @typedef {{ page: number | null, totalPages: number | null, totalCount: number, nextCursor?: string | null,
 *   totalCountExact?: boolean }} Position
 */

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * @param {HTMLTableSectionElement} body
 * @param {Resource[]} resources
 * @param {RowActions} actions
 * @param {boolean} append whether the rows continue the ones shown (a cursor's next page)
 */
export function showRows(body, resources, actions, append) {
  const rows = resources.map((resource) => rowOf(resource, actions));
  if (append) {
    body.append(...rows);
  } else {
    body.replaceChildren(...rows);
  }
}

/**
 * How the list continues. A list answer whose meta carries `nextCursor` continues by cursor ("Load more");
 * one without it, by page number.
 * @param {PageMeta} meta
 * @returns {Paging}
 */
export function pagingOf(meta) {
  /** @type {Position} */
  const position = meta;
  if (position.nextCursor !== undefined) {
    const next = position.nextCursor;
    return { mode: 'cursor', next: typeof next === 'string' && next !== '' ? next : null };
  }
  return { mode: 'pages', page: position.page ?? 1, totalPages: position.totalPages ?? 1 };
}

/** @param {PageMeta} meta @param {number} shown how many rows the table holds now */
export function summaryOf(meta, shown) {
  /** @type {Position} */
  const position = meta;
  if (position.totalCount === 0) {
    return 'No resources match.';
  }
  const atLeast = position.totalCountExact === false ? 'at least ' : '';
  const total = `${atLeast}${position.totalCount} ${position.totalCount === 1 ? 'resource' : 'resources'}`;
  return `Showing ${shown} of ${total}`;
}

/** @param {Resource} resource @param {RowActions} actions */
function rowOf(resource, actions) {
  const row = element('tr');
  row.dataset.id = String(resource.id);

  const created = element('time', when.format(new Date(resource.createdAt)));
  created.dateTime = resource.createdAt;
  row.append(
    cell('Id', String(resource.id)),
    cell('Name', resource.name, 'name'),
    cell('Created', created),
    cell('Version', String(resource.version)),
    actionsOf(resource, actions));
  return row;
}

/** @param {string} label @param {string | Node} content @param {string} [className] */
function cell(label, content, className) {
  const td = element('td');
  td.dataset.label = label;
  if (className) {
    td.className = className;
  }
  td.append(content); // a string is appended as a text node, never parsed
  return td;
}

/** @param {Resource} resource @param {RowActions} actions */
function actionsOf(resource, actions) {
  const td = element('td');
  td.className = 'actions';
  const rename = element('button', 'Rename');
  rename.type = 'button';
  rename.className = 'secondary';
  rename.dataset.action = 'rename';
  rename.setAttribute('aria-label', `Rename ${resource.name}`);
  rename.addEventListener('click', () => actions.rename(resource));

  const remove = element('button', 'Delete');
  remove.type = 'button';
  remove.className = 'secondary';
  remove.dataset.action = 'delete';
  remove.setAttribute('aria-label', `Delete ${resource.name}`);
  remove.addEventListener('click', () => actions.remove(resource));
  td.append(rename, remove);
  return td;
}
