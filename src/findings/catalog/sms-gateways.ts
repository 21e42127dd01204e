import type { CatalogEntry } from './types.js';

/*
 * SMS gateways and messaging APIs reached over raw HTTP (no SDK on npm, or one apps rarely use): each is known by
 * its REST endpoint, whose body field names the addressee's phone number.
 */

const PHONE = 'user.contact.phone_number';

/** A messaging API known only by its endpoint: `host` and `pathPrefix`, and the body field holding the addressee. */
function restGateway(id: string, name: string, docs: string, host: string, pathPrefix: string | undefined, addressee: string): CatalogEntry {
  const endpoint = { host, ...(pathPrefix ? { pathPrefix } : {}), body: [{ path: addressee, category: PHONE }] };
  return { id, name, kind: 'messaging', docs, packages: [], calls: [], endpoints: [endpoint] };
}

export const SMS_GATEWAYS: readonly CatalogEntry[] = [
  restGateway('maqsam', 'Maqsam', 'https://portal.maqsam.com/docs/v2/sms', 'api.maqsam.com', '/v2/sms', 'to'),
  restGateway('burst-sms', 'Burst SMS (Kudosity)', 'https://developer.transmitsms.com/#send-sms', 'api.transmitsms.com', '/send-sms', 'to'),
  restGateway('gupshup', 'Gupshup Enterprise SMS', 'https://enterprise.smsgupshup.com/doc/GatewayAPIDoc.pdf', 'enterprise.smsgupshup.com', '/GatewayAPI/', 'send_to'),
  restGateway('isend-sms', 'iSend SMS', 'https://send.com.ly/developers/docs', 'send.com.ly', '/api/', 'recipient'),
  restGateway('simpletexting', 'SimpleTexting', 'https://api-doc.simpletexting.com/', 'api-app2.simpletexting.com', '/v2/api/messages', 'contactPhone'),
  restGateway('sms-central', 'SMS Central', 'https://www.smscentral.com.au/api-documentation/', 'my.smscentral.com.au', '/api/', 'RECIPIENT'),
  // POST graph.facebook.com/<version>/<phone-number-id>/messages { messaging_product: 'whatsapp', to, text }.
  restGateway('whatsapp-cloud', 'WhatsApp Business Cloud API', 'https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages', 'graph.facebook.com', undefined, 'to'),
  {
    ...restGateway('sendchamp', 'Sendchamp', 'https://sendchamp.readme.io/reference/send-sms-api', 'api.sendchamp.com', undefined, 'to'),
    packages: ['sendchamp-sdk'],
    // new Sendchamp({ publicKey }).SMS.send({ to: [phone], message, sender_name }).
    calls: [{ method: 'SMS.send', args: [{ index: 0, paths: ['message'] }, { index: 0, paths: ['to'], category: PHONE }] }],
  },
];
