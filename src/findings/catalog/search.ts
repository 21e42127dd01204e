import { atPaths, call, setter } from './shapes.js';
import type { CatalogEntry } from './types.js';

// A search index holds a copy of the records written to it, so engines are the database kind: the finding is a
// write, its recipient the client library; a hosted cluster is declared as a recipient like a hosted database.
// (Algolia, catalogued earlier with its Insights events, stays analytics.)

// https://www.meilisearch.com/docs/reference/api/documents
export const meilisearch: CatalogEntry = {
  id: 'meilisearch',
  name: 'Meilisearch',
  kind: 'database',
  docs: 'https://www.meilisearch.com/docs/reference/api/documents',
  packages: ['meilisearch'],
  // https://www.meilisearch.com/docs/reference/api/search: `index.search(q, options)` sends what the person searched for.
  calls: [
    call('addDocuments', 0),
    call('updateDocuments', 0),
    call('addDocumentsInBatches', 0),
    call('updateDocumentsInBatches', 0),
    setter('index.search', 'user.behavior.search_history'),
    setter('index.searchGet', 'user.behavior.search_history'),
  ],
};

// https://typesense.org/docs/latest/api/documents.html
export const typesense: CatalogEntry = {
  id: 'typesense',
  name: 'Typesense',
  kind: 'database',
  docs: 'https://typesense.org/docs/latest/api/documents.html',
  packages: ['typesense'],
  // client.collections('users').documents().create(doc); documents(id).update(partial); documents().import(docs).
  calls: [call('documents.create', 0), call('documents.upsert', 0), call('documents.update', 0), call('documents.import', 0)],
};

// https://www.elastic.co/docs/reference/elasticsearch/clients/javascript/api-reference
export const elasticsearch: CatalogEntry = {
  id: 'elasticsearch',
  name: 'Elasticsearch',
  kind: 'database',
  docs: 'https://www.elastic.co/docs/reference/elasticsearch/clients/javascript/api-reference',
  packages: ['@elastic/elasticsearch', 'elasticsearch'],
  // `body` is the 7.x client's name for what 8.x calls `document`, `doc` or `operations`.
  calls: [
    atPaths('helpers.bulk', 0, ['datasource']),
    atPaths('index', 0, ['document', 'body']),
    atPaths('create', 0, ['document', 'body']),
    atPaths('update', 0, ['doc', 'upsert', 'body']),
    atPaths('bulk', 0, ['operations', 'body']),
  ],
};

// https://docs.opensearch.org/latest/clients/javascript/index/
export const opensearch: CatalogEntry = {
  id: 'opensearch',
  name: 'OpenSearch',
  kind: 'database',
  docs: 'https://docs.opensearch.org/latest/clients/javascript/index/',
  packages: ['@opensearch-project/opensearch'],
  calls: [
    atPaths('helpers.bulk', 0, ['datasource']),
    atPaths('index', 0, ['body']),
    atPaths('create', 0, ['body']),
    atPaths('update', 0, ['body']),
    atPaths('bulk', 0, ['body']),
  ],
};

export const SEARCH: readonly CatalogEntry[] = [meilisearch, typesense, elasticsearch, opensearch];
