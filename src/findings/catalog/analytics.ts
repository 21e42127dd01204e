import { call, command, identify, keyed, knownPaths, setter, starting, tracks } from './shapes.js';
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
    tracks(call('track', 0, 1), { index: 0, property: 'event' }),
    tracks(call('page', 0, 1, 2), { category: 'user.behavior.browsing_history' }),
    tracks(call('screen', 0, 1), { category: 'user.behavior.browsing_history' }),
    call('group', 0, 1),
    call('alias', 0, 1),
  ],
  endpoints: [
    { host: 'api.segment.io', pathPrefix: '/v1', body: [{ path: 'userId', category: 'user.unique_id' }] },
    { host: 'events.eu1.segmentapis.com', pathPrefix: '/v1', body: [{ path: 'userId', category: 'user.unique_id' }] },
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
    tracks(call('track', 0, 1), { index: 0, property: 'event' }),
    tracks(call('page', 0, 1, 2), { category: 'user.behavior.browsing_history' }),
    tracks(call('screen', 0, 1), { category: 'user.behavior.browsing_history' }),
    call('group', 0, 1),
    call('alias', 0, 1),
  ],
  endpoints: [{ host: '*.dataplane.rudderstack.com', pathPrefix: '/v1', body: [{ path: 'userId', category: 'user.unique_id' }] }],
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
    tracks(call('track', 0, 1), 0),
    tracks(call('track_pageview', 0), { category: 'user.behavior.browsing_history' }),
    call('people.set', 0, 1, 2),
    call('people.set_once', 0, 1, 2),
    call('people.union', 0, 1, 2),
    call('people.append', 0, 1, 2),
    call('getPeople.set', 0, 1),
    call('getPeople.setOnce', 0, 1),
    call('register', 0, 1),
    call('register_once', 0, 1),
    call('registerSuperProperties', 0),
    // init(token, { track_pageview: true, record_sessions_percent: 10 }): page views and session replay are opt-in.
    starting(
      'init',
      { category: 'user.behavior.browsing_history', options: 1, when: 'track_pageview' },
      { category: 'user.behavior', options: 1, when: 'record_sessions_percent' },
    ),
  ],
  endpoints: [{ host: 'api.mixpanel.com' }, { host: 'api-eu.mixpanel.com' }],
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
    tracks(call('track', 0, 1, 2), { index: 0, property: 'event_type' }),
    tracks(call('logEvent', 0, 1), 0),
    call('identify', 0, 1),
    call('Identify.set', 0, 1),
    call('Identify.setOnce', 0, 1),
    call('Identify.append', 0, 1),
    call('setUserProperties', 0),
    call('setGroup', 0, 1),
  ],
  endpoints: [
    { host: 'api2.amplitude.com', body: [{ path: 'events.user_id', category: 'user.unique_id' }] },
    { host: 'api.eu.amplitude.com', body: [{ path: 'events.user_id', category: 'user.unique_id' }] },
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
    tracks(call('capture', 0, 1), { index: 0, property: 'event' }),
    call('setPersonProperties', 0, 1),
    call('people.set', 0, 1),
    call('group', 0, 1, 2),
    call('groupIdentify', 0),
    call('alias', 0, 1),
    call('register', 0),
    call('register_once', 0),
    // posthog-node evaluates flags for a person: getFeatureFlag(key, distinctId, { personProperties }).
    call('getFeatureFlag', 1, 2),
    call('getFeatureFlagPayload', 1, 3),
    call('isFeatureEnabled', 1, 2),
    call('getAllFlags', 0, 1),
    call('getAllFlagsAndPayloads', 0, 1),
    // posthog-js init(token, config) captures page views and clicks (autocapture) unless the config turns them off.
    starting(
      'init',
      { category: 'user.behavior.browsing_history', options: 1, unless: ['capture_pageview'] },
      { category: 'user.behavior', options: 1, unless: ['autocapture'] },
    ),
  ],
  endpoints: [
    { host: '*.i.posthog.com', body: [{ path: 'distinct_id', category: 'user.unique_id' }] },
    { host: 'app.posthog.com', body: [{ path: 'distinct_id', category: 'user.unique_id' }] },
    { host: 'eu.posthog.com', body: [{ path: 'distinct_id', category: 'user.unique_id' }] },
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
    tracks(call('track', 0, 1), 0),
  ],
  // Server-side track and identify go through the REST API (https://developers.heap.io/reference/server-side-apis-overview).
  endpoints: [{ host: 'heapanalytics.com', pathPrefix: '/api', body: [{ path: 'identity', category: 'user.unique_id' }] }],
};

// https://developers.google.com/tag-platform/gtagjs/reference
export const googleAnalytics: CatalogEntry = {
  id: 'google-analytics',
  name: 'Google Analytics',
  kind: 'analytics',
  docs: 'https://developers.google.com/tag-platform/gtagjs/reference',
  // @next/third-parties/google also exports sendGTMEvent (google-tag-manager): the method names keep them apart.
  packages: ['react-ga4', 'react-ga', 'vue-gtag', '@next/third-parties/google'],
  // `ga` is the older analytics.js snippet: ga('send', 'event', category, action), ga('send', 'pageview').
  globals: ['gtag', 'ga'],
  calls: [
    command('', 'config', 2),
    tracks(command('', 'send', 1, 2, 3, 4), 1),
    command('', 'set', 1, 2),
    tracks(command('', 'event', 1, 2), 1),
    tracks(call('event', 0, 1), { index: 0, property: 'action' }),
    call('set', 0),
    tracks(call('send', 0), 0),
    call('initialize', 1),
    { method: 'gtag', args: 'all' },
    { method: 'sendGAEvent', args: 'all' },
  ],
  // Measurement Protocol (https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
  endpoints: [
    { host: 'www.google-analytics.com', pathPrefix: '/mp/collect', body: [{ path: 'user_id', category: 'user.unique_id' }, { path: 'client_id', category: 'user.device.cookie_id' }] },
    { host: 'region1.google-analytics.com', pathPrefix: '/mp/collect', body: [{ path: 'user_id', category: 'user.unique_id' }, { path: 'client_id', category: 'user.device.cookie_id' }] },
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
    tracks(call('push', 0), { index: 0, property: 'event', requireProperty: true }),
    { method: 'dataLayer', args: [{ index: 0, paths: ['dataLayer'] }] },
    { method: 'initialize', args: [{ index: 0, paths: ['dataLayer'] }] },
    tracks(call('sendGTMEvent', 0), { index: 0, property: 'event', requireProperty: true }),
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
    tracks(call('logEvent', 0, 1, 2), { index: 0, standaloneIndex: 1 }),
    // The recorded screen, search or purchase is the event itself; its parameters name the app's screens and products.
    tracks(call('logScreenView'), { category: 'user.behavior.browsing_history' }),
    tracks(call('logSearch'), { category: 'user.behavior.search_history' }),
    tracks(call('logPurchase'), { category: 'user.behavior.purchase_history' }),
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
  calls: [tracks(call('', 0, 1), 0), tracks(call('track', 0, 1), 0), tracks(call('trackEvent', 0, 1), 0), call('usePlausible', 0, 1)],
  endpoints: [{ host: 'plausible.io', pathPrefix: '/api/event' }],
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
    tracks(command('push', 'trackEvent', 1, 2, 3, 4), 2),
    tracks(command('push', 'trackPageView', 1), { category: 'user.behavior.browsing_history' }),
    command('push', 'setCustomDimension', 2),
    command('push', 'setCustomVariable', 2, 3),
    tracks(command('push', 'trackSiteSearch', 1), { index: 1, category: 'user.behavior.search_history' }),
    { method: 'pushInstruction', args: 'all' },
    tracks(call('trackEvent', 0), { index: 0, property: 'action' }),
    tracks(call('trackPageView', 0), { category: 'user.behavior.browsing_history' }),
    tracks(call('trackSiteSearch', 0), { index: 0, category: 'user.behavior.search_history' }),
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
    tracks(call('trackSelfDescribingEvent', 0), 0),
    tracks(call('trackStructEvent', 0), { index: 0, property: 'action' }),
    tracks(call('trackPageView', 0), { category: 'user.behavior.browsing_history' }),
    tracks(call('track', 0, 1), 0),
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
  calls: [call('initialize', 0), call('identify', 0, 1), call('updateOptions', 0), tracks(call('track', 0, 1), 0)],
};

// https://vercel.com/docs/analytics/custom-events
export const vercelAnalytics: CatalogEntry = {
  id: 'vercel-analytics',
  name: 'Vercel Web Analytics',
  kind: 'analytics',
  docs: 'https://vercel.com/docs/analytics/custom-events',
  packages: ['@vercel/analytics'],
  calls: [tracks(call('track', 0, 1), 0), starting('inject', { category: 'user.behavior.browsing_history', unless: [] })],
  // <Analytics /> (react, next, remix, ...) sends a page view for every route the visitor opens.
  components: [{ name: 'Analytics', starts: [{ category: 'user.behavior.browsing_history', unless: [] }] }],
};


// https://umami.is/docs/tracker-functions
export const umami: CatalogEntry = {
  id: 'umami',
  name: 'Umami',
  kind: 'analytics',
  docs: 'https://umami.is/docs/tracker-functions',
  packages: ['@umami/node'],
  globals: ['umami'],
  // identify(uniqueId, data) or identify(data): the first argument is an id or a whole object, so names decide.
  calls: [call('identify', 0, 1), tracks(call('track', 0, 1), 0)],
  endpoints: [{ host: 'cloud.umami.is', pathPrefix: '/api/send' }, { host: 'api-gateway.umami.dev', pathPrefix: '/api/send' }],
};

// https://usefathom.com/docs/features/events
export const fathom: CatalogEntry = {
  id: 'fathom',
  name: 'Fathom Analytics',
  kind: 'analytics',
  docs: 'https://usefathom.com/docs/features/events',
  packages: ['fathom-client'],
  globals: ['fathom'],
  calls: [tracks(call('trackEvent', 0, 1), 0), tracks(call('trackPageview', 0), { category: 'user.behavior.browsing_history' }), tracks(call('trackGoal', 0, 1), 0)],
};

// https://docs.pirsch.io/advanced/events
export const pirsch: CatalogEntry = {
  id: 'pirsch',
  name: 'Pirsch Analytics',
  kind: 'analytics',
  docs: 'https://docs.pirsch.io/advanced/events',
  packages: ['pirsch-sdk'],
  globals: ['pirsch'],
  // Browser: pirsch(name, { duration, meta }); Node client: hit(hit), event(name, hit, duration, meta).
  calls: [tracks(call('', 0, 1), 0), tracks(call('hit', 0), { category: 'user.behavior.browsing_history' }), tracks(call('event', 0, 1, 2, 3), 0)],
  endpoints: [{ host: 'api.pirsch.io', pathPrefix: '/api/v1' }],
};

// https://docs.simpleanalytics.com/events
export const simpleAnalytics: CatalogEntry = {
  id: 'simple-analytics',
  name: 'Simple Analytics',
  kind: 'analytics',
  docs: 'https://docs.simpleanalytics.com/events',
  packages: [],
  globals: ['sa_event'],
  calls: [tracks(call('', 0, 1), 0)],
  endpoints: [{ host: 'queue.simpleanalyticscdn.com' }],
};

// https://openpanel.dev/docs/sdks/javascript
export const openpanel: CatalogEntry = {
  id: 'openpanel',
  name: 'OpenPanel',
  kind: 'analytics',
  docs: 'https://openpanel.dev/docs/sdks/javascript',
  packages: [
    '@openpanel/sdk', '@openpanel/web', '@openpanel/nextjs', '@openpanel/react-native', '@openpanel/express',
    '@openpanel/astro', '@openpanel/nuxt',
  ],
  globals: ['op'],
  // op.identify({ profileId, firstName, lastName, email, properties }); the snippet queues window.op('identify', {...}).
  calls: [
    command('', 'identify', 1),
    tracks(command('', 'track', 1, 2), 1),
    command('', 'setGlobalProperties', 1),
    knownPaths(call('identify', 0), 0, { profileId: 'user.unique_id', email: 'user.contact.email', firstName: 'user.name.first', lastName: 'user.name.last' }),
    tracks(call('track', 0, 1), 0),
    call('setGlobalProperties', 0),
    call('increment', 0),
    call('decrement', 0),
    call('alias', 0),
    keyed('api.addHeader', 0, 1),
  ],
  endpoints: [{ host: 'api.openpanel.dev', body: [{ path: 'payload.profileId', category: 'user.unique_id' }] }],
  // <OpenPanelComponent trackScreenViews sessionReplay={{ enabled: true }} /> of @openpanel/nextjs: all off by default.
  components: [
    {
      name: 'OpenPanelComponent',
      starts: [
        { category: 'user.behavior.browsing_history', when: 'trackScreenViews' },
        { category: 'user.behavior', when: 'trackOutgoingLinks' },
        { category: 'user.behavior', when: 'trackAttributes' },
        { category: 'user.behavior', when: 'sessionReplay' },
      ],
    },
  ],
};

// https://docs.jitsu.com/sending-data/npm
export const jitsu: CatalogEntry = {
  id: 'jitsu',
  name: 'Jitsu',
  kind: 'analytics',
  docs: 'https://docs.jitsu.com/sending-data/npm',
  packages: ['@jitsu/js', '@jitsu/jitsu-react', '@jitsu/sdk-js', '@jitsu/react'],
  globals: ['jitsu'],
  // @jitsu/js follows Segment's calls; the classic @jitsu/sdk-js has id({ email, id }) and set(props).
  calls: [
    identify('identify', 1),
    tracks(call('track', 0, 1), 0),
    tracks(call('page', 0, 1, 2), { category: 'user.behavior.browsing_history' }),
    call('group', 0, 1),
    call('id', 0),
    call('set', 0),
  ],
};

// https://help.june.so/en/articles/6782394-how-to-send-data-from-javascript-to-june
export const june: CatalogEntry = {
  id: 'june',
  name: 'June',
  kind: 'analytics',
  docs: 'https://help.june.so/en/articles/6782394-how-to-send-data-from-javascript-to-june',
  packages: ['@june-so/analytics-next', '@june-so/analytics-node'],
  // Browser calls take (userId, traits); Node calls take one object { userId, traits, event, properties }.
  calls: [
    call('identify', 0, 1),
    tracks(call('track', 0, 1), { index: 0, property: 'event' }),
    tracks(call('page', 0, 1, 2), { category: 'user.behavior.browsing_history' }),
    call('group', 0, 1),
  ],
  endpoints: [{ host: 'api.june.so', pathPrefix: '/sdk', body: [{ path: 'userId', category: 'user.unique_id' }] }],
};

// https://getkoala.com/docs/sdk/identify
export const koala: CatalogEntry = {
  id: 'koala',
  name: 'Koala',
  kind: 'analytics',
  docs: 'https://getkoala.com/docs/sdk/identify',
  packages: ['@getkoala/browser'],
  globals: ['ko'],
  calls: [call('identify', 0, 1), tracks(call('track', 0, 1), 0)],
};

// https://developers.cloudflare.com/zaraz/web-api/
export const cloudflareZaraz: CatalogEntry = {
  id: 'cloudflare-zaraz',
  name: 'Cloudflare Zaraz',
  kind: 'analytics',
  docs: 'https://developers.cloudflare.com/zaraz/web-api/',
  packages: [],
  globals: ['zaraz'],
  calls: [tracks(call('track', 0, 1), 0), keyed('set', 0, 1), tracks(call('ecommerce', 0, 1), 0)],
};

// https://developers.piwik.pro/en/latest/data_collection/web/frameworks/react/react.html
export const piwikPro: CatalogEntry = {
  id: 'piwik-pro',
  name: 'Piwik PRO',
  kind: 'analytics',
  docs: 'https://developers.piwik.pro/en/latest/data_collection/web/frameworks/react/react.html',
  // The snippet queues into _paq like Matomo's, which the matomo entry reads.
  packages: ['@piwikpro/react-piwik-pro', '@piwikpro/next-piwik-pro', '@piwikpro/tracking-base-library', '@piwikpro/ngx-piwik-pro', '@piwikpro/vue-piwik-pro'],
  calls: [
    setter('UserManagement.setUserId', 'user.unique_id'),
    tracks(call('CustomEvent.trackEvent', 0, 1, 2, 3, 4), 1),
    call('CustomDimensions.setCustomDimensionValue', 1),
    tracks(call('SiteSearch.trackSiteSearch', 0), { index: 0, category: 'user.behavior.search_history' }),
    tracks(call('PageViews.trackPageView', 0), { index: 0, category: 'user.behavior.browsing_history' }),
    call('DataLayer.push', 0),
  ],
};

// https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/commands/sendevent/overview
export const adobeAnalytics: CatalogEntry = {
  id: 'adobe-analytics',
  name: 'Adobe Analytics (Experience Platform Web SDK)',
  kind: 'analytics',
  docs: 'https://experienceleague.adobe.com/en/docs/experience-platform/web-sdk/commands/sendevent/overview',
  packages: ['@adobe/alloy'],
  // alloy('sendEvent', { xdm, data }) through the snippet global or createInstance(); Adobe Client Data Layer pushes;
  // the Launch tag manager's _satellite.track(name, detail).
  globals: ['alloy', 'adobeDataLayer', '_satellite'],
  calls: [
    tracks(command('', 'sendEvent', 1), 1),
    tracks(command('createInstance', 'sendEvent', 1), 1),
    tracks(call('push', 0), { index: 0, property: 'event', requireProperty: true }),
    tracks(call('track', 0, 1), 0),
  ],
};

// https://docs.appcues.com/dev-api-data/javascript-api-developer
export const appcues: CatalogEntry = {
  id: 'appcues',
  name: 'Appcues',
  kind: 'analytics',
  docs: 'https://docs.appcues.com/dev-api-data/javascript-api-developer',
  packages: ['@appcues/react-native'],
  globals: ['Appcues'],
  calls: [identify('identify', 1), tracks(call('track', 0, 1), 0), call('group', 0, 1), tracks(call('screen', 0, 1), { index: 0, category: 'user.behavior.browsing_history' })],
};

// https://docs.userpilot.com/article/23-identify-users-track-custom-events
export const userpilot: CatalogEntry = {
  id: 'userpilot',
  name: 'Userpilot',
  kind: 'analytics',
  docs: 'https://docs.userpilot.com/article/23-identify-users-track-custom-events',
  packages: ['userpilot'],
  globals: ['userpilot'],
  calls: [identify('identify', 1), tracks(call('track', 0, 1), 0), call('group', 0, 1)],
};

// https://developers.chameleon.io/#/apis/identify
export const chameleon: CatalogEntry = {
  id: 'chameleon',
  name: 'Chameleon',
  kind: 'analytics',
  docs: 'https://developers.chameleon.io/#/apis/identify',
  packages: ['@chamaeleonidae/chmln'],
  globals: ['chmln'],
  calls: [identify('identify', 1), tracks(call('track', 0, 1), 0)],
};

// https://docs.logsnag.com/api-reference/log
export const logsnag: CatalogEntry = {
  id: 'logsnag',
  name: 'LogSnag',
  kind: 'analytics',
  docs: 'https://docs.logsnag.com/api-reference/log',
  packages: ['logsnag', '@logsnag/node', '@logsnag/react', '@logsnag/next'],
  calls: [
    tracks(knownPaths(call('track', 0), 0, { user_id: 'user.unique_id' }), { index: 0, property: 'event' }),
    knownPaths(call('identify', 0), 0, { user_id: 'user.unique_id' }),
    setter('setUserId', 'user.unique_id'),
  ],
  endpoints: [{ host: 'api.logsnag.com', pathPrefix: '/v1', body: [{ path: 'user_id', category: 'user.unique_id' }] }],
};

// https://support.kissmetrics.io/reference/javascript-library
export const kissmetrics: CatalogEntry = {
  id: 'kissmetrics',
  name: 'Kissmetrics',
  kind: 'analytics',
  docs: 'https://support.kissmetrics.io/reference/javascript-library',
  packages: [],
  globals: ['_kmq'],
  calls: [command('push', 'identify', 1), tracks(command('push', 'record', 1, 2), 1), command('push', 'set', 1)],
};

// https://docs.woopra.com/reference/sdk-javascript
export const woopra: CatalogEntry = {
  id: 'woopra',
  name: 'Woopra',
  kind: 'analytics',
  docs: 'https://docs.woopra.com/reference/sdk-javascript',
  packages: ['woopra'],
  globals: ['woopra'],
  calls: [call('identify', 0, 1), tracks(call('track', 0, 1), 0)],
};

// https://support.count.ly/hc/en-us/articles/360037441932-Web-analytics-JavaScript
export const countly: CatalogEntry = {
  id: 'countly',
  name: 'Countly',
  kind: 'analytics',
  docs: 'https://support.count.ly/hc/en-us/articles/360037441932-Web-analytics-JavaScript',
  packages: ['countly-sdk-web', 'countly-sdk-nodejs', 'countly-sdk-react-native-bridge'],
  globals: ['Countly'],
  // Countly.q.push(['user_details', {...}]): indices count the array elements, the command being element 0.
  calls: [
    command('q.push', 'user_details', 1),
    tracks(command('q.push', 'add_event', 1), { index: 1, property: 'key' }),
    command('q.push', 'change_id', 1),
    call('user_details', 0),
    tracks(call('add_event', 0), { index: 0, property: 'key' }),
    setter('change_id', 'user.unique_id'),
    keyed('userData.set', 0, 1),
  ],
};

// https://aptabase.com/docs/web
export const aptabase: CatalogEntry = {
  id: 'aptabase',
  name: 'Aptabase',
  kind: 'analytics',
  docs: 'https://aptabase.com/docs/web',
  packages: ['@aptabase/web', '@aptabase/react', '@aptabase/browser', '@aptabase/electron', '@aptabase/react-native'],
  calls: [tracks(call('trackEvent', 0, 1), 0)],
};

// https://www.tinybird.co/docs/get-data-in/ingest-apis/events-api
export const tinybird: CatalogEntry = {
  id: 'tinybird',
  name: 'Tinybird',
  kind: 'analytics',
  docs: 'https://www.tinybird.co/docs/get-data-in/ingest-apis/events-api',
  packages: ['@chronark/zod-bird'],
  // const ingest = tb.buildIngestEndpoint({ datasource, event: schema }); await ingest(row): the built function sends the
  // row to the Events API, and its calls end in the builder's name.
  calls: [call('buildIngestEndpoint', 0)],
  endpoints: [{ host: 'api.tinybird.co', pathPrefix: '/v0/events' }, { host: '*.tinybird.co', pathPrefix: '/v0/events' }],
};

export const ANALYTICS: readonly CatalogEntry[] = [
  segment, rudderstack, mixpanel, amplitude, posthog, heap, googleAnalytics, googleTagManager, firebaseAnalytics,
  plausible, matomo, snowplow, pendo, vercelAnalytics, umami, fathom, pirsch, simpleAnalytics, openpanel, jitsu, june,
  koala, cloudflareZaraz, piwikPro, adobeAnalytics, appcues, userpilot, chameleon, logsnag, kissmetrics, woopra, countly,
  aptabase, tinybird,
];
