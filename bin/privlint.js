#!/usr/bin/env node
// The CLI runs from one bundle of dist/ (scripts/build-cli.mjs): one file to load, and compiled code kept between
// runs. CommonJS (bin/package.json), like the bundle: Node 20 starts faster without its ES module loader.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

let runCliBundle;
try {
  ({ runCliBundle } = require('../dist/bundle/start.cjs'));
} catch (error) {
  // Only a clone can lack dist/ (the package ships it): installed with --ignore-scripts, or cleaned since.
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('start.cjs')) {
    process.stderr.write(`privlint: ${join(__dirname, '..', 'dist', 'bundle')} is missing; build it with \`npm run build\` in ${join(__dirname, '..')} (npm install does it unless scripts are off).\n`);
    process.exit(2);
  }
  throw error;
}

runCliBundle(pathToFileURL(join(__dirname, '..', 'dist', 'bundle', 'privlint.cjs')), process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
