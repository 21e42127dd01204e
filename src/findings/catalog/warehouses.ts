import { atPaths, call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Event warehouses that apps write analytics rows into directly. The client writes to the team's own cluster, so they
// are the database kind, recipient the client library, as for any database (a hosted warehouse is declared like one).

// https://clickhouse.com/docs/integrations/javascript#insert-method
export const clickhouse: CatalogEntry = {
  id: 'clickhouse',
  name: 'ClickHouse',
  kind: 'database',
  docs: 'https://clickhouse.com/docs/integrations/javascript#insert-method',
  packages: ['@clickhouse/client', '@clickhouse/client-web'],
  calls: [atPaths('insert', 0, ['values'])],
};

// https://cloud.google.com/nodejs/docs/reference/bigquery/latest/bigquery/table#_google_cloud_bigquery_Table_insert_member_1_
export const bigquery: CatalogEntry = {
  id: 'bigquery',
  name: 'BigQuery',
  kind: 'database',
  vendorHosted: true,
  docs: 'https://cloud.google.com/nodejs/docs/reference/bigquery/latest/bigquery/table#_google_cloud_bigquery_Table_insert_member_1_',
  packages: ['@google-cloud/bigquery'],
  // bigquery.dataset(d).table(t).insert(rows) streams rows into the table.
  calls: [call('table.insert', 0)],
};

export const WAREHOUSES: readonly CatalogEntry[] = [clickhouse, bigquery];
