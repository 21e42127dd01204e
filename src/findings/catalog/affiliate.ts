import { call, command, knownPaths } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Referral, affiliate and link-attribution services receive the referred customer so that a partner is paid for them:
// partner marketing, the marketing kind.

const EMAIL = 'user.contact.email';

// https://dub.co/docs/sdks/typescript
export const dub: CatalogEntry = {
  id: 'dub',
  name: 'Dub',
  kind: 'marketing',
  docs: 'https://dub.co/docs/sdks/typescript',
  packages: ['dub'],
  // track.lead({ clickId, eventName, customerExternalId, customerName, customerEmail, customerAvatar }).
  calls: [
    knownPaths(call('track.lead', 0), 0, {
      customerEmail: EMAIL,
      customerName: 'user.name',
      customerAvatar: 'user.content.self_image',
      customerExternalId: 'user.unique_id',
      externalId: 'user.unique_id',
    }),
    knownPaths(call('track.sale', 0), 0, { customerExternalId: 'user.unique_id', externalId: 'user.unique_id' }),
    call('customers.update', 0),
    call('partners.create', 0),
    call('links.create', 0),
    call('links.upsert', 0),
  ],
  endpoints: [{
    host: 'api.dub.co',
    pathPrefix: '/track',
    body: [
      { path: 'customerEmail', category: EMAIL },
      { path: 'customerName', category: 'user.name' },
      { path: 'customerExternalId', category: 'user.unique_id' },
    ],
  }],
};

// https://developers.rewardful.com/javascript-api/overview
export const rewardful: CatalogEntry = {
  id: 'rewardful',
  name: 'Rewardful',
  kind: 'marketing',
  docs: 'https://developers.rewardful.com/javascript-api/overview',
  packages: [],
  globals: ['rewardful'],
  // rewardful('convert', { email }) records the referred sign-up.
  calls: [{ method: '', command: 'convert', args: [{ index: 1, paths: ['email'], category: EMAIL }, { index: 1 }] }],
  endpoints: [{ host: 'api.getrewardful.com', pathPrefix: '/v1', body: [{ path: 'email', category: EMAIL }] }],
};

// https://docs.tolt.com/tracking/signups
export const tolt: CatalogEntry = {
  id: 'tolt',
  name: 'Tolt',
  kind: 'marketing',
  docs: 'https://docs.tolt.com/tracking/signups',
  packages: ['@tolt/tracking'],
  globals: ['tolt'],
  // tolt.signup(emailOrUserId): the docs allow either, so the value's name decides.
  calls: [call('signup', 0)],
  endpoints: [{ host: 'api.tolt.com', body: [{ path: 'email', category: EMAIL }] }],
};

// https://docs.firstpromoter.com/script-docs/fpr-js-docs
export const firstpromoter: CatalogEntry = {
  id: 'firstpromoter',
  name: 'FirstPromoter',
  kind: 'marketing',
  docs: 'https://docs.firstpromoter.com/script-docs/fpr-js-docs',
  packages: [],
  globals: ['fpr'],
  // fpr('referral', { email, uid }).
  calls: [command('', 'referral', 1)],
  endpoints: [
    { host: 'firstpromoter.com', pathPrefix: '/api/v1/track', body: [{ path: 'email', category: EMAIL }, { path: 'uid', category: 'user.unique_id' }] },
    { host: 'api.firstpromoter.com', pathPrefix: '/api/v2/track', body: [{ path: 'email', category: EMAIL }, { path: 'uid', category: 'user.unique_id' }] },
  ],
};

export const AFFILIATE: readonly CatalogEntry[] = [dub, rewardful, tolt, firstpromoter];
