/* global module */
// Rewrites theme-common's useShallowMemoObject key sort (see index.ts). Fails the build if the code it rewrites is
// gone, so a Docusaurus upgrade cannot silently undo or break the change.
const LOCALE_SORT = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const CODE_POINT_SORT = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

module.exports = function noCollatorAtLoad(source) {
  if (!source.includes(LOCALE_SORT)) {
    throw new Error(`no-collator-at-load: "${LOCALE_SORT}" not found in ${this.resourcePath}; check the plugin against this Docusaurus version.`);
  }
  return source.replace(LOCALE_SORT, CODE_POINT_SORT);
};
