import { SINK_KINDS, type SinkKind } from '../../model.js';
import type { CatalogEntry } from './types.js';

/** The command that rewrites the generated catalog sections of README.md and docs/scanning.md. */
export const CATALOG_DOCS_COMMAND = 'npm run catalog:docs';

export const CATALOG_DOCS_MARKERS = { start: '<!-- catalog-coverage:start -->', end: '<!-- catalog-coverage:end -->' } as const;

const FAMILY_NAMES: Record<SinkKind, string> = {
  analytics: 'analytics, product analytics and feature flags',
  'error-monitoring': 'error monitoring and hosted logs',
  'session-replay': 'session replay',
  advertising: 'advertising',
  marketing: 'marketing, CRM and referral',
  payments: 'payments',
  messaging: 'messaging (email, SMS, push, chat)',
  support: 'support, scheduling and forms',
  ai: 'AI',
  http: 'HTTP clients',
  'browser-storage': 'browser storage',
  cookie: 'cookies',
  database: 'databases, warehouses and search',
  log: 'loggers',
  file: 'files and cloud storage',
  'device-api': 'device APIs',
  'request-input': 'request input',
};

interface Family {
  kind: SinkKind;
  names: string[];
}

function families(catalog: readonly CatalogEntry[]): Family[] {
  return SINK_KINDS.map((kind) => ({
    kind,
    names: catalog
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.name)
      .sort((left, right) => left.localeCompare(right, 'en', { sensitivity: 'base' })),
  })).filter((family) => family.names.length > 0);
}

/** The README's one paragraph: the catalog's size and the count per family, linking to the full table. */
export function renderCatalogSummary(catalog: readonly CatalogEntry[]): string {
  const counts = families(catalog).map((family) => `${family.names.length} ${FAMILY_NAMES[family.kind]}`);
  return (
    `The SDK catalog knows ${catalog.length} services and libraries: ${counts.join('; ')} ` +
    `([every one by name](docs/scanning.md#the-sdk-catalog)). Generated from \`src/findings/catalog/\` by \`${CATALOG_DOCS_COMMAND}\`.\n`
  );
}

/** docs/scanning.md's table: one row per family (sink kind) with its count and every service's name. */
export function renderCatalogTable(catalog: readonly CatalogEntry[]): string {
  const rows = families(catalog).map((family) => `| ${FAMILY_NAMES[family.kind]} (\`${family.kind}\`) | ${family.names.length} | ${family.names.join(', ')} |`);
  return [
    `${catalog.length} services and libraries, generated from \`src/findings/catalog/\` by \`${CATALOG_DOCS_COMMAND}\`.`,
    '',
    '| family (sink kind) | services | names |',
    '|---|---:|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Replaces what lies between the markers; undefined when the document has no (or misordered) markers. */
export function replaceBetweenMarkers(document: string, content: string): string | undefined {
  const start = document.indexOf(CATALOG_DOCS_MARKERS.start);
  const end = document.indexOf(CATALOG_DOCS_MARKERS.end);
  if (start === -1 || end < start) return undefined;
  return `${document.slice(0, start + CATALOG_DOCS_MARKERS.start.length)}\n${content}${document.slice(end)}`;
}
