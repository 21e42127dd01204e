import { atPaths, call, identify, keyed } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Feature-flag services receive the person the flags are evaluated for (their id and targeting attributes) and record
// exposures: the analytics kind, like LaunchDarkly and Statsig.

// https://docs.growthbook.io/lib/js#attributes
export const growthbook: CatalogEntry = {
  id: 'growthbook',
  name: 'GrowthBook',
  kind: 'analytics',
  docs: 'https://docs.growthbook.io/lib/js#attributes',
  packages: ['@growthbook/growthbook', '@growthbook/growthbook-react'],
  calls: [call('setAttributes', 0), call('updateAttributes', 0), atPaths('createScopedInstance', 0, ['attributes'])],
};

// https://docs.getunleash.io/reference/unleash-context
export const unleash: CatalogEntry = {
  id: 'unleash',
  name: 'Unleash',
  kind: 'analytics',
  docs: 'https://docs.getunleash.io/reference/unleash-context',
  packages: ['unleash-proxy-client', '@unleash/proxy-client-react', 'unleash-client', '@unleash/nextjs'],
  // The server SDK takes the context with each evaluation: isEnabled(name, context), getVariant(name, context).
  calls: [call('updateContext', 0), keyed('setContextField', 0, 1), call('isEnabled', 1), call('getVariant', 1)],
};

// https://docs.flagsmith.com/clients/javascript
export const flagsmith: CatalogEntry = {
  id: 'flagsmith',
  name: 'Flagsmith',
  kind: 'analytics',
  docs: 'https://docs.flagsmith.com/clients/javascript',
  packages: ['flagsmith', 'flagsmith-nodejs', 'react-native-flagsmith'],
  calls: [
    identify('identify', 1),
    keyed('setTrait', 0, 1),
    call('setTraits', 0),
    identify('getIdentityFlags', 1),
    identify('getIdentitySegments', 1),
  ],
};

// https://configcat.com/docs/sdk-reference/js/
export const configcat: CatalogEntry = {
  id: 'configcat',
  name: 'ConfigCat',
  kind: 'analytics',
  docs: 'https://configcat.com/docs/sdk-reference/js/',
  packages: ['configcat-js', 'configcat-node', 'configcat-react', 'configcat-js-ssr', '@configcat/sdk'],
  // getValueAsync(key, defaultValue, user): the User object carries identifier, email and country.
  calls: [
    call('getValueAsync', 2),
    call('getValueDetailsAsync', 2),
    call('getAllValuesAsync', 0),
    call('getAllValueDetailsAsync', 0),
    call('getValue', 3),
    call('setDefaultUser', 0),
  ],
};

// https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/client-side-sdks/javascript-sdk/
export const split: CatalogEntry = {
  id: 'split',
  name: 'Split (Harness FME)',
  kind: 'analytics',
  docs: 'https://developer.harness.io/docs/feature-management-experimentation/sdks-and-infrastructure/client-side-sdks/javascript-sdk/',
  packages: ['@splitsoftware/splitio', '@splitsoftware/splitio-react', '@splitsoftware/splitio-browserjs'],
  // Server: getTreatment(key, split, attributes); browser: getTreatment(split, attributes) with the key given to the factory.
  calls: [
    atPaths('SplitFactory', 0, ['core']),
    call('getTreatment', 0, 1, 2),
    call('getTreatments', 0, 1, 2),
    call('getTreatmentWithConfig', 0, 1, 2),
    call('getTreatmentsWithConfig', 0, 1, 2),
    call('track', 0, 1, 2, 3, 4),
    call('setAttributes', 0),
  ],
};

// https://docs.developers.optimizely.com/feature-experimentation/docs/create-user-context-javascript-node
export const optimizely: CatalogEntry = {
  id: 'optimizely',
  name: 'Optimizely',
  kind: 'analytics',
  docs: 'https://docs.developers.optimizely.com/feature-experimentation/docs/create-user-context-javascript-node',
  packages: ['@optimizely/optimizely-sdk', '@optimizely/react-sdk'],
  calls: [
    identify('createUserContext', 1),
    keyed('setAttribute', 0, 1),
    call('setUser', 0),
    call('activate', 1, 2),
    call('getVariation', 1, 2),
    call('isFeatureEnabled', 1, 2),
    call('track', 1, 2, 3),
  ],
};

// https://docs.hypertune.com/getting-started/set-up-hypertune
export const hypertune: CatalogEntry = {
  id: 'hypertune',
  name: 'Hypertune',
  kind: 'analytics',
  docs: 'https://docs.hypertune.com/getting-started/set-up-hypertune',
  packages: ['hypertune'],
  // hypertune.root({ args: { context: { user: { id, name, email } } } }).
  calls: [atPaths('root', 0, ['args'])],
};

// https://docs.devcycle.com/sdk/client-side-sdks/javascript/javascript-usage
export const devcycle: CatalogEntry = {
  id: 'devcycle',
  name: 'DevCycle',
  kind: 'analytics',
  docs: 'https://docs.devcycle.com/sdk/client-side-sdks/javascript/javascript-usage',
  packages: ['@devcycle/js-client-sdk', '@devcycle/react-client-sdk', '@devcycle/nodejs-server-sdk', '@devcycle/nextjs-sdk'],
  // The server SDK takes the user first: variableValue(user, key, default), track(user, event).
  calls: [
    call('initializeDevCycle', 1),
    call('identifyUser', 0),
    call('variableValue', 0),
    call('variable', 0),
    call('allFeatures', 0),
    call('allVariables', 0),
    call('track', 0, 1),
  ],
};

// https://docs.geteppo.com/sdks/client-sdks/javascript/assignments/
export const eppo: CatalogEntry = {
  id: 'eppo',
  name: 'Eppo',
  kind: 'analytics',
  docs: 'https://docs.geteppo.com/sdks/client-sdks/javascript/assignments/',
  packages: ['@eppo/js-client-sdk', '@eppo/node-server-sdk', '@eppo/react-native-sdk'],
  // get*Assignment(flagKey, subjectKey, subjectAttributes, default): the subject is the person.
  calls: ['getStringAssignment', 'getBooleanAssignment', 'getNumericAssignment', 'getIntegerAssignment', 'getJSONAssignment'].map(
    (method) => ({ method, args: [{ index: 1, category: 'user.unique_id' }, { index: 2 }] }),
  ),
};

export const FEATURE_FLAGS: readonly CatalogEntry[] = [growthbook, unleash, flagsmith, configcat, split, optimizely, hypertune, devcycle, eppo];
