import { atPaths, call, command, everyArgument, keyed, knownPaths, setter, starting } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://docs.sentry.io/platforms/javascript/enriching-events/identify-user/
export const sentry: CatalogEntry = {
  id: 'sentry',
  name: 'Sentry',
  kind: 'error-monitoring',
  docs: 'https://docs.sentry.io/platforms/javascript/enriching-events/identify-user/',
  packages: [
    '@sentry/browser', '@sentry/node', '@sentry/react', '@sentry/nextjs', '@sentry/react-native', '@sentry/vue',
    '@sentry/angular', '@sentry/svelte', '@sentry/sveltekit', '@sentry/remix', '@sentry/astro', '@sentry/nuxt',
    '@sentry/bun', '@sentry/deno', '@sentry/electron', '@sentry/cloudflare', '@sentry/aws-serverless',
    '@sentry/vercel-edge', '@sentry/gatsby', '@sentry/core', '@sentry/react-router', '@sentry/nestjs', '@sentry/solid',
    '@sentry/solidstart', '@sentry/ember', '@sentry/tanstackstart-react',
  ],
  globals: ['Sentry'],
  calls: [
    call('setUser', 0),
    call('setContext', 1),
    call('setTag', 1),
    call('setTags', 0),
    call('setExtra', 1),
    call('setExtras', 0),
    call('addBreadcrumb', 0),
    call('captureException', 0, 1),
    call('captureMessage', 0, 1),
    call('captureEvent', 0),
    // setSDKProcessingMetadata({ request }): the SDK's request data integration copies the request's IP, headers and
    // cookies onto every event of the scope.
    knownPaths(call('setSDKProcessingMetadata'), 0, { request: 'user.device.ip_address', normalizedRequest: 'user.device.ip_address' }),
    // init({ integrations: [replayIntegration()] }) records sessions; sendDefaultPii: true sends the visitor's IP.
    starting(
      'init',
      { category: 'user.behavior', options: 0, integrations: ['replayIntegration', 'Replay'] },
      { category: 'user.device.ip_address', options: 0, when: 'sendDefaultPii' },
    ),
  ],
  endpoints: [{ host: '*.ingest.sentry.io' }, { host: '*.ingest.us.sentry.io' }, { host: '*.ingest.de.sentry.io' }],
};

// https://docs.bugsnag.com/platforms/javascript/customizing-error-reports/
export const bugsnag: CatalogEntry = {
  id: 'bugsnag',
  name: 'Bugsnag',
  kind: 'error-monitoring',
  docs: 'https://docs.bugsnag.com/platforms/javascript/customizing-error-reports/',
  packages: ['@bugsnag/js', '@bugsnag/browser', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/expo'],
  globals: ['Bugsnag'],
  calls: [
    { method: 'start', args: [{ index: 0, paths: ['user', 'metadata'] }] },
    call('setUser', 0, 1, 2),
    call('addMetadata', 1, 2),
    call('notify', 0),
    call('leaveBreadcrumb', 0, 1),
  ],
};

// https://docs.rollbar.com/docs/rollbarjs-configuration-reference
export const rollbar: CatalogEntry = {
  id: 'rollbar',
  name: 'Rollbar',
  kind: 'error-monitoring',
  docs: 'https://docs.rollbar.com/docs/rollbarjs-configuration-reference',
  packages: ['rollbar'],
  globals: ['Rollbar'],
  calls: [
    { method: 'configure', args: [{ index: 0, paths: ['payload'] }] },
    everyArgument('critical'),
    everyArgument('error'),
    everyArgument('warning'),
    everyArgument('warn'),
    everyArgument('info'),
    everyArgument('debug'),
    everyArgument('log'),
  ],
};

// https://docs.datadoghq.com/real_user_monitoring/browser/advanced_configuration/
export const datadog: CatalogEntry = {
  id: 'datadog',
  name: 'Datadog',
  kind: 'error-monitoring',
  docs: 'https://docs.datadoghq.com/real_user_monitoring/browser/advanced_configuration/',
  packages: ['@datadog/browser-rum', '@datadog/browser-rum-slim', '@datadog/browser-logs', '@datadog/mobile-react-native', 'dd-trace'],
  globals: ['DD_RUM', 'DD_LOGS'],
  calls: [
    call('setUser', 0),
    call('setUserProperty', 0, 1),
    call('addAction', 0, 1),
    call('addError', 0, 1),
    call('setGlobalContextProperty', 0, 1),
    call('setGlobalContext', 0),
    everyArgument('logger.debug'),
    everyArgument('logger.info'),
    everyArgument('logger.warn'),
    everyArgument('logger.error'),
    everyArgument('logger.log'),
    call('setTag', 0, 1),
    call('addTags', 0),
  ],
  endpoints: [
    { host: 'browser-intake-datadoghq.com' },
    { host: 'browser-intake-datadoghq.eu' },
    { host: 'http-intake.logs.datadoghq.com' },
    { host: 'http-intake.logs.datadoghq.eu' },
  ],
};

// https://docs.newrelic.com/docs/apm/agents/nodejs-agent/api-guides/nodejs-agent-api/
export const newRelic: CatalogEntry = {
  id: 'new-relic',
  name: 'New Relic',
  kind: 'error-monitoring',
  docs: 'https://docs.newrelic.com/docs/apm/agents/nodejs-agent/api-guides/nodejs-agent-api/',
  packages: ['newrelic', '@newrelic/browser-agent'],
  globals: ['newrelic'],
  calls: [
    call('addCustomAttribute', 0, 1),
    call('addCustomAttributes', 0),
    call('noticeError', 0, 1),
    call('recordCustomEvent', 0, 1),
    call('setUserID', 0),
    call('setUserId', 0),
    call('setCustomAttribute', 0, 1),
    call('addPageAction', 0, 1),
    call('log', 0, 1),
  ],
  endpoints: [{ host: 'log-api.newrelic.com' }, { host: 'insights-collector.newrelic.com' }],
};

// https://github.com/airbrake/airbrake-js/tree/master/packages/browser
export const airbrake: CatalogEntry = {
  id: 'airbrake',
  name: 'Airbrake',
  kind: 'error-monitoring',
  docs: 'https://docs.airbrake.io/docs/platforms/javascript/',
  packages: ['@airbrake/browser', '@airbrake/node'],
  calls: [call('notify', 0)],
};

// https://docs.honeybadger.io/lib/javascript/guides/reporting-errors/
export const honeybadger: CatalogEntry = {
  id: 'honeybadger',
  name: 'Honeybadger',
  kind: 'error-monitoring',
  docs: 'https://docs.honeybadger.io/lib/javascript/guides/reporting-errors/',
  packages: ['@honeybadger-io/js', '@honeybadger-io/react', '@honeybadger-io/nextjs'],
  globals: ['Honeybadger'],
  calls: [call('setContext', 0), call('notify', 0, 1), call('addBreadcrumb', 0, 1)],
};

// https://raygun.com/documentation/language-guides/javascript/crash-reporting/
export const raygun: CatalogEntry = {
  id: 'raygun',
  name: 'Raygun',
  kind: 'error-monitoring',
  docs: 'https://raygun.com/documentation/language-guides/javascript/crash-reporting/',
  packages: ['raygun4js', 'raygun'],
  globals: ['rg4js'],
  // rg4js('setUser', { identifier, email, fullName }) in the browser; new raygun.Client().send(error, customData) in Node.
  calls: [
    command('', 'setUser', 1),
    command('', 'send', 1, 2),
    command('', 'withCustomData', 1),
    call('send', 0, 1),
    call('setUser', 0),
  ],
};

// https://opentelemetry.io/docs/languages/js/instrumentation/
export const opentelemetry: CatalogEntry = {
  id: 'opentelemetry',
  name: 'OpenTelemetry',
  kind: 'error-monitoring',
  docs: 'https://opentelemetry.io/docs/languages/js/instrumentation/',
  packages: ['@opentelemetry/api'],
  calls: [call('setAttribute', 0, 1), call('setAttributes', 0), call('addEvent', 0, 1), call('recordException', 0)],
};

// https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html
export const elasticApm: CatalogEntry = {
  id: 'elastic-apm',
  name: 'Elastic APM',
  kind: 'error-monitoring',
  docs: 'https://www.elastic.co/guide/en/apm/agent/nodejs/current/agent-api.html',
  packages: ['elastic-apm-node', '@elastic/apm-rum', '@elastic/apm-rum-react'],
  calls: [
    call('setUserContext', 0),
    call('setCustomContext', 0),
    call('setLabel', 0, 1),
    call('addLabels', 0),
    call('captureError', 0, 1),
  ],
};

// https://rnfirebase.io/crashlytics/usage
export const firebaseCrashlytics: CatalogEntry = {
  id: 'firebase-crashlytics',
  name: 'Firebase Crashlytics',
  kind: 'error-monitoring',
  docs: 'https://rnfirebase.io/crashlytics/usage',
  packages: ['@react-native-firebase/crashlytics'],
  calls: [
    call('setUserId', 0, 1),
    call('setAttribute', 0, 1, 2),
    call('setAttributes', 0, 1),
    call('log', 0, 1),
    call('recordError', 0, 1, 2),
  ],
};


// https://docs.trackjs.com/browser-agent/sdk-reference/trackjs-configure/
export const trackjs: CatalogEntry = {
  id: 'trackjs',
  name: 'TrackJS',
  kind: 'error-monitoring',
  docs: 'https://docs.trackjs.com/browser-agent/sdk-reference/trackjs-configure/',
  packages: ['trackjs', 'trackjs-node'],
  globals: ['TrackJS'],
  calls: [
    atPaths('install', 0, ['userId', 'sessionId', 'metadata']),
    atPaths('configure', 0, ['userId', 'sessionId', 'metadata']),
    keyed('addMetadata', 0, 1),
    call('track', 0),
  ],
};

// https://docs.appsignal.com/nodejs/3.x/instrumentation/tagging.html
export const appsignal: CatalogEntry = {
  id: 'appsignal',
  name: 'AppSignal',
  kind: 'error-monitoring',
  docs: 'https://docs.appsignal.com/nodejs/3.x/instrumentation/tagging.html',
  packages: ['@appsignal/javascript', '@appsignal/nodejs', '@appsignal/react'],
  // Node helpers act on the active span (setTag, setCustomData); the browser client tags the span handed to sendError's callback.
  calls: [
    call('setTag', 0, 1),
    call('setTags', 0),
    call('setCustomData', 0),
    call('setParams', 0),
    call('setSessionData', 0),
    call('setError', 0),
    call('sendError', 0),
    call('addBreadcrumb', 0),
  ],
};

// https://docs.bugfender.com/docs/platforms/web/js-sdk
export const bugfender: CatalogEntry = {
  id: 'bugfender',
  name: 'Bugfender',
  kind: 'error-monitoring',
  docs: 'https://docs.bugfender.com/docs/platforms/web/js-sdk',
  packages: ['@bugfender/sdk', '@bugfender/rn-bugfender'],
  calls: [
    keyed('setDeviceKey', 0, 1),
    call('sendIssue', 0, 1),
    call('sendCrash', 0, 1),
    call('sendUserFeedback', 0, 1),
    everyArgument('log'),
    everyArgument('info'),
    everyArgument('warn'),
    everyArgument('error'),
  ],
};

// https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/instrument/user-meta/
export const grafanaFaro: CatalogEntry = {
  id: 'grafana-faro',
  name: 'Grafana Faro',
  kind: 'error-monitoring',
  docs: 'https://grafana.com/docs/grafana-cloud/monitor-applications/frontend-observability/instrument/user-meta/',
  packages: ['@grafana/faro-web-sdk', '@grafana/faro-react'],
  calls: [
    call('api.setUser', 0),
    call('api.setSession', 0),
    call('api.pushLog', 0, 1),
    call('api.pushEvent', 0, 1),
    call('api.pushError', 0, 1),
  ],
};

// https://docs.dynatrace.com/docs/observe/digital-experience/web-applications/additional-configuration/identify-individual-users
export const dynatrace: CatalogEntry = {
  id: 'dynatrace',
  name: 'Dynatrace RUM',
  kind: 'error-monitoring',
  docs: 'https://docs.dynatrace.com/docs/observe/digital-experience/web-applications/additional-configuration/identify-individual-users',
  packages: [],
  globals: ['dtrum'],
  calls: [setter('identifyUser', 'user.unique_id'), call('sendSessionProperties', 0, 1, 2, 3), call('reportCustomError', 0, 1, 2)],
};

// https://docs.splunk.com/observability/en/gdi/get-data-in/rum/browser/manual-rum-browser-instrumentation.html
export const splunkRum: CatalogEntry = {
  id: 'splunk-rum',
  name: 'Splunk RUM',
  kind: 'error-monitoring',
  docs: 'https://docs.splunk.com/observability/en/gdi/get-data-in/rum/browser/manual-rum-browser-instrumentation.html',
  packages: ['@splunk/otel-web'],
  globals: ['SplunkRum'],
  calls: [call('setGlobalAttributes', 0)],
};

export const ERROR_MONITORING: readonly CatalogEntry[] = [
  sentry, bugsnag, rollbar, datadog, newRelic, airbrake, honeybadger, raygun, opentelemetry, elasticApm, firebaseCrashlytics,
  trackjs, appsignal, bugfender, grafanaFaro, dynatrace, splunkRum,
];
