import { describe, expect, test } from 'vitest';
import type { CommandIO } from './context.js';
import { pairOutputs, type WrittenReportFlag } from './output.js';

const io = { cwd: '/repo' } as CommandIO;
const written = (...flags: string[]): WrittenReportFlag[] =>
  flags.map((flag) => (flag.startsWith('>') ? { kind: 'output', value: flag.slice(1) } : { kind: 'format', value: flag }));
const pair = (flags: WrittenReportFlag[]) => {
  const formats = flags.filter((flag) => flag.kind === 'format').map((flag) => flag.value);
  const outputs = flags.filter((flag) => flag.kind === 'output').map((flag) => flag.value);
  return pairOutputs(formats, outputs, 'pretty', io, flags).map((target) => `${target.format}${target.file === undefined ? '' : ` -> ${target.file}`}`);
};

describe('pairing --format and --output', () => {
  test('an --output goes with the --format written right before it, whichever order the formats come in', () => {
    expect(pair(written('sarif', '>x.sarif', 'pretty'))).toEqual(['sarif -> /repo/x.sarif', 'pretty']);
    expect(pair(written('pretty', 'sarif', '>x.sarif'))).toEqual(['pretty', 'sarif -> /repo/x.sarif']);
    expect(pair(written('json', '>a.json', 'sarif', '>b.sarif'))).toEqual(['json -> /repo/a.json', 'sarif -> /repo/b.sarif']);
  });

  test('else with the --format right after it; alone, it takes the default format', () => {
    expect(pair(written('>x.sarif', 'sarif', 'pretty'))).toEqual(['sarif -> /repo/x.sarif', 'pretty']);
    expect(pair(written('>report.txt'))).toEqual(['pretty -> /repo/report.txt']);
    expect(pair(written())).toEqual(['pretty']);
  });

  test('--format <format>=<file> names both at once', () => {
    expect(pair(written('sarif=out/privlint.sarif', 'pretty', 'json=r.json'))).toEqual([
      'sarif -> /repo/out/privlint.sarif',
      'pretty',
      'json -> /repo/r.json',
    ]);
  });

  test('what cannot be paired is an error that says how to write it', () => {
    expect(() => pair(written('sarif=a.sarif', '>b.json'))).toThrow(
      '--output b.json has no --format of its own beside it; write each report as --format <format> --output <file>, or as --format <format>=<file>.',
    );
    expect(() => pair(written('pretty', 'json'))).toThrow(
      'Only one report can go to standard output, but 2 formats (pretty, json) have no file; write the others as --format <format>=<file>.',
    );
    expect(() => pair(written('json='))).toThrow("--format json= names no file after '='; write --format json=<file>.");
  });

  test('a library caller without the written order: formats first, then outputs', () => {
    expect(pairOutputs(['pretty', 'sarif'], ['x.sarif'], 'pretty', io).map((target) => target.file ?? target.format)).toEqual([
      'pretty',
      '/repo/x.sarif',
    ]);
  });
});
