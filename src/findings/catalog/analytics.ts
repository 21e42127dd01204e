import { call, command, setter } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/
export const segment: CatalogEntry = {
  id: 'segment',
  name: 'Segment',
  kind: 'analytics',
  docs: 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/',
  packages: ['@segment/analytics-next', '@segment/analytics-node', '@segment/analytics-react-native', 'analytics-node'],
  globals: ['analytics'],
  // Browser calls take (userId, traits) / (event, properties); Node calls take one object { userId, traits, event, properties }.
  calls: [
    call('identify', 0, 1),
    call('track', 0, 1),
    call('page', 0, 1, 2),
    call('screen', 0, 1),
    call('group', 0, 1),
    call('alias', 0, 1),
  ],
};

// https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/
export const rudderstack: CatalogEntry = {
  id: 'rudderstack',
  name: 'RudderStack',
  kind: 'analytics',
  docs: 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-javascript-sdk/',
  packages: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', '@rudderstack/rudder-sdk-react-native'],
  globals: ['rudderanalytics'],
  calls: [
    call('identify', 0, 1),
    call('track', 0, 1),
    call('page', 0, 1, 2),
    call('screen', 0, 1),
    call('group', 0, 1),
    call('alias', 0, 1),
  ],
};

// https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript
export const mixpanel: CatalogEntry = {
  id: 'mixpanel',
  name: 'Mixpanel',
  kind: 'analytics',
  docs: 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript',
  packages: ['mixpanel-browser', 'mixpanel', 'mixpanel-react-native'],
  globals: ['mixpanel'],
  // Node's people.* take the distinct id first: people.set(distinctId, props).
  calls: [
    setter('identify', 'user.unique_id'),
    call('alias', 0, 1),
    call('track', 0, 1),
    call('people.set', 0, 1, 2),
    call('people.set_once', 0, 1, 2),
    call('people.union', 0, 1, 2),
    call('people.append', 0, 1, 2),
    call('getPeople.set', 0, 1),
    call('getPeople.setOnce', 0, 1),
    call('register', 0, 1),
    call('register_once', 0, 1),
    call('registerSuperProperties', 0),
  ],
};

// https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2
export const amplitude: CatalogEntry = {
  id: 'amplitude',
  name: 'Amplitude',
  kind: 'analytics',
  docs: 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2',
  packages: ['@amplitude/analytics-browser', '@amplitude/analytics-node', '@amplitude/analytics-react-native', '@amplitude/unified', 'amplitude-js'],
  globals: ['amplitude'],
  calls: [
    setter('setUserId', 'user.unique_id'),
    call('track', 0, 1, 2),
    call('logEvent', 0, 1),
    call('identify', 0, 1),
    call('Identify.set', 0, 1),
    call('Identify.setOnce', 0, 1),
    call('Identify.append', 0, 1),
    call('setUserProperties', 0),
    call('setGroup', 0, 1),
  ],
};

// https://posthog.com/docs/libraries/js
export const posthog: CatalogEntry = {
  id: 'posthog',
  name: 'PostHog',
  kind: 'analytics',
  docs: 'https://posthog.com/docs/libraries/js',
  packages: ['posthog-js', 'posthog-node', 'posthog-react-native'],
  globals: ['posthog'],
  // posthog-js: identify(distinctId, set, setOnce), capture(event, props); posthog-node: capture({ distinctId, event, properties }).
  calls: [
    call('identify', 0, 1, 2),
    call('capture', 0, 1),
    call('setPersonProperties', 0, 1),
    call('people.set', 0, 1),
    call('group', 0, 1, 2),
    call('groupIdentify', 0),
    call('alias', 0, 1),
    call('register', 0),
    call('register_once', 0),
  ],
};

// https://developers.heap.io/reference/client-side-apis-overview
export const heap: CatalogEntry = {
  id: 'heap',
  name: 'Heap',
  kind: 'analytics',
  docs: 'https://developers.heap.io/reference/client-side-apis-overview',
  packages: ['@heap/react-native-heap', '@heap/heap-react-native'],
  globals: ['heap'],
  calls: [
    setter('identify', 'user.unique_id'),
    call('addUserProperties', 0),
    call('addEventProperties', 0),
    call('track', 0, 1),
  ],
};

// https://developers.google.com/tag-platform/gtagjs/reference
export const googleAnalytics: CatalogEntry = {
  id: 'google-analytics',
  name: 'Google Analytics',
  kind: 'analytics',
  docs: 'https://developers.google.com/tag-platform/gtagjs/reference',
  // @next/third-parties/google also exports sendGTMEvent (google-tag-manager): the method names keep them apart.
  packages: ['react-ga4', 'react-ga', 'vue-gtag', '@next/third-parties/google'],
  globals: ['gtag'],
  calls: [
    command('', 'config', 2),
    command('', 'set', 1, 2),
    command('', 'event', 1, 2),
    call('event', 0, 1),
    call('set', 0),
    call('send', 0),
    call('initialize', 1),
    { method: 'gtag', args: 'all' },
    { method: 'sendGAEvent', args: 'all' },
  ],
};

// https://developers.google.com/tag-platform/tag-manager/datalayer
export const googleTagManager: CatalogEntry = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  kind: 'analytics',
  docs: 'https://developers.google.com/tag-platform/tag-manager/datalayer',
  packages: ['react-gtm-module', '@next/third-parties/google'],
  globals: ['dataLayer'],
  calls: [
    call('push', 0),
    { method: 'dataLayer', args: [{ index: 0, paths: ['dataLayer'] }] },
    { method: 'initialize', args: [{ index: 0, paths: ['dataLayer'] }] },
    call('sendGTMEvent', 0),
  ],
};

// https://firebase.google.com/docs/analytics/get-started?platform=web
export const firebaseAnalytics: CatalogEntry = {
  id: 'firebase-analytics',
  name: 'Firebase Analytics',
  kind: 'analytics',
  docs: 'https://firebase.google.com/docs/reference/js/analytics',
  packages: ['firebase/analytics', 'firebase/compat/analytics', '@react-native-firebase/analytics', 'expo-firebase-analytics'],
  // The modular API passes the Analytics instance first (logEvent(analytics, name, params)); React Native's does not.
  calls: [
    call('logEvent', 0, 1, 2),
    call('setUserId', 0, 1),
    call('setUserProperties', 0, 1),
    call('setUserProperty', 0, 1),
    call('setDefaultEventParameters', 0, 1),
  ],
};

// https://plausible.io/docs/custom-event-goals
export const plausible: CatalogEntry = {
  id: 'plausible',
  name: 'Plausible',
  kind: 'analytics',
  docs: 'https://plausible.io/docs/custom-event-goals',
  packages: ['@plausible-analytics/tracker', 'plausible-tracker', 'next-plausible'],
  globals: ['plausible'],
  calls: [call('', 0, 1), call('track', 0, 1), call('trackEvent', 0, 1), call('usePlausible', 0, 1)],
};

// https://developer.matomo.org/guides/tracking-javascript-guide
export const matomo: CatalogEntry = {
  id: 'matomo',
  name: 'Matomo',
  kind: 'analytics',
  docs: 'https://developer.matomo.org/guides/tracking-javascript-guide',
  packages: ['@datapunt/matomo-tracker-react', '@jonkoops/matomo-tracker-react', 'matomo-tracker'],
  globals: ['_paq'],
  // _paq.push([command, ...args]): indices count the array elements, the command being element 0.
  calls: [
    { method: 'push', command: 'setUserId', args: [{ index: 1, category: 'user.unique_id' }] },
    command('push', 'trackEvent', 1, 2, 3, 4),
    command('push', 'setCustomDimension', 2),
    command('push', 'setCustomVariable', 2, 3),
    command('push', 'trackSiteSearch', 1),
    { method: 'pushInstruction', args: 'all' },
    call('trackEvent', 0),
    call('trackPageView', 0),
    call('track', 0),
  ],
};

// https://docs.snowplow.io/docs/sources/trackers/javascript-trackers/
export const snowplow: CatalogEntry = {
  id: 'snowplow',
  name: 'Snowplow',
  kind: 'analytics',
  docs: 'https://docs.snowplow.io/docs/sources/trackers/javascript-trackers/',
  packages: ['@snowplow/browser-tracker', '@snowplow/node-tracker', '@snowplow/react-native-tracker'],
  calls: [
    setter('setUserId', 'user.unique_id'),
    call('trackSelfDescribingEvent', 0),
    call('trackStructEvent', 0),
    call('trackPageView', 0),
    call('track', 0, 1),
    call('addGlobalContexts', 0),
    call('setSubjectData', 0),
  ],
};

// https://agent.pendo.io/
export const pendo: CatalogEntry = {
  id: 'pendo',
  name: 'Pendo',
  kind: 'analytics',
  docs: 'https://agent.pendo.io/',
  packages: [],
  globals: ['pendo'],
  calls: [call('initialize', 0), call('identify', 0, 1), call('updateOptions', 0), call('track', 0, 1)],
};

// https://vercel.com/docs/analytics/custom-events
export const vercelAnalytics: CatalogEntry = {
  id: 'vercel-analytics',
  name: 'Vercel Web Analytics',
  kind: 'analytics',
  docs: 'https://vercel.com/docs/analytics/custom-events',
  packages: ['@vercel/analytics'],
  calls: [call('track', 0, 1)],
};

export const ANALYTICS: readonly CatalogEntry[] = [
  segment, rudderstack, mixpanel, amplitude, posthog, heap, googleAnalytics, googleTagManager, firebaseAnalytics,
  plausible, matomo, snowplow, pendo, vercelAnalytics,
];
