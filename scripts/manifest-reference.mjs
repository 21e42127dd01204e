#!/usr/bin/env node
// Prints the manifest reference (Markdown tables) from schemas/manifest.schema.json.
// `node scripts/manifest-reference.mjs --write` also puts it into docs/manifest.md between the manifest-reference
// markers; src/manifest/reference.test.ts fails when the page and the schema drift apart.
import { readFileSync, writeFileSync } from 'node:fs';

const schemaUrl = new URL('../schemas/manifest.schema.json', import.meta.url);
const pageUrl = new URL('../docs/manifest.md', import.meta.url);
export const START = '<!-- manifest-reference:start -->';
export const END = '<!-- manifest-reference:end -->';

const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const defs = schema.$defs;

/** Sections for object schemas reached through $ref are printed once, under the def's name. */
const SHARED_SECTIONS = { contact: 'contact', localizedText: 'text' };

const refName = (node) => node.$ref?.replace('#/$defs/', '');
const resolveNode = (node) => (node.$ref ? { ...defs[refName(node)], ...node, $ref: undefined } : node);
const code = (value) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

function formatType(node) {
  const name = refName(node);
  if (name === 'localizedText') return 'text';
  if (name === 'id') return 'id';
  if (name === 'language') return 'language code';
  if (name === 'dataCategory') return 'fideslang data category id';
  if (name === 'dataUse') return 'fideslang data use id';
  if (name === 'dataSubject') return 'fideslang data subject id';
  if (name && SHARED_SECTIONS[name]) return SHARED_SECTIONS[name];
  if (name && defs[name]?.properties) return name;
  const resolved = resolveNode(node);
  if (resolved.const !== undefined) return code(resolved.const);
  if (resolved.enum) return resolved.enum.map(code).join(' | ');
  if (resolved.type === 'array') return `list of ${formatType(resolved.items ?? {})}`;
  if (resolved.type === 'object' && typeof resolved.additionalProperties === 'object') {
    const key = resolved.propertyNames?.enum ? 'rule id' : 'id';
    return `map of ${key} → ${formatType(resolved.additionalProperties)}`;
  }
  if (resolved.type === 'object') return 'object';
  if (resolved.format) return `${resolved.type} (${resolved.format})`;
  return resolved.type ?? 'any';
}

function formatTable(node, heading, intro) {
  // A shared section describes the def itself, not what one user of it adds (the controller requires a name, a dpo does not).
  const shared = SHARED_SECTIONS[refName(node)] !== undefined;
  const resolved = shared ? defs[refName(node)] : resolveNode(node);
  const required = new Set(resolved.required ?? []);
  const rows = Object.entries(resolved.properties ?? {}).map(([key, child]) => {
    const childResolved = resolveNode(child);
    const notes = [child.description ?? childResolved.description ?? ''];
    if (childResolved.examples?.length) notes.push(`Example: ${code(childResolved.examples[0])}.`);
    return `| ${code(key)} | ${cell(formatType(child))} | ${required.has(key) ? 'yes' : ''} | ${cell(notes.join(' '))} |`;
  });
  return [`### ${heading === 'Top level' ? heading : code(heading)}`, '', ...(intro ? [intro, ''] : []), '| key | type | required | description |', '|---|---|---|---|', ...rows, ''].join('\n');
}

/** Walks object schemas depth-first in schema order, one table per object with properties. */
function collectSections(node, heading, intro, sections, printed) {
  const name = refName(node);
  if (name && SHARED_SECTIONS[name]) {
    if (printed.has(name)) return;
    printed.add(name);
    heading = SHARED_SECTIONS[name];
  }
  const resolved = resolveNode(node);
  if (resolved.properties) sections.push(formatTable(node, heading, intro));
  for (const [key, child] of Object.entries(resolved.properties ?? {})) {
    const childResolved = resolveNode(child);
    const path = heading === 'Top level' ? key : `${heading}.${key}`;
    if (childResolved.type === 'object' && typeof childResolved.additionalProperties === 'object') {
      const entry = resolveNode(childResolved.additionalProperties);
      if (entry.properties) collectSections(childResolved.additionalProperties, `${path}.<id>`, child.description, sections, printed);
    } else if (childResolved.type === 'array' && childResolved.items && resolveNode(childResolved.items).properties) {
      collectSections(childResolved.items, `${path}[]`, child.description, sections, printed);
    } else if (childResolved.properties) {
      collectSections(child, path, undefined, sections, printed);
    }
  }
}

export function formatManifestReference() {
  const sections = [];
  collectSections(schema, 'Top level', schema.description, sections, new Set());
  const text = defs.localizedText;
  sections.push(['### `text`', '', `${text.description} Write a plain string, or a map of language code to string (\`{ en: ..., de: ... }\`); the notice picks the language it is written in.`, ''].join('\n'));
  const header = [
    `Generated from \`schemas/manifest.schema.json\` (\`${schema.$id}\`) by \`scripts/manifest-reference.mjs\`.`,
    'Point your editor at the schema for completion and hover docs: `privlint init` puts `# yaml-language-server: $schema=./node_modules/privlint/schemas/manifest.schema.json` on the first line of `privacy.yml` (see [editors.md](editors.md)).',
    'Ids (keys of `purposes`, `recipients`, `fields`) are lowercase letters, digits, `-` and `_`.',
    'The file is YAML 1.2 in UTF-8 (a byte-order mark is fine), at most 5 MB, one document, without custom tags (`!!js/function` and the like) and with few aliases (a "billion laughs" file is refused). JSON is valid YAML, so a manifest written as JSON is read the same way.',
    '',
  ].join('\n');
  return `${header}\n${sections.join('\n')}`;
}

export function replaceSection(page, reference) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`docs/manifest.md has no ${START} ... ${END} section.`);
  return `${page.slice(0, start + START.length)}\n${reference}${page.slice(end)}`;
}

if (import.meta.url === new URL(process.argv[1] ?? '', 'file:').href) {
  const reference = formatManifestReference();
  if (process.argv.includes('--write')) {
    writeFileSync(pageUrl, replaceSection(readFileSync(pageUrl, 'utf8'), reference));
  } else {
    process.stdout.write(reference);
  }
}
