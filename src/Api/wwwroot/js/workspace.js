// The signed-in part of the console: the list with its filter, sort and paging; create, rename and delete.
import { ApiError } from './api.js';
import { pageSize, sortOrders } from './contract.js';
import { byId, say } from './dom.js';
import { explain } from './explain.js';
import { clearFieldErrors, showFieldErrors } from './fields.js';
import { pagingOf, showRows, summaryOf } from './table.js';

/** @typedef {import('./api.js').Api} Api */
/** @typedef {import('./contract.js').Resource} Resource */
/** @typedef {import('./contract.js').ListQuery} ListQuery */
/** @typedef {import('./explain.js').Action} Action */

/** @param {{ unauthorized(error: ApiError): void }} session */
export function createWorkspace(session) {
  const heading = byId('resources-title', HTMLHeadingElement);
  const notice = byId('notice', HTMLParagraphElement);
  const problem = byId('problem', HTMLParagraphElement);
  const createForm = byId('create-form', HTMLFormElement);
  const createName = byId('create-name', HTMLInputElement);
  const filterForm = byId('filter-form', HTMLFormElement);
  const filterName = byId('filter-name', HTMLInputElement);
  const sort = byId('sort', HTMLSelectElement);
  const table = byId('resources', HTMLTableElement);
  const rows = byId('rows', HTMLTableSectionElement);
  const summary = byId('summary', HTMLTableCaptionElement);
  const empty = byId('empty', HTMLParagraphElement);
  const pages = byId('pages', HTMLElement);
  const previousPage = byId('previous-page', HTMLButtonElement);
  const nextPage = byId('next-page', HTMLButtonElement);
  const position = byId('page-position', HTMLSpanElement);
  const more = byId('more', HTMLDivElement);
  const loadMore = byId('load-more', HTMLButtonElement);
  const renameDialog = byId('rename-dialog', HTMLDialogElement);
  const renameForm = byId('rename-form', HTMLFormElement);
  const renameTitle = byId('rename-title', HTMLHeadingElement);
  const renameName = byId('rename-name', HTMLInputElement);
  const renameProblem = byId('rename-problem', HTMLParagraphElement);
  const deleteDialog = byId('delete-dialog', HTMLDialogElement);
  const deleteForm = byId('delete-form', HTMLFormElement);
  const deleteQuestion = byId('delete-question', HTMLParagraphElement);
  const deleteProblem = byId('delete-problem', HTMLParagraphElement);

  for (const order of sortOrders) {
    sort.append(new Option(order.label, order.value));
  }

  /** @type {Api | null} */
  let api = null;
  /** @type {ListQuery} */
  let query = { page: 1, pageSize, sort: sortOrders[0].value };
  /** @type {string | null} */
  let nextCursor = null;
  /** @type {Resource | null} */
  let renaming = null;
  /** @type {Resource | null} */
  let deleting = null;

  const actions = { rename: openRename, remove: openDelete };

  /**
   * A 401 ends the session wherever it happens; anything else is explained where the person is looking.
   * @param {unknown} error @param {Action} action @param {HTMLElement} where
   */
  function report(error, action, where) {
    if (error instanceof ApiError && error.status === 401) {
      session.unauthorized(error);
      return;
    }
    say(where, explain(error, action));
  }

  /** @param {unknown} error @param {HTMLFormElement} form */
  function fieldErrorsShown(error, form) {
    return error instanceof ApiError && error.status === 400 && showFieldErrors(form, error.problem?.errors);
  }

  function quiet() {
    say(notice, '');
    say(problem, '');
  }

  /** @param {boolean} [append] continue the rows shown by the last answer's cursor */
  async function load(append = false) {
    if (api === null) {
      return false;
    }
    table.setAttribute('aria-busy', 'true');
    try {
      const page = await api.list(query, append ? nextCursor : null);
      const paging = pagingOf(page.meta);
      if (paging.mode === 'pages' && page.data.length === 0 && paging.page > paging.totalPages && paging.totalPages > 0) {
        query = { ...query, page: paging.totalPages }; // the last page emptied (a delete): show the one before
        return await load();
      }
      showRows(rows, page.data, actions, append);
      if (paging.mode === 'cursor') {
        nextCursor = paging.next;
        pages.hidden = true;
        more.hidden = paging.next === null;
      } else {
        more.hidden = true;
        pages.hidden = paging.totalPages <= 1;
        previousPage.disabled = paging.page <= 1;
        nextPage.disabled = paging.page >= paging.totalPages;
        say(position, `Page ${paging.page} of ${paging.totalPages}`);
      }
      say(summary, summaryOf(page.meta, rows.rows.length));
      empty.hidden = page.meta.totalCount !== 0;
      clearFieldErrors(filterForm);
      return true;
    } catch (error) {
      if (!fieldErrorsShown(error, filterForm)) {
        report(error, 'list', problem);
      }
      return false;
    } finally {
      table.removeAttribute('aria-busy');
    }
  }

  /** @param {number} id @param {'rename' | 'delete'} action */
  function focusRow(id, action) {
    const button = rows.querySelector(`tr[data-id="${id}"] button[data-action="${action}"]`);
    if (button instanceof HTMLButtonElement) {
      button.focus();
    } else {
      heading.focus();
    }
  }

  /** @param {HTMLFormElement} form @param {() => Promise<void>} work */
  function onSubmit(form, work) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const buttons = [...form.querySelectorAll('button')];
      buttons.forEach((button) => { button.disabled = true; }); // one request per click, however often it is clicked
      try {
        await work();
      } finally {
        buttons.forEach((button) => { button.disabled = false; });
      }
    });
  }

  onSubmit(filterForm, async () => {
    quiet();
    const order = sortOrders.find((candidate) => candidate.value === sort.value) ?? sortOrders[0];
    query = { ...query, page: 1, name: filterName.value.trim() || undefined, sort: order.value };
    await load();
  });

  onSubmit(createForm, async () => {
    quiet();
    clearFieldErrors(createForm);
    if (api === null) {
      return;
    }
    try {
      const created = await api.create(createName.value);
      createName.value = '';
      query = { ...query, page: 1 };
      say(notice, `Created “${created.name}” (id ${created.id}).`);
      await load();
      createName.focus();
    } catch (error) {
      if (!fieldErrorsShown(error, createForm)) {
        report(error, 'create', problem);
      }
    }
  });

  /** @param {Resource} resource */
  function openRename(resource) {
    quiet();
    renaming = resource;
    clearFieldErrors(renameForm);
    say(renameProblem, '');
    say(renameTitle, `Rename “${resource.name}”`);
    renameName.value = resource.name;
    renameDialog.showModal();
    renameName.select();
  }

  onSubmit(renameForm, async () => {
    if (api === null || renaming === null) {
      return;
    }
    say(renameProblem, '');
    clearFieldErrors(renameForm);
    const target = renaming;
    try {
      const renamed = await api.rename(target, renameName.value);
      renameDialog.close();
      say(notice, `Renamed to “${renamed.name}”.`);
      await load();
      focusRow(renamed.id, 'rename');
    } catch (error) {
      if (fieldErrorsShown(error, renameForm)) {
        return;
      }
      if (error instanceof ApiError && error.status === 412) {
        await showConflict(error, target);
        return;
      }
      if (error instanceof ApiError && error.status === 404) {
        renameDialog.close();
        report(error, 'rename', problem);
        await load();
        heading.focus();
        return;
      }
      report(error, 'rename', renameProblem);
    }
  });

  // The rename lost against someone else's change: say what the resource is now, and let a second Save
  // deliberately replace that version.
  /** @param {ApiError} error @param {Resource} target */
  async function showConflict(error, target) {
    if (api === null) {
      return;
    }
    try {
      const current = await api.get(target.id);
      renaming = current;
      say(renameProblem, `${explain(error, 'rename')} It is now called “${current.name}” (version ${current.version}). ` +
        'Save again to replace that name with yours, or cancel.');
    } catch (inner) {
      report(inner, 'rename', renameProblem);
    }
    renameName.focus();
    void load();
  }

  byId('rename-cancel', HTMLButtonElement).addEventListener('click', () => renameDialog.close());

  /** @param {Resource} resource */
  function openDelete(resource) {
    quiet();
    deleting = resource;
    say(deleteProblem, '');
    say(deleteQuestion, `Delete “${resource.name}”? This cannot be undone.`);
    deleteDialog.showModal();
    byId('delete-cancel', HTMLButtonElement).focus(); // the safe choice is the one under the keyboard
  }

  onSubmit(deleteForm, async () => {
    if (api === null || deleting === null) {
      return;
    }
    const target = deleting;
    try {
      await api.remove(target);
      deleteDialog.close();
      say(notice, `Deleted “${target.name}”.`);
      await load();
      heading.focus();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 404)) {
        deleteDialog.close();
        report(error, 'delete', problem);
        await load();
        focusRow(target.id, 'delete');
        return;
      }
      report(error, 'delete', deleteProblem);
    }
  });

  byId('delete-cancel', HTMLButtonElement).addEventListener('click', () => deleteDialog.close());

  /** @param {number} step */
  async function turnPage(step) {
    quiet();
    query = { ...query, page: (query.page ?? 1) + step };
    await load();
    const here = step < 0 ? previousPage : nextPage;
    (here.disabled ? (step < 0 ? nextPage : previousPage) : here).focus();
  }

  previousPage.addEventListener('click', () => void turnPage(-1));
  nextPage.addEventListener('click', () => void turnPage(1));
  loadMore.addEventListener('click', async () => {
    quiet();
    const before = rows.rows.length;
    await load(true);
    const first = rows.rows[before]?.querySelector('button');
    (first ?? heading).focus();
  });

  return {
    /** @param {Api} signedIn */
    async start(signedIn) {
      api = signedIn;
      if (await load()) {
        heading.focus();
      }
    },

    stop() {
      api = null;
      renaming = null;
      deleting = null;
      renameDialog.close();
      deleteDialog.close();
      rows.replaceChildren();
      quiet();
    },
  };
}
