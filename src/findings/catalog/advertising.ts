import { call, command, setter } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://developers.facebook.com/docs/meta-pixel/advanced/advanced-matching
export const metaPixel: CatalogEntry = {
  id: 'meta-pixel',
  name: 'Meta Pixel and Conversions API',
  kind: 'advertising',
  docs: 'https://developers.facebook.com/docs/meta-pixel/advanced/advanced-matching',
  packages: ['react-facebook-pixel', 'facebook-nodejs-business-sdk', 'react-native-fbsdk-next'],
  globals: ['fbq'],
  calls: [
    command('', 'init', 2),
    command('', 'track', 2),
    command('', 'trackCustom', 2),
    command('', 'trackSingle', 3),
    command('', 'trackSingleCustom', 3),
    call('init', 1),
    call('track', 0, 1),
    call('trackCustom', 0, 1),
    call('trackSingle', 1, 2),
    // Conversions API UserData setters (https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters)
    setter('setEmail', 'user.contact.email'),
    setter('setEmails', 'user.contact.email'),
    setter('setPhone', 'user.contact.phone_number'),
    setter('setPhones', 'user.contact.phone_number'),
    setter('setFirstName', 'user.name.first'),
    setter('setFirstNames', 'user.name.first'),
    setter('setLastName', 'user.name.last'),
    setter('setLastNames', 'user.name.last'),
    setter('setDateOfBirth', 'user.demographic.date_of_birth'),
    setter('setGender', 'user.demographic.gender'),
    setter('setCity', 'user.contact.address.city'),
    setter('setState', 'user.contact.address.state'),
    setter('setZip', 'user.contact.address.postal_code'),
    setter('setCountry', 'user.contact.address.country'),
    setter('setExternalId', 'user.unique_id'),
    setter('setClientIpAddress', 'user.device.ip_address'),
    setter('setFbp', 'user.device.cookie_id'),
    setter('setFbc', 'user.device.cookie_id'),
    // react-native-fbsdk-next AppEventsLogger
    call('logEvent', 0, 1),
    call('setUserData', 0),
    setter('setUserID', 'user.unique_id'),
  ],
};

// https://business-api.tiktok.com/portal/docs?id=1739585700402178
export const tiktokPixel: CatalogEntry = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  kind: 'advertising',
  docs: 'https://business-api.tiktok.com/portal/docs?id=1739585700402178',
  packages: [],
  globals: ['ttq'],
  calls: [call('identify', 0), call('track', 0, 1)],
  // Events API (https://business-api.tiktok.com/portal/docs?id=1771101027431425).
  endpoints: [{ host: 'business-api.tiktok.com', pathPrefix: '/open_api/v1.3/event/track' }],
};

// https://developers.google.com/google-ads/api/docs/conversions/upload-clicks
export const googleAds: CatalogEntry = {
  id: 'google-ads',
  name: 'Google Ads',
  kind: 'advertising',
  docs: 'https://developers.google.com/google-ads/api/docs/conversions/upload-clicks',
  packages: ['google-ads-api'],
  calls: [
    call('conversionUploads.uploadClickConversions', 0),
    call('conversionUploads.uploadCallConversions', 0),
    call('conversionAdjustmentUploads.uploadConversionAdjustments', 0),
    call('offlineUserDataJobs.addOfflineUserDataJobOperations', 0),
  ],
};

// https://dev.appsflyer.com/hc/docs/rn_api
export const appsflyer: CatalogEntry = {
  id: 'appsflyer',
  name: 'AppsFlyer',
  kind: 'advertising',
  docs: 'https://dev.appsflyer.com/hc/docs/rn_api',
  packages: ['react-native-appsflyer', 'cordova-plugin-appsflyer-sdk'],
  calls: [
    setter('setCustomerUserId', 'user.unique_id'),
    call('logEvent', 0, 1),
    call('setUserEmails', 0),
    call('setAdditionalData', 0),
  ],
};

// https://help.branch.io/developers-hub/docs/react-native
export const branch: CatalogEntry = {
  id: 'branch',
  name: 'Branch',
  kind: 'advertising',
  docs: 'https://help.branch.io/developers-hub/docs/react-native',
  packages: ['react-native-branch', 'branch-sdk'],
  // new BranchEvent(name, content, params).logEvent() carries its data in the constructor, which a call shape cannot name.
  calls: [setter('setIdentity', 'user.unique_id'), call('logEvent', 0, 1, 2), call('track', 0, 1)],
};

// https://dev.adjust.com/en/sdk/react-native/
export const adjust: CatalogEntry = {
  id: 'adjust',
  name: 'Adjust',
  kind: 'advertising',
  docs: 'https://dev.adjust.com/en/sdk/react-native/',
  packages: ['react-native-adjust', '@adjustcom/adjust-web-sdk'],
  calls: [
    call('trackEvent', 0),
    call('addCallbackParameter', 0, 1),
    call('addPartnerParameter', 0, 1),
    call('addGlobalCallbackParameter', 0, 1),
    call('addGlobalPartnerParameter', 0, 1),
    call('addGlobalCallbackParameters', 0),
    call('addGlobalPartnerParameters', 0),
  ],
};

// https://www.linkedin.com/help/lms/answer/a1416838
export const linkedinInsight: CatalogEntry = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag and Conversions API',
  kind: 'advertising',
  docs: 'https://www.linkedin.com/help/lms/answer/a1416838',
  packages: [],
  globals: ['lintrk'],
  calls: [command('', 'track', 1)],
  // https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads-reporting/conversions-api
  endpoints: [{ host: 'api.linkedin.com', pathPrefix: '/rest/conversionEvents' }],
};

// https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites
export const xPixel: CatalogEntry = {
  id: 'x-pixel',
  name: 'X (Twitter) Pixel and Conversions API',
  kind: 'advertising',
  docs: 'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
  packages: [],
  globals: ['twq'],
  // twq('config', pixelId, { email_address, phone_number }); twq('event', eventId, { email_address, ... }).
  calls: [command('', 'config', 2), command('', 'event', 2), command('', 'track', 1, 2)],
  endpoints: [{ host: 'ads-api.x.com', pathPrefix: '/12/measurement/conversions' }, { host: 'ads-api.twitter.com', pathPrefix: '/12/measurement/conversions' }],
};

// https://business.reddithelp.com/s/article/manual-conversion-events-with-the-reddit-pixel
export const redditPixel: CatalogEntry = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel and Conversions API',
  kind: 'advertising',
  docs: 'https://business.reddithelp.com/s/article/manual-conversion-events-with-the-reddit-pixel',
  packages: [],
  globals: ['rdt'],
  // rdt('init', pixelId, { email, externalId, phoneNumber }) is advanced matching; rdt('track', event, { ... }).
  calls: [command('', 'init', 2), command('', 'track', 2)],
  endpoints: [{ host: 'ads-api.reddit.com', pathPrefix: '/api/v2.0/conversions' }],
};

// https://businesshelp.snapchat.com/s/article/pixel-direct-implementation
export const snapchatPixel: CatalogEntry = {
  id: 'snapchat-pixel',
  name: 'Snap Pixel and Conversions API',
  kind: 'advertising',
  docs: 'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation',
  packages: [],
  globals: ['snaptr'],
  // snaptr('init', pixelId, { user_email, user_phone_number }); snaptr('track', event, { user_email, ... }).
  calls: [command('', 'init', 2), command('', 'track', 2)],
  endpoints: [{ host: 'tr.snapchat.com' }],
};

// https://help.pinterest.com/en/business/article/enhanced-match
export const pinterestTag: CatalogEntry = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag and Conversions API',
  kind: 'advertising',
  docs: 'https://help.pinterest.com/en/business/article/enhanced-match',
  packages: [],
  globals: ['pintrk'],
  // pintrk('load', tagId, { em: email }) and pintrk('set', { em }) are enhanced match; pintrk('track', event, data).
  calls: [command('', 'load', 2), command('', 'set', 1), command('', 'track', 2)],
  endpoints: [{ host: 'api.pinterest.com', pathPrefix: '/v5/ad_accounts' }],
};

// https://help.ads.microsoft.com/#apex/ads/en/60178/1
export const microsoftUet: CatalogEntry = {
  id: 'microsoft-uet',
  name: 'Microsoft Advertising UET',
  kind: 'advertising',
  docs: 'https://help.ads.microsoft.com/#apex/ads/en/60178/1',
  packages: [],
  globals: ['uetq'],
  // uetq.push('set', { pid: { em, ph } }) is enhanced conversions; uetq.push('event', action, params).
  calls: [command('push', 'set', 1), command('push', 'event', 1, 2)],
};

// https://help.criteo.com/kb/guide/en/all-criteo-onetag-events-and-parameters-vZbzbEeY86/Steps/775825
export const criteo: CatalogEntry = {
  id: 'criteo',
  name: 'Criteo OneTag',
  kind: 'advertising',
  docs: 'https://help.criteo.com/kb/guide/en/all-criteo-onetag-events-and-parameters-vZbzbEeY86/Steps/775825',
  packages: [],
  globals: ['criteo_q'],
  // criteo_q.push({ event: 'setAccount' }, { event: 'setEmail', email }, ...): each argument is one event.
  calls: [call('push', 0, 1, 2, 3, 4)],
};

export const ADVERTISING: readonly CatalogEntry[] = [
  metaPixel, tiktokPixel, googleAds, appsflyer, branch, adjust, linkedinInsight, xPixel, redditPixel, snapchatPixel,
  pinterestTag, microsoftUet, criteo,
];
