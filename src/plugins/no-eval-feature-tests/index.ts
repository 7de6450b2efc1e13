/**
 * stdlib's continued-fraction and series helpers (under the binomial CDF and the t quantile) ask at load whether the
 * browser has generators with `eval('"use strict"; (function* () {})')`. Under this site's Content-Security-Policy
 * (no 'unsafe-eval') the eval throws, stdlib catches it and takes its plain-loop path, but the browser still reports a
 * violation on every page that loads them. Every browser the site supports has generators: answer without eval.
 */
import {createRequire} from 'node:module';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

export default function noEvalFeatureTests(): Plugin {
  return {
    name: 'no-eval-feature-tests',
    configureWebpack() {
      return {resolve: {alias: {'@stdlib/assert-has-generator-support$': require.resolve('./hasGeneratorSupport.cjs')}}};
    },
  };
}
