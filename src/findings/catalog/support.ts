import { call, command, setter } from './shapes.js';
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
    call('boot', 0),
    call('update', 0),
    call('trackEvent', 0, 1),
    call('loginUserWithUserAttributes', 0),
    call('updateUser', 0),
    call('logEvent', 0, 1),
  ],
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
};

// https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/
export const crisp: CatalogEntry = {
  id: 'crisp',
  name: 'Crisp',
  kind: 'support',
  docs: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/',
  packages: ['crisp-sdk-web'],
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
  ],
};

export const SUPPORT: readonly CatalogEntry[] = [intercom, zendesk, crisp];
