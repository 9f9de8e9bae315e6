// A read-only field's text to the clipboard, as a copy button does it everywhere (the app, the board, /article).

/**
 * Selects the field (so that a reader sees what goes) and copies its text; where the clipboard API is refused (an
 * insecure origin, a frame without the permission), the selection is copied the older way.
 * @param {HTMLInputElement} field
 */
export async function copyField(field) {
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch (err) {
    document.execCommand('copy');
  }
}
