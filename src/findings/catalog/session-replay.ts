import { atPaths, call, command, everyArgument, keyed, setter, tracks } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://docs.logrocket.com/reference/identify
export const logrocket: CatalogEntry = {
  id: 'logrocket',
  name: 'LogRocket',
  kind: 'session-replay',
  docs: 'https://docs.logrocket.com/reference/identify',
  packages: ['logrocket', 'logrocket-react', '@logrocket/react-native'],
  globals: ['LogRocket'],
  calls: [
    call('identify', 0, 1),
    tracks(call('track', 0, 1), 0),
    call('captureException', 0, 1),
    call('captureMessage', 0, 1),
    everyArgument('log'),
    everyArgument('info'),
    everyArgument('warn'),
    everyArgument('error'),
    everyArgument('debug'),
  ],
};

// https://developer.fullstory.com/browser/identification/identify-users/
export const fullstory: CatalogEntry = {
  id: 'fullstory',
  name: 'FullStory',
  kind: 'session-replay',
  docs: 'https://developer.fullstory.com/browser/identification/identify-users/',
  packages: ['@fullstory/browser', '@fullstory/react-native', '@fullstory/snippet'],
  globals: ['FS'],
  // v2 is command style: FS('setIdentity', {...}) through the global, FullStory('setIdentity', {...}) through the import.
  calls: [
    command('', 'setIdentity', 1),
    command('', 'setProperties', 1),
    tracks(command('', 'trackEvent', 1), { index: 1, property: 'name' }),
    command('', 'log', 1),
    command('FullStory', 'setIdentity', 1),
    command('FullStory', 'setProperties', 1),
    tracks(command('FullStory', 'trackEvent', 1), { index: 1, property: 'name' }),
    command('FullStory', 'log', 1),
    call('identify', 0, 1),
    call('setUserVars', 0),
    tracks(call('event', 0, 1), 0),
  ],
};

// https://help.hotjar.com/hc/en-us/articles/360033640653-Identify-API-Reference
export const hotjar: CatalogEntry = {
  id: 'hotjar',
  name: 'Hotjar',
  kind: 'session-replay',
  docs: 'https://help.hotjar.com/hc/en-us/articles/360033640653-Identify-API-Reference',
  packages: ['@hotjar/browser', 'react-hotjar'],
  globals: ['hj'],
  calls: [command('', 'identify', 1, 2), tracks(command('', 'event', 1), 1), call('identify', 0, 1), tracks(call('event', 0), 0)],
};

// https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api
export const clarity: CatalogEntry = {
  id: 'clarity',
  name: 'Microsoft Clarity',
  kind: 'session-replay',
  docs: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-api',
  packages: ['@microsoft/clarity', 'react-microsoft-clarity'],
  globals: ['clarity'],
  // clarity('identify', customId, sessionId, pageId, friendlyName): the custom id and the friendly name name the person.
  calls: [command('', 'identify', 1, 4), command('', 'set', 1, 2), call('identify', 0, 3), call('setTag', 0, 1)],
};

// https://www.highlight.io/docs/sdk/client
export const highlight: CatalogEntry = {
  id: 'highlight',
  name: 'Highlight',
  kind: 'session-replay',
  docs: 'https://www.highlight.io/docs/sdk/client',
  packages: [
    'highlight.run', '@highlight-run/node', '@highlight-run/next', '@highlight-run/react', '@highlight-run/remix',
    '@highlight-run/nest', '@highlight-run/cloudflare',
  ],
  // H.identify(identifier, { id, ...metadata }); the identifier is usually the e-mail, so its name decides.
  calls: [
    call('identify', 0, 1),
    tracks(call('track', 0, 1), 0),
    call('consumeError', 0, 1, 2, 3),
    call('addSessionFeedback', 0),
  ],
};

// https://docs.openreplay.com/en/sdk/methods/
export const openreplay: CatalogEntry = {
  id: 'openreplay',
  name: 'OpenReplay',
  kind: 'session-replay',
  docs: 'https://docs.openreplay.com/en/sdk/methods/',
  packages: ['@openreplay/tracker'],
  calls: [
    setter('setUserID', 'user.unique_id'),
    keyed('setMetadata', 0, 1),
    tracks(call('event', 0, 1), 0),
    call('issue', 0, 1),
    atPaths('start', 0, ['userID', 'metadata']),
  ],
};

// https://developer.smartlook.com/reference/smartlook-client
export const smartlook: CatalogEntry = {
  id: 'smartlook',
  name: 'Smartlook',
  kind: 'session-replay',
  docs: 'https://developer.smartlook.com/reference/smartlook-client',
  packages: ['smartlook-client'],
  globals: ['smartlook'],
  // smartlook('identify', id, props) through the snippet global, Smartlook.identify(id, props) through the package.
  calls: [
    command('', 'identify', 1, 2),
    tracks(command('', 'track', 1, 2), 1),
    command('', 'properties', 1),
    call('identify', 0, 1),
    tracks(call('track', 0, 1), 0),
    call('properties', 0),
  ],
};

// https://api-docs.mouseflow.com/#javascript-api
export const mouseflow: CatalogEntry = {
  id: 'mouseflow',
  name: 'Mouseflow',
  kind: 'session-replay',
  docs: 'https://api-docs.mouseflow.com/#javascript-api',
  packages: [],
  globals: ['_mfq'],
  // _mfq.push([command, ...args]): indices count the array elements, the command being element 0.
  calls: [
    { method: 'push', command: 'setVariable', args: [{ index: 1, key: true }, { index: 2 }] },
    command('push', 'tag', 1),
  ],
};

export const SESSION_REPLAY: readonly CatalogEntry[] = [logrocket, fullstory, hotjar, clarity, highlight, openreplay, smartlook, mouseflow];
