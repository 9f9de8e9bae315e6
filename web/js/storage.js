// This browser's storage, where it is allowed. A frame sandboxed without same-origin, or a browser blocking
// third-party storage, throws at the first touch: then nothing is kept, and every caller says what that means.
export const BrowserStorage = {
  /**
   * The kept value, or null (none kept, or no storage here).
   * @param {string} key
   * @returns {string | null}
   */
  get(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (err) {
      return null;
    }
  },

  /**
   * Keeps a value; false when this browser keeps nothing here.
   * @param {string} key
   * @param {string} value
   */
  set(key, value) {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch (err) {
      return false;
    }
  },
};
