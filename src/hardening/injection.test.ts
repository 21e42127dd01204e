import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';

// Manifest and code strings are data: no output format may let them become markup, commands, formulas or table cells.

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'bin', 'privlint.js');

// A file name that tries a workflow command, a Markdown table cell, a code span, HTML and a URI at once.
// Generated, not committed: `|`, `:` and newlines are not allowed in Windows file names.
const HOSTILE_FILE = 'src/inject\n::error file=pwned.ts::owned|`tick`<b>x<b>:50%,done.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'privlint-injection-'));
  cpSync(join(REPO, 'fixtures', 'hostile', 'injection-strings'), dir, { recursive: true });
  writeFileSync(join(dir, HOSTILE_FILE), `export function keep(phoneNumber: string): void {\n  localStorage.setItem('phone', phoneNumber);\n}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  expect(result.stderr).not.toContain('internal error');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check reports', () => {
  test('json stays valid JSON and keeps hostile file names exactly', () => {
    const result = run('check', '--format', 'json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { location: { file: string } }[] };
    expect(report.problems.map((problem) => problem.location.file)).toContain(HOSTILE_FILE);
  });

  test('sarif stays valid JSON and encodes the file name as a URI reference', () => {
    const result = run('check', '--format', 'sarif');
    const sarif = JSON.parse(result.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]!.results.map((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri);
    const hostile = uris.filter((uri) => decodeURIComponent(uri) === HOSTILE_FILE);
    expect(hostile.length).toBeGreaterThan(0);
    // RFC 3986: spaces, newlines, `|`, backticks, `<`, `>` and `%` itself must be percent-encoded.
    for (const uri of hostile) expect(uri).not.toMatch(/[\s|`<>]|%(?![0-9A-F]{2})/);
  });

  test('github annotations escape %, CR, LF in messages and also : and , in properties', () => {
    const result = run('check', '--format', 'github');
    const lines = result.stdout.split('\n').filter((line) => line !== '');
    const annotations = lines.filter((line) => line.startsWith('::'));
    // Exactly one annotation per problem: a newline in the file name must not start a second command.
    expect(annotations.every((line) => /^::(error|warning|notice) file=[^,:]*,line=\d+,(end[Ll]ine=\d+,)?col=\d+/.test(line))).toBe(true);
    expect(annotations.some((line) => line.startsWith('::error file=pwned.ts'))).toBe(false);
    const hostile = annotations.find((line) => line.includes('src/inject'));
    expect(hostile).toBeDefined();
    expect(hostile).toContain('file=src/inject%0A%3A%3Aerror file=pwned.ts%3A%3Aowned|`tick`<b>x<b>%3A50%25%2Cdone.ts,');
    const json = JSON.parse(run('check', '--format', 'json').stdout) as { problems: unknown[] };
    expect(annotations.length).toBe(json.problems.length);
  });

  test('gitlab stays valid JSON and keeps hostile file names exactly', () => {
    const issues = JSON.parse(run('check', '--format', 'gitlab').stdout) as { location: { path: string } }[];
    expect(issues.map((issue) => issue.location.path)).toContain(HOSTILE_FILE);
  });

  test('junit stays well-formed XML with the hostile file name as text', () => {
    const xml = run('check', '--format', 'junit').stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('owned|`tick`&lt;b&gt;x&lt;b&gt;:50%,done.ts');
  });

  test('markdown table cells cannot break the table', () => {
    const result = run('check', '--format', 'markdown');
    expect(result.stdout).toContain('inject');
    expectTablesIntact(result.stdout);
  });
});

describe('notices', () => {
  test('html escapes every manifest string', () => {
    const result = run('notice', '--format', 'html');
    expect(result.status).toBe(0);
    const html = result.stdout;
    expect(html).not.toMatch(/<script|<img|<b>|<!-- comment/i);
    expect(count(html, /<\/style>/g)).toBe(count(html, /<style[\s>]/g));
    expect(count(html, /<\/td>/g)).toBe(count(html, /<td[\s>]/g));
    expect(html).toContain('Shop &lt;script&gt;');
  });

  test('markdown escapes HTML and keeps tables whole', () => {
    const result = run('notice', '--format', 'markdown');
    expect(result.status).toBe(0);
    // The device-storage and change-history tables carry the manifest's pipes, backticks and tags.
    expect(result.stdout).toContain('| last\\|Email\\`\\<b\\>x\\</b\\> |');
    // Markdown renders raw HTML, so every `<` from the manifest must come escaped.
    expect(result.stdout).not.toMatch(/(?<!\\)<(?:script|img|b>|!--)/i);
    expectTablesIntact(result.stdout);
  });
});

describe('exports', () => {
  test.each([['ropa'], ['play']])('%s CSV neutralises cells that a spreadsheet would run as a formula', (target) => {
    const result = run('export', target);
    expect(result.status).toBe(0);
    const rows = parseCsv(result.stdout);
    const width = rows[0]!.length;
    for (const row of rows) {
      expect(row.length).toBe(width);
      for (const cell of row) expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  test('ropa CSV still carries the hostile text after the neutralising prefix', () => {
    const cells = parseCsv(run('export', 'ropa').stdout).flat();
    expect(cells.some((cell) => cell.includes('=HYPERLINK("https://evil.example","click")'))).toBe(true);
  });

  test('ropa markdown keeps its tables whole', () => {
    expectTablesIntact(run('export', 'ropa', '--format', 'markdown').stdout);
  });

  test('json and fides keep the strings exactly and stay parseable', () => {
    const json = JSON.parse(run('export', 'json').stdout) as { service: { name: string } };
    expect(json.service.name).toBe("Shop <script>alert('name')</script> | pipe");
    const fides = JSON.stringify(parseYaml(run('export', 'fides').stdout));
    expect(fides).toContain("<script>alert('name')</script>");
  });
});

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Every Markdown table: all rows have as many unescaped `|` separators as the header, and no row is cut by a newline. */
function expectTablesIntact(markdown: string): void {
  const lines = markdown.split('\n');
  let header: number | undefined;
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const separators = countSeparators(line);
    header ??= separators;
    expect(line.trimEnd().endsWith('|'), `line ${index + 1} is cut: ${line}`).toBe(true);
    expect(separators, `line ${index + 1} has ${separators} cell separators, the header ${header}: ${line}`).toBe(header);
  }
}

/** `|` that GitHub reads as a cell boundary: not escaped with a backslash (inside code spans too). */
function countSeparators(line: string): number {
  let separators = 0;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '\\') index++;
    else if (line[index] === '|') separators++;
  }
  return separators;
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) {
      if (char === '\r') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
