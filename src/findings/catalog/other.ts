import { call, command } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://www.algolia.com/doc/api-reference/api-methods/save-objects/
export const algolia: CatalogEntry = {
  id: 'algolia',
  name: 'Algolia',
  kind: 'analytics',
  docs: 'https://www.algolia.com/doc/api-reference/api-methods/save-objects/',
  packages: ['algoliasearch', '@algolia/client-search', 'search-insights'],
  globals: ['aa'],
  calls: [
    command('', 'init', 1),
    command('', 'setUserToken', 1),
    command('', 'setAuthenticatedUserToken', 1),
    command('', 'clickedObjectIDsAfterSearch', 1),
    command('', 'convertedObjectIDsAfterSearch', 1),
    command('', 'sendEvents', 1),
    call('saveObject', 0),
    call('saveObjects', 0),
    call('partialUpdateObject', 0),
    call('partialUpdateObjects', 0),
    call('addOrUpdateObject', 0),
  ],
};

// https://launchdarkly.com/docs/sdk/features/context-config
export const launchdarkly: CatalogEntry = {
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  kind: 'analytics',
  docs: 'https://launchdarkly.com/docs/sdk/features/context-config',
  packages: [
    'launchdarkly-js-client-sdk', 'launchdarkly-react-client-sdk', 'launchdarkly-node-server-sdk',
    '@launchdarkly/node-server-sdk', '@launchdarkly/js-client-sdk', '@launchdarkly/react-native-client-sdk',
  ],
  // Contexts ({ kind: 'user', key, email, name }) travel with initialize, identify and every server evaluation.
  calls: [
    call('initialize', 1),
    call('identify', 0),
    call('variation', 1),
    call('variationDetail', 1),
    call('allFlagsState', 0),
    call('track', 0, 1, 2),
    { method: 'asyncWithLDProvider', args: [{ index: 0, paths: ['context', 'user'] }] },
    { method: 'withLDProvider', args: [{ index: 0, paths: ['context', 'user'] }] },
  ],
};

// https://docs.statsig.com/client/javascript-sdk
export const statsig: CatalogEntry = {
  id: 'statsig',
  name: 'Statsig',
  kind: 'analytics',
  docs: 'https://docs.statsig.com/client/javascript-sdk',
  packages: ['@statsig/js-client', '@statsig/react-bindings', 'statsig-js', 'statsig-react', 'statsig-node', '@statsig/statsig-node-core'],
  // Server calls take the user first: logEvent(user, name, value, metadata), checkGate(user, gate).
  calls: [
    call('logEvent', 0, 1, 2, 3),
    call('updateUserAsync', 0),
    call('updateUserSync', 0),
    call('initialize', 1),
    call('checkGate', 0),
    call('getExperiment', 0),
    call('getConfig', 0),
  ],
};

// https://developers.sift.com/docs/curl/javascript-snippet
export const sift: CatalogEntry = {
  id: 'sift',
  name: 'Sift',
  kind: 'analytics',
  docs: 'https://developers.sift.com/docs/curl/javascript-snippet',
  packages: [],
  globals: ['_sift'],
  calls: [{ method: 'push', command: '_setUserId', args: [{ index: 1, category: 'user.unique_id' }] }],
};

export const OTHER: readonly CatalogEntry[] = [algolia, launchdarkly, statsig, sift];
