import type { CatalogEntry } from './types.js';

/*
 * SMS gateways and messaging APIs reached over raw HTTP (no SDK on npm, or one apps rarely use): each is known by
 * its REST endpoint, whose body field names the addressee.
 */

const PHONE = 'user.contact.phone_number';
const toPhone = (path: string) => [{ path, category: PHONE }];

// https://portal.maqsam.com/docs/v2/sms
export const maqsam: CatalogEntry = {
  id: 'maqsam',
  name: 'Maqsam',
  kind: 'messaging',
  docs: 'https://portal.maqsam.com/docs/v2/sms',
  packages: [],
  calls: [],
  endpoints: [{ host: 'api.maqsam.com', pathPrefix: '/v2/sms', body: toPhone('to') }],
};

// https://developer.transmitsms.com/#send-sms
export const burstSms: CatalogEntry = {
  id: 'burst-sms',
  name: 'Burst SMS (Kudosity)',
  kind: 'messaging',
  docs: 'https://developer.transmitsms.com/#send-sms',
  packages: [],
  calls: [],
  endpoints: [{ host: 'api.transmitsms.com', pathPrefix: '/send-sms', body: toPhone('to') }],
};

// https://enterprise.smsgupshup.com/doc/GatewayAPIDoc.pdf
export const gupshup: CatalogEntry = {
  id: 'gupshup',
  name: 'Gupshup Enterprise SMS',
  kind: 'messaging',
  docs: 'https://enterprise.smsgupshup.com/doc/GatewayAPIDoc.pdf',
  packages: [],
  calls: [],
  endpoints: [{ host: 'enterprise.smsgupshup.com', pathPrefix: '/GatewayAPI/', body: toPhone('send_to') }],
};

// https://send.com.ly/developers/docs
export const isendSms: CatalogEntry = {
  id: 'isend-sms',
  name: 'iSend SMS',
  kind: 'messaging',
  docs: 'https://send.com.ly/developers/docs',
  packages: [],
  calls: [],
  endpoints: [{ host: 'send.com.ly', pathPrefix: '/api/', body: toPhone('recipient') }],
};

// https://sendchamp.readme.io/reference/send-sms-api
export const sendchamp: CatalogEntry = {
  id: 'sendchamp',
  name: 'Sendchamp',
  kind: 'messaging',
  docs: 'https://sendchamp.readme.io/reference/send-sms-api',
  packages: ['sendchamp-sdk'],
  // new Sendchamp({ publicKey }).SMS.send({ to: [phone], message, sender_name }).
  calls: [{ method: 'SMS.send', args: [{ index: 0, paths: ['message'] }, { index: 0, paths: ['to'], category: PHONE }] }],
  endpoints: [{ host: 'api.sendchamp.com', body: toPhone('to') }],
};

// https://api-doc.simpletexting.com/
export const simpleTexting: CatalogEntry = {
  id: 'simpletexting',
  name: 'SimpleTexting',
  kind: 'messaging',
  docs: 'https://api-doc.simpletexting.com/',
  packages: [],
  calls: [],
  endpoints: [{ host: 'api-app2.simpletexting.com', pathPrefix: '/v2/api/messages', body: toPhone('contactPhone') }],
};

// https://www.smscentral.com.au/api-documentation/
export const smsCentral: CatalogEntry = {
  id: 'sms-central',
  name: 'SMS Central',
  kind: 'messaging',
  docs: 'https://www.smscentral.com.au/api-documentation/',
  packages: [],
  calls: [],
  endpoints: [{ host: 'my.smscentral.com.au', pathPrefix: '/api/', body: toPhone('RECIPIENT') }],
};

// https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages
export const whatsappCloud: CatalogEntry = {
  id: 'whatsapp-cloud',
  name: 'WhatsApp Business Cloud API',
  kind: 'messaging',
  docs: 'https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages',
  packages: [],
  calls: [],
  // POST graph.facebook.com/<version>/<phone-number-id>/messages { messaging_product: 'whatsapp', to, text }.
  endpoints: [{ host: 'graph.facebook.com', body: toPhone('to') }],
};

export const SMS_GATEWAYS: readonly CatalogEntry[] = [maqsam, burstSms, gupshup, isendSms, sendchamp, simpleTexting, smsCentral, whatsappCloud];
