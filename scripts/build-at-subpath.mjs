#!/usr/bin/env node
// Builds the site as a team publishing it under a sub-path would (BASE_URL=/t1-course/, as on
// https://org.github.io/t1-course/), into build-t1-course/, for the sub-path smoke test (tests/browser/subpath.spec.ts).
import {spawnSync} from 'node:child_process';

const SUBPATH = '/t1-course/';
const SUBPATH_BUILD = 'build-t1-course';

const build = spawnSync('npm', ['run', 'build', '--', '--out-dir', SUBPATH_BUILD], {
  stdio: 'inherit',
  env: {...process.env, BASE_URL: SUBPATH},
  shell: process.platform === 'win32',
});
process.exit(build.status ?? 1);
