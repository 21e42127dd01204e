#!/usr/bin/env node
// The CLI runs from one bundle of dist/ (scripts/build-cli.mjs): one file to load, and compiled code kept between
// runs. CommonJS (bin/package.json), like the bundle: Node 20 starts faster without its ES module loader.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { runCliBundle } = require('../dist/bundle/start.cjs');

runCliBundle(pathToFileURL(join(__dirname, '..', 'dist', 'bundle', 'privlint.cjs')), process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
