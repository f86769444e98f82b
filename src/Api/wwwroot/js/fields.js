// Field errors from problem details (`errors`: field → messages), shown next to the field they are about.
import { byId } from './dom.js';

/**
 * Shows each message at the form's field of that name and focuses the first such field.
 * @param {HTMLFormElement} form
 * @param {Record<string, string[]> | undefined} errors
 * @returns {boolean} whether any message found its field
 */
export function showFieldErrors(form, errors) {
  clearFieldErrors(form);
  /** @type {HTMLInputElement | HTMLSelectElement | null} */
  let first = null;
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const input = fieldOf(form, field);
    if (input === null) {
      continue;
    }
    const note = noteOf(input);
    note.textContent = messages.join(' ');
    note.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    first ??= input;
  }
  first?.focus();
  return first !== null;
}

/** @param {HTMLFormElement} form */
export function clearFieldErrors(form) {
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    if (input instanceof HTMLInputElement || input instanceof HTMLSelectElement) {
      input.removeAttribute('aria-invalid');
      const note = noteOf(input);
      note.textContent = '';
      note.hidden = true;
    }
  }
}

// The API names fields in camelCase; the form's controls carry the same names.
/** @param {HTMLFormElement} form @param {string} field */
function fieldOf(form, field) {
  const control = [...form.elements].find(
    (candidate) => (candidate instanceof HTMLInputElement || candidate instanceof HTMLSelectElement)
      && candidate.name.toLowerCase() === field.toLowerCase());
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement ? control : null;
}

// Each field's message element is the one its aria-describedby names with the suffix -error.
/** @param {HTMLInputElement | HTMLSelectElement} input */
function noteOf(input) {
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((name) => name.endsWith('-error'));
  return byId(id ?? `${input.id}-error`, HTMLParagraphElement);
}
