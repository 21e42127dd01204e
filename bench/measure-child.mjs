#!/usr/bin/env node
// Fallback when /usr/bin/time is missing: runs a Node script in this process and, on exit, writes this process's
// resource usage (CPU time, peak RSS) as JSON. Usage: node bench/measure-child.mjs <statsFile> <script> [args...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [statsFile, script, ...args] = process.argv.slice(2);
if (!statsFile || !script) {
  process.stderr.write('usage: node bench/measure-child.mjs <statsFile> <script> [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(statsFile, JSON.stringify({ userMs: usage.userCPUTime / 1000, sysMs: usage.systemCPUTime / 1000, maxRssKiB: usage.maxRSS }));
});
await import(pathToFileURL(resolve(script)).href);
