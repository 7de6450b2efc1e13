/* global module */
// Stands in for @stdlib/assert-has-generator-support in the browser bundle (see index.ts): generators are ES2015.
module.exports = function hasGeneratorSupport() {
  return true;
};
