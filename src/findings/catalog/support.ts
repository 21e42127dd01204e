import { atPaths, call, command, identify, knownPaths, setter } from './shapes.js';

const EMAIL = 'user.contact.email';
import type { CatalogEntry } from './types.js';

// https://developers.intercom.com/installing-intercom/web/methods
export const intercom: CatalogEntry = {
  id: 'intercom',
  name: 'Intercom',
  kind: 'support',
  docs: 'https://developers.intercom.com/installing-intercom/web/methods',
  packages: ['@intercom/messenger-js-sdk', 'react-use-intercom', 'intercom-client', '@intercom/intercom-react-native'],
  globals: ['Intercom'],
  // Command forms first: Intercom('boot', {...}) must not fall through to the plain Intercom({...}) shape.
  calls: [
    command('', 'boot', 1),
    command('', 'update', 1),
    command('', 'trackEvent', 1, 2),
    call('', 0),
    call('contacts.create', 0),
    call('contacts.update', 0, 1),
    call('events.create', 0),
    call('messages.create', 0),
    call('conversations.create', 0),
    call('conversations.reply', 0),
    call('notes.create', 0),
    call('boot', 0),
    call('update', 0),
    call('trackEvent', 0, 1),
    call('loginUserWithUserAttributes', 0),
    call('updateUser', 0),
    call('logEvent', 0, 1),
  ],
  endpoints: [{ host: 'api.intercom.io', body: [{ path: 'email', category: EMAIL }] }, { host: 'api.eu.intercom.io', body: [{ path: 'email', category: EMAIL }] }],
};

// https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
export const zendesk: CatalogEntry = {
  id: 'zendesk',
  name: 'Zendesk',
  kind: 'support',
  docs: 'https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/',
  packages: ['node-zendesk'],
  globals: ['zE'],
  calls: [
    command('', 'webWidget', 2),
    command('', 'messenger:set', 2),
    call('tickets.create', 0),
    call('users.create', 0),
    call('users.createOrUpdate', 0),
    call('users.update', 1),
  ],
  endpoints: [{ host: '*.zendesk.com', pathPrefix: '/api/v2' }],
};

// https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/
export const crisp: CatalogEntry = {
  id: 'crisp',
  name: 'Crisp',
  kind: 'support',
  docs: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/',
  packages: ['crisp-sdk-web', 'crisp-api'],
  globals: ['$crisp'],
  // $crisp.push(['set', 'user:email', [email]]): element 2 carries the value.
  calls: [
    { method: 'push', command: 'set', args: [{ index: 1, key: true }, { index: 2 }] },
    setter('user.setEmail', 'user.contact.email'),
    setter('user.setNickname', 'user.name'),
    setter('user.setPhone', 'user.contact.phone_number'),
    setter('user.setAvatar', 'user.content.self_image'),
    call('user.setCompany', 0, 1),
    call('session.pushEvent', 0, 1),
    call('session.setData', 0),
    // crisp-api (server): website.addNewPeopleProfile(websiteId, { email, person }), website.sendMessageInConversation(websiteId, sessionId, message).
    call('website.addNewPeopleProfile', 1),
    call('website.updatePeopleProfile', 2),
    call('website.sendMessageInConversation', 2),
    call('website.updateConversationMetas', 2),
  ],
};

// https://devdocs.drift.com/docs/drift-javascript-api
export const drift: CatalogEntry = {
  id: 'drift',
  name: 'Drift',
  kind: 'support',
  docs: 'https://devdocs.drift.com/docs/drift-javascript-api',
  packages: [],
  globals: ['drift'],
  calls: [identify('identify', 1), call('api.setUserAttributes', 0), call('track', 0, 1)],
};

// https://developers.freshchat.com/web-sdk/
export const freshchat: CatalogEntry = {
  id: 'freshchat',
  name: 'Freshchat',
  kind: 'support',
  docs: 'https://developers.freshchat.com/web-sdk/',
  packages: [],
  globals: ['fcWidget'],
  calls: [
    call('init', 0),
    setter('setExternalId', 'user.unique_id'),
    setter('user.setEmail', EMAIL),
    setter('user.setFirstName', 'user.name.first'),
    setter('user.setLastName', 'user.name.last'),
    setter('user.setPhone', 'user.contact.phone_number'),
    call('user.setProperties', 0),
  ],
};

// https://developers.freshdesk.com/widget-api/
export const freshdesk: CatalogEntry = {
  id: 'freshdesk',
  name: 'Freshdesk',
  kind: 'support',
  docs: 'https://developers.freshdesk.com/widget-api/',
  packages: [],
  // FreshworksWidget('identify', 'ticketForm', { name, email }): element 2 carries the person.
  globals: ['FreshworksWidget'],
  calls: [command('', 'identify', 2), command('', 'prefill', 2)],
  endpoints: [{ host: '*.freshdesk.com', pathPrefix: '/api/v2', body: [{ path: 'email', category: EMAIL }] }],
};

// https://developer.helpscout.com/beacon-2/web/javascript-api/
export const helpScout: CatalogEntry = {
  id: 'help-scout',
  name: 'Help Scout',
  kind: 'support',
  docs: 'https://developer.helpscout.com/beacon-2/web/javascript-api/',
  packages: [],
  globals: ['Beacon'],
  calls: [command('', 'identify', 1), command('', 'prefill', 1), command('', 'session-data', 1)],
  endpoints: [{ host: 'api.helpscout.net', pathPrefix: '/v2' }],
};

// https://developer.tawk.to/jsapi/
export const tawkTo: CatalogEntry = {
  id: 'tawk-to',
  name: 'tawk.to',
  kind: 'support',
  docs: 'https://developer.tawk.to/jsapi/',
  packages: ['@tawk.to/tawk-messenger-react', '@tawk.to/tawk-messenger-vue'],
  globals: ['Tawk_API'],
  calls: [call('setAttributes', 0), call('addEvent', 0, 1), call('login', 0)],
};

// https://www.plain.com/docs/api-reference/typescript-sdk
export const plain: CatalogEntry = {
  id: 'plain',
  name: 'Plain',
  kind: 'support',
  docs: 'https://www.plain.com/docs/api-reference/typescript-sdk',
  packages: ['@team-plain/typescript-sdk'],
  calls: [
    knownPaths(call('upsertCustomer', 0), 0, { 'identifier.emailAddress': EMAIL, 'onCreate.email.email': EMAIL, 'onUpdate.email.email': EMAIL }),
    call('createThread', 0),
    call('replyToThread', 0),
    call('upsertCustomTimelineEntry', 0),
    call('createCustomerEvent', 0),
    call('createThreadEvent', 0),
  ],
  endpoints: [{ host: 'core-api.uk.plain.com', pathPrefix: '/graphql' }],
  // Plain's own customer id (`c_…`) names a customer Plain holds; `customerIdentifier.externalId` is the app's id, new to Plain.
  vendorIdKeys: ['customerId', 'customerIdentifier.customerId'],
};

// https://www.chatwoot.com/hc/user-guide/articles/1677587479-how-to-send-additional-user-information-to-chatwoot-using-sdk
export const chatwoot: CatalogEntry = {
  id: 'chatwoot',
  name: 'Chatwoot',
  kind: 'support',
  docs: 'https://www.chatwoot.com/hc/user-guide/articles/1677587479-how-to-send-additional-user-information-to-chatwoot-using-sdk',
  packages: [],
  globals: ['$chatwoot'],
  // $chatwoot.setUser(identifier, { email, name, avatar_url, phone_number }).
  calls: [identify('setUser', 1), call('setCustomAttributes', 0), call('setConversationCustomAttributes', 0)],
  endpoints: [{ host: 'app.chatwoot.com', pathPrefix: '/api/v1' }],
};

// https://dev.frontapp.com/docs/identify-users
export const frontChat: CatalogEntry = {
  id: 'front-chat',
  name: 'Front Chat',
  kind: 'support',
  docs: 'https://dev.frontapp.com/docs/identify-users',
  packages: [],
  globals: ['FrontChat'],
  calls: [command('', 'init', 1), command('', 'identity', 1)],
  endpoints: [{ host: 'api2.frontapp.com' }],
};

// https://docs.gleap.io/javascript/user-identity
export const gleap: CatalogEntry = {
  id: 'gleap',
  name: 'Gleap',
  kind: 'support',
  docs: 'https://docs.gleap.io/javascript/user-identity',
  packages: ['gleap', 'react-native-gleapsdk'],
  globals: ['Gleap'],
  calls: [
    identify('identify', 1, 2),
    call('updateContact', 0),
    call('trackEvent', 0, 1),
    call('attachCustomData', 0),
    call('setCustomData', 0, 1),
  ],
};

// https://help.featurebase.app/en/articles/1261560-install-identify-users-sso
export const featurebase: CatalogEntry = {
  id: 'featurebase',
  name: 'Featurebase',
  kind: 'support',
  docs: 'https://help.featurebase.app/en/articles/1261560-install-identify-users-sso',
  packages: [],
  globals: ['Featurebase'],
  calls: [command('', 'identify', 1)],
};

// https://developers.canny.io/install/identify
export const canny: CatalogEntry = {
  id: 'canny',
  name: 'Canny',
  kind: 'support',
  docs: 'https://developers.canny.io/install/identify',
  packages: [],
  globals: ['Canny'],
  // Canny('identify', { appID, user: { email, name, id, avatarURL } }).
  calls: [command('', 'identify', 1)],
  endpoints: [{ host: 'canny.io', pathPrefix: '/api/v1', body: [{ path: 'email', category: EMAIL }] }],
};

// https://platform.text.com/docs/extending-chat-widget/javascript-api
export const livechat: CatalogEntry = {
  id: 'livechat',
  name: 'LiveChat',
  kind: 'support',
  docs: 'https://platform.text.com/docs/extending-chat-widget/javascript-api',
  packages: ['@livechat/widget-react', '@livechat/widget-vue', '@livechat/widget-angular'],
  globals: ['LiveChatWidget'],
  calls: [
    { method: 'call', command: 'set_customer_email', args: [{ index: 1, category: EMAIL }] },
    { method: 'call', command: 'set_customer_name', args: [{ index: 1, category: 'user.name' }] },
    command('call', 'set_session_variables', 1),
  ],
};

// https://help.tidio.com/hc/en-us/articles/5486036925340-Tidio-Chat-JavaScript-API
export const tidio: CatalogEntry = {
  id: 'tidio',
  name: 'Tidio',
  kind: 'support',
  docs: 'https://help.tidio.com/hc/en-us/articles/5486036925340-Tidio-Chat-JavaScript-API',
  packages: [],
  globals: ['tidioChatApi'],
  calls: [call('setVisitorData', 0), call('setContactProperties', 0)],
};

// Scheduling and form embeds: what the app prefills travels to the vendor with the booking or the answers, a person's
// contact with the business, which is the support kind's.

// https://cal.com/docs/core-features/embed/embed-events
export const calCom: CatalogEntry = {
  id: 'cal-com',
  name: 'Cal.com',
  kind: 'support',
  docs: 'https://cal.com/docs/core-features/embed/embed-events',
  packages: ['@calcom/embed-react', '@calcom/embed-snippet', '@calcom/embed-core'],
  globals: ['Cal'],
  // Cal('inline', { calLink, config: { name, email, notes } }); React: const cal = await getCalApi(); cal('inline', {...}).
  calls: [
    { method: '', command: 'inline', args: [{ index: 1, paths: ['config'] }] },
    { method: 'getCalApi', command: 'inline', args: [{ index: 1, paths: ['config'] }] },
  ],
  endpoints: [{
    host: 'api.cal.com',
    pathPrefix: '/v2/bookings',
    body: [{ path: 'attendee.email', category: EMAIL }, { path: 'attendee.name', category: 'user.name' }],
  }],
};

// https://www.typeform.com/developers/embed/hidden-fields/
export const typeform: CatalogEntry = {
  id: 'typeform',
  name: 'Typeform',
  kind: 'support',
  docs: 'https://www.typeform.com/developers/embed/hidden-fields/',
  packages: ['@typeform/embed'],
  // createPopup(formId, { hidden: { email, name } }): hidden fields are stored with each response.
  calls: ['createPopup', 'createWidget', 'createSlider', 'createPopover', 'createSidetab'].map((method) => atPaths(method, 1, ['hidden'])),
};

// https://tally.so/help/developer-resources
export const tally: CatalogEntry = {
  id: 'tally',
  name: 'Tally',
  kind: 'support',
  docs: 'https://tally.so/help/developer-resources',
  packages: [],
  globals: ['Tally'],
  calls: [atPaths('openPopup', 1, ['hiddenFields'])],
};

export const SUPPORT: readonly CatalogEntry[] = [
  intercom, zendesk, crisp, drift, freshchat, freshdesk, helpScout, tawkTo, plain, chatwoot, frontChat, gleap, featurebase,
  canny, livechat, tidio, calCom, typeform, tally,
];
