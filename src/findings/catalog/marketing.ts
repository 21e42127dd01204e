import { addressedTo, call, command, knownPaths, setter } from './shapes.js';

const EMAIL = 'user.contact.email';
import type { CatalogEntry } from './types.js';

// https://www.braze.com/docs/developer_guide/platform_integration_guides/web/analytics/setting_user_ids/
export const braze: CatalogEntry = {
  id: 'braze',
  name: 'Braze',
  kind: 'marketing',
  docs: 'https://js.appboycdn.com/web-sdk/latest/doc/classes/braze.user.html',
  // braze-api: the community Node client of Braze's REST API (https://github.com/braze-community/braze-node).
  packages: ['@braze/web-sdk', '@braze/web-sdk-core', '@braze/react-native-sdk', 'react-native-appboy-sdk', 'braze-api'],
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
    // REST (braze-api): new Braze(apiUrl, apiKey).messages.send({ external_user_ids, messages }), users.track({ attributes }).
    call('messages.send', 0),
    call('campaigns.trigger.send', 0),
    call('canvas.trigger.send', 0),
    call('users.track', 0),
  ],
  endpoints: [
    { host: '*.braze.com', pathPrefix: '/messages/send' },
    { host: '*.braze.com', pathPrefix: '/users/track' },
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
  endpoints: [
    { host: 'track.customer.io', pathPrefix: '/api' },
    { host: 'track-eu.customer.io', pathPrefix: '/api' },
    { host: 'api.customer.io', pathPrefix: '/v1/send' },
    { host: 'cdp.customer.io', pathPrefix: '/v1', body: [{ path: 'userId', category: 'user.unique_id' }] },
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
  endpoints: [{ host: 'a.klaviyo.com', pathPrefix: '/api', body: [{ path: 'data.attributes.email', category: EMAIL }, { path: 'data.attributes.phone_number', category: 'user.contact.phone_number' }] }],
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
    // Mailchimp Transactional (Mandrill): messages.send({ message: { to: [{ email, name }], html } }).
    addressedTo(call('messages.send', 0), 0, ['message.to'], EMAIL),
    addressedTo(call('messages.sendTemplate', 0), 0, ['message.to'], EMAIL),
  ],
  endpoints: [
    { host: '*.api.mailchimp.com', pathPrefix: '/3.0/lists', body: [{ path: 'email_address', category: EMAIL }] },
    { host: 'mandrillapp.com', pathPrefix: '/api/1.0/messages' },
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
  endpoints: [
    { host: 'api.hubapi.com', pathPrefix: '/crm/v3/objects/contacts', body: [{ path: 'properties.email', category: EMAIL }] },
    { host: 'api.hsforms.com', pathPrefix: '/submissions' },
  ],
};

// https://loops.so/docs/sdks/javascript
export const loops: CatalogEntry = {
  id: 'loops',
  name: 'Loops',
  kind: 'marketing',
  docs: 'https://loops.so/docs/sdks/javascript',
  packages: ['loops'],
  // createContact(email, properties, mailingLists) in earlier releases, createContact({ email, properties }) later.
  calls: [
    call('createContact', 0, 1, 2),
    call('updateContact', 0, 1, 2),
    knownPaths(call('sendEvent', 0), 0, { email: EMAIL, userId: 'user.unique_id' }),
    addressedTo(call('sendTransactionalEmail', 0), 0, ['email'], EMAIL),
  ],
  endpoints: [{
    host: 'app.loops.so',
    pathPrefix: '/api/v1',
    body: [
      { path: 'email', category: EMAIL },
      { path: 'userId', category: 'user.unique_id' },
      { path: 'firstName', category: 'user.name.first' },
      { path: 'lastName', category: 'user.name.last' },
    ],
  }],
};

// https://developers.activecampaign.com/reference/create-a-new-contact
export const activecampaign: CatalogEntry = {
  id: 'activecampaign',
  name: 'ActiveCampaign',
  kind: 'marketing',
  docs: 'https://developers.activecampaign.com/reference/create-a-new-contact',
  packages: ['activecampaign'],
  // Site tracking: vgo('setEmail', email); the Node wrapper: ac.api('contact/add', contact).
  globals: ['vgo'],
  calls: [{ method: '', command: 'setEmail', args: [{ index: 1, category: EMAIL }] }, call('api', 1)],
  endpoints: [
    { host: '*.api-us1.com', pathPrefix: '/api/3', body: [{ path: 'contact.email', category: EMAIL }] },
    { host: '*.activehosted.com', pathPrefix: '/api/3', body: [{ path: 'contact.email', category: EMAIL }] },
  ],
};

// https://developers.brevo.com/reference/createcontact
export const brevo: CatalogEntry = {
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  kind: 'marketing',
  docs: 'https://developers.brevo.com/reference/createcontact',
  packages: ['@getbrevo/brevo', 'sib-api-v3-sdk', 'sib-api-v3-typescript'],
  calls: [
    call('createContact', 0),
    call('createDoiContact', 0),
    call('updateContact', 0, 1),
    call('importContacts', 0),
    addressedTo(call('sendTransacEmail', 0), 0, ['to', 'cc', 'bcc'], EMAIL),
    addressedTo(call('sendTransacSms', 0), 0, ['recipient'], 'user.contact.phone_number'),
  ],
  endpoints: [
    { host: 'api.brevo.com', pathPrefix: '/v3', body: [{ path: 'email', category: EMAIL }, { path: 'to.email', category: EMAIL }] },
    // https://developers.brevo.com/reference/sendtransacsms
    { host: 'api.brevo.com', pathPrefix: '/v3/transactionalSMS', body: [{ path: 'recipient', category: 'user.contact.phone_number' }] },
    { host: 'api.sendinblue.com', pathPrefix: '/v3', body: [{ path: 'email', category: EMAIL }, { path: 'to.email', category: EMAIL }] },
  ],
};

// https://github.com/mailerlite/mailerlite-nodejs#subscribers
export const mailerlite: CatalogEntry = {
  id: 'mailerlite',
  name: 'MailerLite',
  kind: 'marketing',
  docs: 'https://github.com/mailerlite/mailerlite-nodejs#subscribers',
  packages: ['@mailerlite/mailerlite-nodejs'],
  calls: [knownPaths(call('subscribers.createOrUpdate', 0), 0, { email: EMAIL }), call('subscribers.update', 0, 1)],
  endpoints: [{ host: 'connect.mailerlite.com', pathPrefix: '/api/subscribers', body: [{ path: 'email', category: EMAIL }] }],
};

// https://jsforce.github.io/document/#crud
export const salesforce: CatalogEntry = {
  id: 'salesforce',
  name: 'Salesforce',
  kind: 'marketing',
  docs: 'https://jsforce.github.io/document/#crud',
  packages: ['jsforce', '@jsforce/jsforce-node'],
  // conn.sobject('Lead').create(record) first; conn.create('Lead', record) takes the type first.
  calls: [
    call('sobject.create', 0),
    call('sobject.insert', 0),
    call('sobject.update', 0),
    call('sobject.upsert', 0),
    call('create', 1),
    call('insert', 1),
    call('update', 1),
    call('upsert', 1),
  ],
};

// https://developers.pipedrive.com/docs/api/v1/Persons#addPerson
export const pipedrive: CatalogEntry = {
  id: 'pipedrive',
  name: 'Pipedrive',
  kind: 'marketing',
  docs: 'https://developers.pipedrive.com/docs/api/v1/Persons#addPerson',
  packages: ['pipedrive'],
  calls: [
    call('addPerson', 0),
    call('updatePerson', 0, 1),
    call('addLead', 0),
    call('updateLead', 0, 1),
    call('addNote', 0),
    call('addDeal', 0),
  ],
  endpoints: [{ host: '*.pipedrive.com', pathPrefix: '/api' }],
};

// https://support.iterable.com/hc/en-us/articles/360043464871-Iterable-s-Web-SDK
export const iterable: CatalogEntry = {
  id: 'iterable',
  name: 'Iterable',
  kind: 'marketing',
  docs: 'https://support.iterable.com/hc/en-us/articles/360043464871-Iterable-s-Web-SDK',
  packages: ['@iterable/web-sdk', '@iterable/react-native-sdk'],
  // Web: const { setEmail, setUserID } = initialize(key); updateUser({ dataFields }). React Native: Iterable.setUserId(id).
  calls: [
    setter('setEmail', EMAIL),
    setter('updateUserEmail', EMAIL),
    setter('setUserID', 'user.unique_id'),
    setter('setUserId', 'user.unique_id'),
    call('updateUser', 0),
    call('track', 0),
    call('trackEvent', 0, 1),
    call('trackPurchase', 0, 1, 2),
  ],
  endpoints: [{
    host: 'api.iterable.com',
    pathPrefix: '/api',
    body: [{ path: 'email', category: EMAIL }, { path: 'userId', category: 'user.unique_id' }],
  }],
};

// https://developer.drip.com/#javascript-api
export const drip: CatalogEntry = {
  id: 'drip',
  name: 'Drip',
  kind: 'marketing',
  docs: 'https://developer.drip.com/#javascript-api',
  packages: ['drip-nodejs'],
  globals: ['_dcq'],
  // _dcq.push(['identify', { email, first_name }]): indices count the array elements, the command being element 0.
  calls: [
    command('push', 'identify', 1),
    command('push', 'track', 1, 2),
    call('createUpdateSubscriber', 0),
    call('recordEvent', 0),
  ],
  endpoints: [{ host: 'api.getdrip.com', pathPrefix: '/v2' }],
};

export const MARKETING: readonly CatalogEntry[] = [
  braze, customerIo, klaviyo, mailchimp, hubspot, loops, activecampaign, brevo, mailerlite, salesforce, pipedrive, iterable,
  drip,
];
