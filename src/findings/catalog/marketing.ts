import { call, command, setter } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://www.braze.com/docs/developer_guide/platform_integration_guides/web/analytics/setting_user_ids/
export const braze: CatalogEntry = {
  id: 'braze',
  name: 'Braze',
  kind: 'marketing',
  docs: 'https://js.appboycdn.com/web-sdk/latest/doc/classes/braze.user.html',
  packages: ['@braze/web-sdk', '@braze/web-sdk-core', '@braze/react-native-sdk', 'react-native-appboy-sdk'],
  globals: ['braze', 'appboy'],
  // Web: braze.getUser().setEmail(x); React Native: Braze.setEmail(x). Both end in the setter name.
  calls: [
    setter('changeUser', 'user.unique_id'),
    setter('setEmail', 'user.contact.email'),
    setter('setFirstName', 'user.name.first'),
    setter('setLastName', 'user.name.last'),
    setter('setPhoneNumber', 'user.contact.phone_number'),
    {
      method: 'setDateOfBirth',
      args: [0, 1, 2].map((index) => ({ index, category: 'user.demographic.date_of_birth' })),
    },
    setter('setGender', 'user.demographic.gender'),
    setter('setCountry', 'user.contact.address.country'),
    setter('setHomeCity', 'user.contact.address.city'),
    setter('setLanguage', 'user.demographic.language'),
    setter('setAvatarImageUrl', 'user.content.self_image'),
    call('setCustomUserAttribute', 0, 1),
    call('addAlias', 0, 1),
    call('logCustomEvent', 0, 1),
    call('logPurchase', 0, 4),
  ],
};

// https://customer.io/docs/sdk/node/
export const customerIo: CatalogEntry = {
  id: 'customer-io',
  name: 'Customer.io',
  kind: 'marketing',
  docs: 'https://customer.io/docs/sdk/node/',
  packages: ['customerio-node', '@customerio/cdp-analytics-browser', '@customerio/cdp-analytics-node', 'customerio-reactnative'],
  globals: ['_cio'],
  calls: [
    call('identify', 0, 1),
    call('track', 0, 1),
    call('trackAnonymous', 0, 1),
    call('trackPageView', 0, 1),
    call('page', 0, 1, 2),
    call('group', 0, 1),
    call('sendEmail', 0),
    call('sendPush', 0),
  ],
};

// https://developers.klaviyo.com/en/docs/javascript_api
export const klaviyo: CatalogEntry = {
  id: 'klaviyo',
  name: 'Klaviyo',
  kind: 'marketing',
  docs: 'https://developers.klaviyo.com/en/docs/javascript_api',
  packages: ['klaviyo-api', 'klaviyo-react-native-sdk'],
  globals: ['klaviyo', '_learnq'],
  calls: [
    command('push', 'identify', 1),
    command('push', 'track', 1, 2),
    call('identify', 0),
    call('track', 0, 1),
    call('createProfile', 0),
    call('createOrUpdateProfile', 0),
    call('updateProfile', 1),
    call('createEvent', 0),
    call('subscribeProfiles', 0),
    call('bulkSubscribeProfiles', 0),
    call('setProfile', 0),
    setter('setEmail', 'user.contact.email'),
    setter('setPhoneNumber', 'user.contact.phone_number'),
    setter('setExternalId', 'user.unique_id'),
  ],
};

// https://mailchimp.com/developer/marketing/api/list-members/
export const mailchimp: CatalogEntry = {
  id: 'mailchimp',
  name: 'Mailchimp',
  kind: 'marketing',
  docs: 'https://mailchimp.com/developer/marketing/api/list-members/',
  packages: ['@mailchimp/mailchimp_marketing', '@mailchimp/mailchimp_transactional'],
  calls: [
    call('lists.addListMember', 1),
    call('lists.setListMember', 1, 2),
    call('lists.updateListMember', 1, 2),
    call('lists.batchListMembers', 1),
    call('messages.send', 0),
    call('messages.sendTemplate', 0),
  ],
};

// https://developers.hubspot.com/docs/api/events/tracking-code
export const hubspot: CatalogEntry = {
  id: 'hubspot',
  name: 'HubSpot',
  kind: 'marketing',
  docs: 'https://developers.hubspot.com/docs/api/events/tracking-code',
  packages: ['@hubspot/api-client'],
  globals: ['_hsq'],
  // _hsq.push(['identify', {...}]): indices count the array elements, the command being element 0.
  calls: [
    command('push', 'identify', 1),
    command('push', 'trackCustomBehavioralEvent', 1),
    command('push', 'trackEvent', 1),
    call('contacts.basicApi.create', 0),
    call('contacts.basicApi.update', 1),
    call('contacts.batchApi.create', 0),
    call('contacts.batchApi.update', 0),
    call('contacts.batchApi.upsert', 0),
  ],
};

export const MARKETING: readonly CatalogEntry[] = [braze, customerIo, klaviyo, mailchimp, hubspot];
