import { addressedTo, call, setter } from './shapes.js';

const EMAIL = 'user.contact.email';
const PHONE = 'user.contact.phone_number';
const MAIL_TO = ['to', 'cc', 'bcc'];
import type { CatalogEntry } from './types.js';

// https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail
export const sendgrid: CatalogEntry = {
  id: 'sendgrid',
  name: 'SendGrid',
  kind: 'messaging',
  docs: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs',
  packages: ['@sendgrid/mail', '@sendgrid/client'],
  calls: [addressedTo(call('send', 0), 0, MAIL_TO, EMAIL), addressedTo(call('sendMultiple', 0), 0, MAIL_TO, EMAIL), call('request', 0)],
  endpoints: [{ host: 'api.sendgrid.com', pathPrefix: '/v3/mail/send', body: [{ path: 'personalizations.to.email', category: EMAIL }] }],
};

// https://www.twilio.com/docs/messaging/api/message-resource
export const twilio: CatalogEntry = {
  id: 'twilio',
  name: 'Twilio',
  kind: 'messaging',
  docs: 'https://www.twilio.com/docs/messaging/api/message-resource',
  packages: ['twilio'],
  calls: [
    addressedTo(call('messages.create', 0), 0, ['to'], PHONE),
    addressedTo(call('calls.create', 0), 0, ['to'], PHONE),
    call('verifications.create', 0),
    call('verificationChecks.create', 0),
  ],
};

const ONESIGNAL_AUDIENCE = [
  { path: 'include_player_ids', category: 'user.device.device_id' },
  { path: 'include_subscription_ids', category: 'user.device.device_id' },
  { path: 'include_external_user_ids', category: 'user.unique_id' },
  { path: 'include_aliases.external_id', category: 'user.unique_id' },
  { path: 'include_email_tokens', category: EMAIL },
  { path: 'include_phone_numbers', category: PHONE },
];

// https://documentation.onesignal.com/docs/web-sdk-reference
export const onesignal: CatalogEntry = {
  id: 'onesignal',
  name: 'OneSignal',
  kind: 'messaging',
  docs: 'https://documentation.onesignal.com/docs/web-sdk-reference',
  packages: ['react-onesignal', 'react-native-onesignal', '@onesignal/node-onesignal', 'onesignal-cordova-plugin'],
  globals: ['OneSignal'],
  calls: [
    setter('login', 'user.unique_id'),
    setter('User.addEmail', 'user.contact.email'),
    setter('User.addSms', 'user.contact.phone_number'),
    call('User.addTag', 0, 1),
    call('User.addTags', 0),
    call('User.addAlias', 0, 1),
    call('User.addAliases', 0),
    call('createNotification', 0),
    setter('setExternalUserId', 'user.unique_id'),
    setter('setEmail', 'user.contact.email'),
    setter('setSMSNumber', 'user.contact.phone_number'),
  ],
  // https://documentation.onesignal.com/reference/push-notification: who a notification goes to.
  endpoints: [
    { host: 'onesignal.com', pathPrefix: '/api/v1/notifications', body: ONESIGNAL_AUDIENCE },
    { host: 'api.onesignal.com', pathPrefix: '/notifications', body: ONESIGNAL_AUDIENCE },
  ],
};

// https://postmarkapp.com/developer/integration/official-libraries#node-js
export const postmark: CatalogEntry = {
  id: 'postmark',
  name: 'Postmark',
  kind: 'messaging',
  docs: 'https://postmarkapp.com/developer/integration/official-libraries#node-js',
  packages: ['postmark'],
  calls: [
    addressedTo(call('sendEmail', 0), 0, ['To', 'Cc', 'Bcc'], EMAIL),
    addressedTo(call('sendEmailWithTemplate', 0), 0, ['To', 'Cc', 'Bcc'], EMAIL),
    call('sendEmailBatch', 0),
    call('sendEmailBatchWithTemplates', 0),
  ],
  // https://postmarkapp.com/developer/api/email-api
  endpoints: [{ host: 'api.postmarkapp.com', pathPrefix: '/email', body: ['To', 'Cc', 'Bcc'].map((path) => ({ path, category: EMAIL })) }],
};

// https://resend.com/docs/api-reference/emails/send-email
export const resend: CatalogEntry = {
  id: 'resend',
  name: 'Resend',
  kind: 'messaging',
  docs: 'https://resend.com/docs/api-reference/emails/send-email',
  packages: ['resend'],
  calls: [
    addressedTo(call('emails.send', 0), 0, MAIL_TO, EMAIL),
    addressedTo(call('emails.create', 0), 0, MAIL_TO, EMAIL),
    // resend.batch.send([{ from, to, subject, react }, ...]): each message's `to` is its addressee.
    addressedTo(call('batch.send', 0), 0, MAIL_TO, EMAIL),
    call('contacts.create', 0),
    call('contacts.update', 0),
  ],
  endpoints: [{ host: 'api.resend.com', body: ['to', 'cc', 'bcc', 'reply_to'].map((path) => ({ path, category: EMAIL })) }],
};

// https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/
export const mailgun: CatalogEntry = {
  id: 'mailgun',
  name: 'Mailgun',
  kind: 'messaging',
  docs: 'https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/',
  packages: ['mailgun.js', 'mailgun-js'],
  // mailgun.js: mg.messages.create(domain, data); the older mailgun-js: mailgun.messages().send(data).
  calls: [addressedTo(call('messages.create', 1), 1, MAIL_TO, EMAIL), addressedTo(call('messages.send', 0), 0, MAIL_TO, EMAIL), call('lists.members.createMember', 1)],
  // The REST API takes a form body (FormData/URLSearchParams) whose `to` field is the addressee.
  endpoints: [
    { host: 'api.mailgun.net', pathPrefix: '/v3/', body: MAIL_TO.map((path) => ({ path, category: EMAIL })) },
    { host: 'api.eu.mailgun.net', pathPrefix: '/v3/', body: MAIL_TO.map((path) => ({ path, category: EMAIL })) },
  ],
};

const SES_DESTINATION = ['Destination.ToAddresses', 'Destination.CcAddresses', 'Destination.BccAddresses'];

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/ses/command/SendEmailCommand/
export const awsSes: CatalogEntry = {
  id: 'aws-ses',
  name: 'Amazon SES',
  kind: 'messaging',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/ses/command/SendEmailCommand/',
  packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
  // client.send(new SendEmailCommand({ Destination, Message })): the data sits in the command object.
  calls: [
    addressedTo(call('send', 0), 0, SES_DESTINATION, EMAIL),
    addressedTo(call('sendEmail', 0), 0, SES_DESTINATION, EMAIL),
    call('sendRawEmail', 0),
    call('sendTemplatedEmail', 0),
    call('sendBulkEmail', 0),
  ],
};

// https://api.slack.com/methods/chat.postMessage
export const slack: CatalogEntry = {
  id: 'slack',
  name: 'Slack API',
  kind: 'messaging',
  docs: 'https://api.slack.com/methods/chat.postMessage',
  packages: ['@slack/web-api', '@slack/webhook', '@slack/bolt'],
  calls: [
    call('chat.postMessage', 0),
    call('chat.postEphemeral', 0),
    call('chat.update', 0),
    call('chat.scheduleMessage', 0),
    call('files.uploadV2', 0),
    call('send', 0),
  ],
  // Incoming webhooks (https://api.slack.com/messaging/webhooks) and the Web API's HTTP methods.
  endpoints: [{ host: 'hooks.slack.com' }, { host: 'slack.com', pathPrefix: '/api/' }],
};

// https://nodemailer.com/message/
export const nodemailer: CatalogEntry = {
  id: 'nodemailer',
  name: 'Nodemailer',
  kind: 'messaging',
  docs: 'https://nodemailer.com/message/',
  packages: ['nodemailer'],
  // createTransport({ auth }) carries the service account, not a person: only the message is listed.
  calls: [addressedTo(call('sendMail', 0), 0, MAIL_TO, EMAIL)],
};


// https://nest-modules.github.io/mailer/docs/mailer
export const nestjsMailer: CatalogEntry = {
  id: 'nestjs-mailer',
  name: 'NestJS Mailer',
  kind: 'messaging',
  docs: 'https://nest-modules.github.io/mailer/docs/mailer',
  packages: ['@nestjs-modules/mailer'],
  // Injected as `MailerService`; sendMail takes nodemailer's message plus `template` and `context`.
  calls: [addressedTo(call('sendMail', 0), 0, MAIL_TO, EMAIL)],
};

// https://dev.mailjet.com/email/guides/send-api-v31/
export const mailjet: CatalogEntry = {
  id: 'mailjet',
  name: 'Mailjet',
  kind: 'messaging',
  docs: 'https://dev.mailjet.com/email/guides/send-api-v31/',
  packages: ['node-mailjet'],
  // mailjet.post('send', { version: 'v3.1' }).request({ Messages: [{ To: [{ Email, Name }] }] }).
  calls: [call('post.request', 0), call('put.request', 0)],
  endpoints: [{ host: 'api.mailjet.com', pathPrefix: '/v3.1/send' }],
};

// https://developers.sparkpost.com/api/transmissions/
export const sparkpost: CatalogEntry = {
  id: 'sparkpost',
  name: 'SparkPost',
  kind: 'messaging',
  docs: 'https://developers.sparkpost.com/api/transmissions/',
  packages: ['sparkpost'],
  calls: [call('transmissions.send', 0), call('recipientLists.create', 0), call('recipientLists.update', 1)],
  endpoints: [{ host: 'api.sparkpost.com', pathPrefix: '/api/v1/transmissions' }, { host: 'api.eu.sparkpost.com', pathPrefix: '/api/v1/transmissions' }],
};

// https://docs.useplunk.com/api-reference/transactional/send
export const plunk: CatalogEntry = {
  id: 'plunk',
  name: 'Plunk',
  kind: 'messaging',
  docs: 'https://docs.useplunk.com/api-reference/transactional/send',
  packages: ['@plunk/node'],
  calls: [addressedTo(call('emails.send', 0), 0, ['to'], EMAIL), addressedTo(call('events.track', 0), 0, ['email'], EMAIL)],
  endpoints: [{ host: 'api.useplunk.com', pathPrefix: '/v1/', body: [{ path: 'to', category: EMAIL }, { path: 'email', category: EMAIL }] }],
};

// https://api.mailchannels.net/tx/v1/documentation
export const mailchannels: CatalogEntry = {
  id: 'mailchannels',
  name: 'MailChannels',
  kind: 'messaging',
  docs: 'https://api.mailchannels.net/tx/v1/documentation',
  packages: ['mailchannels-sdk'],
  // emails.send({ to, from, subject, text }) of the community SDK; most apps POST to the REST API directly.
  calls: [addressedTo(call('emails.send', 0), 0, MAIL_TO, EMAIL)],
  endpoints: [{ host: 'api.mailchannels.net', pathPrefix: '/tx/v1/send', body: [{ path: 'personalizations.to.email', category: EMAIL }] }],
};

// https://developers.mailersend.com/api/v1/email.html
export const mailersend: CatalogEntry = {
  id: 'mailersend',
  name: 'MailerSend',
  kind: 'messaging',
  docs: 'https://developers.mailersend.com/api/v1/email.html',
  packages: ['mailersend'],
  // The EmailParams builder carries the recipients: new EmailParams().setTo([new Recipient(email, name)]).
  // SDK 1.x sends it from the client itself: new MailerSend({ api_key }).send(emailParams).
  calls: [call('email.send', 0), call('email.sendBulk', 0), call('sms.send', 0), call('send', 0)],
  endpoints: [{ host: 'api.mailersend.com', pathPrefix: '/v1/email', body: [{ path: 'to.email', category: EMAIL }] }],
};

// https://www.zoho.com/zeptomail/help/api/email-sending.html
export const zeptomail: CatalogEntry = {
  id: 'zeptomail',
  name: 'ZeptoMail',
  kind: 'messaging',
  docs: 'https://www.zoho.com/zeptomail/help/api/email-sending.html',
  packages: ['zeptomail'],
  calls: [call('sendMail', 0), call('sendMailWithTemplate', 0)],
};

// https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms
export const vonage: CatalogEntry = {
  id: 'vonage',
  name: 'Vonage',
  kind: 'messaging',
  docs: 'https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms',
  packages: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages', '@vonage/verify', '@vonage/verify2', '@vonage/voice', 'nexmo'],
  calls: [
    addressedTo(call('sms.send', 0), 0, ['to'], PHONE),
    addressedTo(call('messages.send', 0), 0, ['to'], PHONE),
    addressedTo(call('verify.start', 0), 0, ['number'], PHONE),
    call('verify2.newRequest', 0),
    call('voice.createOutboundCall', 0),
    call('message.sendSms', 0, 1, 2),
  ],
  endpoints: [{ host: 'rest.nexmo.com', pathPrefix: '/sms/', body: [{ path: 'to', category: PHONE }] }, { host: 'api.nexmo.com' }],
};

// https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms
export const messagebird: CatalogEntry = {
  id: 'messagebird',
  name: 'MessageBird (Bird)',
  kind: 'messaging',
  docs: 'https://developers.messagebird.com/api/sms-messaging/#send-outbound-sms',
  packages: ['messagebird'],
  calls: [
    addressedTo(call('messages.create', 0), 0, ['recipients'], PHONE),
    setter('verify.create', PHONE),
    addressedTo(call('voice_messages.create', 0), 0, ['recipients'], PHONE),
    call('conversations.send', 0),
    call('conversations.start', 0),
  ],
  endpoints: [{ host: 'rest.messagebird.com', body: [{ path: 'recipients', category: PHONE }] }, { host: 'api.bird.com' }],
};

// https://www.plivo.com/docs/messaging/api/message/send-a-message
export const plivo: CatalogEntry = {
  id: 'plivo',
  name: 'Plivo',
  kind: 'messaging',
  docs: 'https://www.plivo.com/docs/messaging/api/message/send-a-message',
  packages: ['plivo'],
  // client.messages.create(src, dst, text) in the positional form; the options object form also exists.
  calls: [
    { method: 'messages.create', args: [{ index: 0 }, { index: 1, category: PHONE }, { index: 2 }] },
    { method: 'calls.create', args: [{ index: 1, category: PHONE }] },
  ],
  endpoints: [{ host: 'api.plivo.com', body: [{ path: 'dst', category: PHONE }] }],
};

// https://developers.sinch.com/docs/sms/sdks/node/
export const sinch: CatalogEntry = {
  id: 'sinch',
  name: 'Sinch',
  kind: 'messaging',
  docs: 'https://developers.sinch.com/docs/sms/sdks/node/',
  packages: ['@sinch/sdk-core', '@sinch/sms', '@sinch/verification', '@sinch/conversation'],
  calls: [
    call('sms.batches.send', 0),
    call('batches.send', 0),
    call('verifications.startSms', 0),
    call('messages.send', 0),
  ],
  endpoints: [{ host: '*.sms.api.sinch.com', body: [{ path: 'to', category: PHONE }] }, { host: 'sms.api.sinch.com', body: [{ path: 'to', category: PHONE }] }],
};

// https://developers.telnyx.com/docs/messaging/messages/send-message
export const telnyx: CatalogEntry = {
  id: 'telnyx',
  name: 'Telnyx',
  kind: 'messaging',
  docs: 'https://developers.telnyx.com/docs/messaging/messages/send-message',
  packages: ['telnyx'],
  calls: [addressedTo(call('messages.create', 0), 0, ['to'], PHONE), addressedTo(call('calls.create', 0), 0, ['to'], PHONE)],
  endpoints: [{ host: 'api.telnyx.com', pathPrefix: '/v2/messages', body: [{ path: 'to', category: PHONE }] }],
};

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sns/command/PublishCommand/
export const awsSns: CatalogEntry = {
  id: 'aws-sns',
  name: 'Amazon SNS',
  kind: 'messaging',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sns/command/PublishCommand/',
  packages: ['@aws-sdk/client-sns'],
  // client.send(new PublishCommand({ PhoneNumber, Message })): an SMS when PhoneNumber is set, else a topic message.
  calls: [
    { method: 'send', args: [{ index: 0, paths: ['Message', 'MessageAttributes', 'Subject'] }, { index: 0, paths: ['PhoneNumber'], category: PHONE }] },
    { method: 'publish', args: [{ index: 0, paths: ['Message', 'MessageAttributes', 'Subject'] }, { index: 0, paths: ['PhoneNumber'], category: PHONE }] },
  ],
};

// https://github.com/infobip-community/infobip-api-node-sdk
export const infobip: CatalogEntry = {
  id: 'infobip',
  name: 'Infobip',
  kind: 'messaging',
  docs: 'https://github.com/infobip-community/infobip-api-node-sdk',
  packages: ['@infobip-api/sdk'],
  // infobip.channels.sms.send({ messages: [{ destinations: [{ to }], text }] }).
  calls: [
    addressedTo(call('channels.sms.send', 0), 0, ['messages.destinations.to'], PHONE),
    addressedTo(call('channels.email.send', 0), 0, MAIL_TO, EMAIL),
    call('channels.whatsapp.send', 0),
  ],
  endpoints: [{ host: '*.api.infobip.com' }],
};

// https://developers.termii.com/messaging-api
export const termii: CatalogEntry = {
  id: 'termii',
  name: 'Termii',
  kind: 'messaging',
  docs: 'https://developers.termii.com/messaging-api',
  packages: ['termii-nodejs'],
  calls: [addressedTo(call('sendSMS', 0), 0, ['to'], PHONE)],
  endpoints: [{ host: 'api.ng.termii.com', pathPrefix: '/api/', body: [{ path: 'to', category: PHONE }] }, { host: 'v3.api.termii.com', pathPrefix: '/api/', body: [{ path: 'to', category: PHONE }] }],
};

// https://developers.africastalking.com/docs/sms/sending/bulk
export const africasTalking: CatalogEntry = {
  id: 'africas-talking',
  name: "Africa's Talking",
  kind: 'messaging',
  docs: 'https://developers.africastalking.com/docs/sms/sending/bulk',
  packages: ['africastalking'],
  calls: [addressedTo(call('SMS.send', 0), 0, ['to'], PHONE), addressedTo(call('VOICE.call', 0), 0, ['callTo'], PHONE), call('AIRTIME.send', 0)],
};

// https://developers.clicksend.com/docs/messaging/sms/other/send-sms
export const clicksend: CatalogEntry = {
  id: 'clicksend',
  name: 'ClickSend',
  kind: 'messaging',
  docs: 'https://developers.clicksend.com/docs/messaging/sms/other/send-sms',
  packages: ['clicksend'],
  // new api.SMSApi(user, key).smsSendPost(new api.SmsMessageCollection()) with each message's `to`.
  calls: [call('smsSendPost', 0), call('emailSendPost', 0), call('voiceSendPost', 0)],
  endpoints: [{ host: 'rest.clicksend.com', pathPrefix: '/v3/' }],
};

const PUSH_TOKEN = 'user.device.device_id';

// https://firebase.google.com/docs/cloud-messaging/send-message
export const firebaseCloudMessaging: CatalogEntry = {
  id: 'firebase-cloud-messaging',
  name: 'Firebase Cloud Messaging',
  kind: 'messaging',
  docs: 'https://firebase.google.com/docs/cloud-messaging/send-message',
  // firebase-admin itself is Firestore's entry too: only the `messaging()` chains below are this service's.
  packages: ['firebase-admin', 'firebase-admin/messaging'],
  calls: [
    ...['send', 'sendEach', 'sendEachForMulticast', 'sendMulticast', 'sendAll', 'sendToDevice', 'subscribeToTopic'].flatMap((method) => [
      { method: `messaging.${method}`, args: [{ index: 0, paths: ['token', 'tokens'], category: PUSH_TOKEN }, { index: 0, paths: ['data', 'notification'] }] },
      { method: `getMessaging.${method}`, args: [{ index: 0, paths: ['token', 'tokens'], category: PUSH_TOKEN }, { index: 0, paths: ['data', 'notification'] }] },
    ]),
  ],
  endpoints: [{ host: 'fcm.googleapis.com', body: [{ path: 'message.token', category: PUSH_TOKEN }, { path: 'to', category: PUSH_TOKEN }] }],
};

// https://docs.expo.dev/push-notifications/sending-notifications/
export const expoPush: CatalogEntry = {
  id: 'expo-push',
  name: 'Expo Push Service',
  kind: 'messaging',
  docs: 'https://docs.expo.dev/push-notifications/sending-notifications/',
  packages: ['expo-server-sdk'],
  // expo.sendPushNotificationsAsync([{ to: pushToken, body, data }]): the array's `to` is each device's token.
  calls: [addressedTo(call('sendPushNotificationsAsync', 0), 0, ['to'], PUSH_TOKEN), addressedTo(call('chunkPushNotifications', 0), 0, ['to'], PUSH_TOKEN)],
  endpoints: [{ host: 'exp.host', pathPrefix: '/--/api/v2/push/send', body: [{ path: 'to', category: PUSH_TOKEN }] }],
};

// https://github.com/web-push-libs/web-push#sendnotificationpushsubscription-payload-options
export const webPush: CatalogEntry = {
  id: 'web-push',
  name: 'Web Push',
  kind: 'messaging',
  docs: 'https://github.com/web-push-libs/web-push#sendnotificationpushsubscription-payload-options',
  packages: ['web-push'],
  // The subscription names the browser's push endpoint: an identifier of the person's device.
  calls: [{ method: 'sendNotification', args: [{ index: 0, category: PUSH_TOKEN }, { index: 1 }] }],
};

// https://github.com/parse-community/node-apn#sending-a-notification
export const apns: CatalogEntry = {
  id: 'apns',
  name: 'Apple Push Notification service',
  kind: 'messaging',
  docs: 'https://github.com/parse-community/node-apn#sending-a-notification',
  packages: ['@parse/node-apn', 'apn', 'node-apn'],
  // provider.send(notification, deviceTokens).
  calls: [{ method: 'send', args: [{ index: 0 }, { index: 1, category: PUSH_TOKEN }] }],
};

// https://pusher.com/docs/beams/reference/server-sdk-node/
export const pusherBeams: CatalogEntry = {
  id: 'pusher-beams',
  name: 'Pusher Beams',
  kind: 'messaging',
  docs: 'https://pusher.com/docs/beams/reference/server-sdk-node/',
  packages: ['@pusher/push-notifications-server', '@pusher/push-notifications-web'],
  calls: [
    { method: 'publishToUsers', args: [{ index: 0, category: 'user.unique_id' }, { index: 1 }] },
    call('publishToInterests', 1),
    setter('generateToken', 'user.unique_id'),
    setter('deleteUser', 'user.unique_id'),
    setter('setUserId', 'user.unique_id'),
  ],
};

// https://docs.knock.app/sdks/node/overview
export const knock: CatalogEntry = {
  id: 'knock',
  name: 'Knock',
  kind: 'messaging',
  docs: 'https://docs.knock.app/sdks/node/overview',
  packages: ['@knocklabs/node', '@knocklabs/client'],
  // knock.workflows.trigger(key, { recipients, actor, data }); recipients may be inline users with email and phone.
  calls: [
    call('workflows.trigger', 1),
    call('notify', 1),
    { method: 'users.identify', args: [{ index: 0, category: 'user.unique_id' }, { index: 1 }] },
    { method: 'users.update', args: [{ index: 0, category: 'user.unique_id' }, { index: 1 }] },
    call('users.bulkIdentify', 0),
    call('users.setChannelData', 0, 2),
  ],
  endpoints: [{ host: 'api.knock.app', pathPrefix: '/v1/' }],
};

// https://www.courier.com/docs/reference/send/message/
export const courier: CatalogEntry = {
  id: 'courier',
  name: 'Courier',
  kind: 'messaging',
  docs: 'https://www.courier.com/docs/reference/send/message/',
  packages: ['@trycourier/courier'],
  // courier.send({ message: { to: { email, phone_number, user_id }, content, data } }).
  calls: [
    ...['send.message', 'send'].map((method) => ({
      method,
      args: [
        { index: 0, paths: ['message.data', 'message.content'] },
        { index: 0, paths: ['message.to.email'], category: EMAIL },
        { index: 0, paths: ['message.to.phone_number'], category: PHONE },
      ],
    })),
    call('profiles.create', 1),
    call('profiles.replace', 1),
  ],
  endpoints: [{ host: 'api.courier.com', pathPrefix: '/send', body: [{ path: 'message.to.email', category: EMAIL }, { path: 'message.to.phone_number', category: PHONE }] }],
};

// https://docs.novu.co/platform/sdks/server/typescript
export const novu: CatalogEntry = {
  id: 'novu',
  name: 'Novu',
  kind: 'messaging',
  docs: 'https://docs.novu.co/platform/sdks/server/typescript',
  packages: ['@novu/node', '@novu/api'],
  // @novu/node: novu.trigger(workflowId, { to, payload }); @novu/api: novu.trigger({ workflowId, to, payload }).
  calls: [
    { method: 'trigger', args: [{ index: 0, paths: ['to', 'payload'] }, { index: 1, paths: ['to', 'payload'] }, { index: 0, paths: ['to.email'], category: EMAIL }, { index: 1, paths: ['to.email'], category: EMAIL }] },
    call('triggerBulk', 0),
    call('subscribers.identify', 0, 1),
    call('subscribers.create', 0),
    call('subscribers.update', 0, 1),
    call('subscribers.patch', 0, 1),
  ],
  endpoints: [{ host: 'api.novu.co', pathPrefix: '/v1/', body: [{ path: 'to.email', category: EMAIL }] }, { host: 'eu.api.novu.co', pathPrefix: '/v1/', body: [{ path: 'to.email', category: EMAIL }] }],
};

// https://discord.js.org/docs/packages/discord.js/main/TextChannel:Class#send
export const discord: CatalogEntry = {
  id: 'discord',
  name: 'Discord',
  kind: 'messaging',
  docs: 'https://discord.js.org/docs/packages/discord.js/main/TextChannel:Class#send',
  packages: ['discord.js', '@discordjs/rest', '@discordjs/core'],
  // channel.send(content), webhookClient.send({ content, embeds }), interaction.reply(...).
  calls: [call('send', 0), call('reply', 0), call('editReply', 0), call('followUp', 0), call('createMessage', 1)],
  endpoints: [
    { host: 'discord.com', pathPrefix: '/api/webhooks/' },
    { host: 'discordapp.com', pathPrefix: '/api/webhooks/' },
    { host: 'discord.com', pathPrefix: '/api/v10/channels/' },
  ],
};

// https://core.telegram.org/bots/api#sendmessage
export const telegram: CatalogEntry = {
  id: 'telegram',
  name: 'Telegram Bot API',
  kind: 'messaging',
  docs: 'https://core.telegram.org/bots/api#sendmessage',
  // telegraf: bot.telegram.sendMessage(chatId, text); grammY: bot.api.sendMessage(chatId, text); node-telegram-bot-api: bot.sendMessage(chatId, text).
  packages: ['telegraf', 'grammy', 'node-telegram-bot-api'],
  calls: [
    call('sendMessage', 0, 1),
    call('sendPhoto', 0, 1, 2),
    call('sendDocument', 0, 1, 2),
    call('sendContact', 0, 1, 2),
    call('sendLocation', 0, 1, 2),
    call('editMessageText', 0, 1, 2),
  ],
  // chat_id: the chat the message goes to, a person's own for a private chat (https://core.telegram.org/bots/api#chat).
  endpoints: [{ host: 'api.telegram.org', body: [{ path: 'chat_id', category: 'user.unique_id' }] }],
};

// https://learn.microsoft.com/en-us/javascript/api/botbuilder-core/turncontext#botbuilder-core-turncontext-sendactivity
export const microsoftTeams: CatalogEntry = {
  id: 'microsoft-teams',
  name: 'Microsoft Teams',
  kind: 'messaging',
  docs: 'https://learn.microsoft.com/en-us/javascript/api/botbuilder-core/turncontext#botbuilder-core-turncontext-sendactivity',
  packages: ['botbuilder', '@microsoft/teams-ai', '@microsoft/teams.apps'],
  calls: [call('sendActivity', 0), call('sendActivities', 0), call('send', 0)],
  endpoints: [{ host: '*.webhook.office.com' }, { host: '*.logic.azure.com' }],
};

// https://getstream.io/chat/docs/node/update_users/
export const streamChat: CatalogEntry = {
  id: 'stream-chat',
  name: 'Stream Chat',
  kind: 'messaging',
  docs: 'https://getstream.io/chat/docs/node/update_users/',
  packages: ['stream-chat', 'stream-chat-react', 'stream-chat-react-native', '@stream-io/node-sdk'],
  calls: [
    call('upsertUser', 0),
    call('upsertUsers', 0),
    call('partialUpdateUser', 0),
    call('partialUpdateUsers', 0),
    call('connectUser', 0),
    call('sendMessage', 0),
    call('updateMessage', 0),
    call('createToken', 0),
  ],
};

// https://sendbird.com/docs/chat/sdk/v4/javascript/user/managing-users/updating-a-users-profile
export const sendbird: CatalogEntry = {
  id: 'sendbird',
  name: 'Sendbird',
  kind: 'messaging',
  docs: 'https://sendbird.com/docs/chat/sdk/v4/javascript/user/managing-users/updating-a-users-profile',
  packages: ['@sendbird/chat', '@sendbird/uikit-react', 'sendbird'],
  calls: [
    setter('connect', 'user.unique_id'),
    call('updateCurrentUserInfo', 0),
    call('sendUserMessage', 0),
    call('sendFileMessage', 0),
    call('updateUserMessage', 1),
  ],
  endpoints: [{ host: '*.sendbird.com', pathPrefix: '/v3/' }],
};

// https://pusher.com/docs/channels/server_api/http-api/#publishing-events
export const pusher: CatalogEntry = {
  id: 'pusher',
  name: 'Pusher Channels',
  kind: 'messaging',
  docs: 'https://pusher.com/docs/channels/server_api/http-api/#publishing-events',
  packages: ['pusher', 'pusher-js'],
  // pusher.trigger(channel, event, data); sendToUser(userId, event, data); authenticateUser(socketId, { id, user_info }).
  calls: [
    call('trigger', 2),
    call('triggerBatch', 0),
    { method: 'sendToUser', args: [{ index: 0, category: 'user.unique_id' }, { index: 2 }] },
    call('authenticateUser', 1),
    call('authorizeChannel', 2),
  ],
};

// https://ably.com/docs/api/realtime-sdk/channels#publish
export const ably: CatalogEntry = {
  id: 'ably',
  name: 'Ably',
  kind: 'messaging',
  docs: 'https://ably.com/docs/api/realtime-sdk/channels#publish',
  packages: ['ably'],
  calls: [call('publish', 0, 1), call('presence.enter', 0), call('presence.update', 0)],
};

// https://github.com/railsware/mailtrap-nodejs#sending-api
export const mailtrap: CatalogEntry = {
  id: 'mailtrap',
  name: 'Mailtrap',
  kind: 'messaging',
  docs: 'https://github.com/railsware/mailtrap-nodejs#sending-api',
  packages: ['mailtrap'],
  // client.send({ from, to: [{ email, name }], subject, text }).
  calls: [addressedTo(call('testing.send', 0), 0, MAIL_TO, EMAIL), addressedTo(call('send', 0), 0, MAIL_TO, EMAIL), call('batchSend', 0)],
  endpoints: [{ host: 'send.api.mailtrap.io', pathPrefix: '/api/send' }],
};

// https://github.com/eleith/emailjs#smtpclientsendasyncmessage
export const emailjs: CatalogEntry = {
  id: 'emailjs',
  name: 'emailjs (SMTP client)',
  kind: 'messaging',
  docs: 'https://github.com/eleith/emailjs#smtpclientsendasyncmessage',
  packages: ['emailjs'],
  calls: [addressedTo(call('sendAsync', 0), 0, MAIL_TO, EMAIL), addressedTo(call('send', 0), 0, MAIL_TO, EMAIL)],
};

// https://www.emailjs.com/docs/sdk/send/
export const emailjsCom: CatalogEntry = {
  id: 'emailjs-com',
  name: 'EmailJS',
  kind: 'messaging',
  docs: 'https://www.emailjs.com/docs/sdk/send/',
  packages: ['@emailjs/browser', '@emailjs/nodejs', 'emailjs-com'],
  // emailjs.send(serviceId, templateId, templateParams); sendForm(serviceId, templateId, form).
  calls: [call('send', 2), call('sendForm', 2)],
  endpoints: [{ host: 'api.emailjs.com', pathPrefix: '/api/v1.0/email/' }],
};

// https://learn.microsoft.com/en-us/javascript/api/overview/azure/communication-sms-readme
export const azureCommunicationServices: CatalogEntry = {
  id: 'azure-communication-services',
  name: 'Azure Communication Services',
  kind: 'messaging',
  docs: 'https://learn.microsoft.com/en-us/javascript/api/overview/azure/communication-sms-readme',
  packages: ['@azure/communication-sms', '@azure/communication-email'],
  // SmsClient.send({ from, to: [phone], message }); EmailClient.beginSend({ senderAddress, recipients: { to: [{ address }] }, content }).
  calls: [
    addressedTo(call('send', 0), 0, ['to'], PHONE),
    addressedTo(call('beginSend', 0), 0, ['recipients.to', 'recipients.cc', 'recipients.bcc'], EMAIL),
  ],
};

// https://dev.bandwidth.com/docs/messaging/
export const bandwidth: CatalogEntry = {
  id: 'bandwidth',
  name: 'Bandwidth',
  kind: 'messaging',
  docs: 'https://dev.bandwidth.com/docs/messaging/',
  packages: ['@bandwidth/messaging', 'bandwidth-sdk'],
  // controller.createMessage(accountId, { applicationId, to: [phone], from, text }).
  calls: [addressedTo(call('createMessage', 1), 1, ['to'], PHONE)],
  endpoints: [{ host: 'messaging.bandwidth.com', pathPrefix: '/api/v2/', body: [{ path: 'to', category: PHONE }] }],
};

// https://developers.ringcentral.com/guide/messaging/sms/sending-sms
export const ringcentral: CatalogEntry = {
  id: 'ringcentral',
  name: 'RingCentral',
  kind: 'messaging',
  docs: 'https://developers.ringcentral.com/guide/messaging/sms/sending-sms',
  packages: ['@ringcentral/sdk'],
  // sdk.platform().post('/restapi/v1.0/account/~/extension/~/sms', { from, to: [{ phoneNumber }], text }).
  calls: [call('platform.post', 1), call('platform.put', 1)],
};

// https://docs.seven.io/en/developer/sdks/javascript
export const sevenIo: CatalogEntry = {
  id: 'seven-io',
  name: 'seven.io (sms77)',
  kind: 'messaging',
  docs: 'https://docs.seven.io/en/developer/sdks/javascript',
  packages: ['sms77-client', '@seven.io/client'],
  calls: [addressedTo(call('sms', 0), 0, ['to'], PHONE), addressedTo(call('dispatch', 0), 0, ['to'], PHONE)],
  endpoints: [{ host: 'gateway.seven.io', pathPrefix: '/api/sms', body: [{ path: 'to', category: PHONE }] }],
};

// https://pushpad.xyz/docs/nodejs_library
export const pushpad: CatalogEntry = {
  id: 'pushpad',
  name: 'Pushpad',
  kind: 'messaging',
  docs: 'https://pushpad.xyz/docs/nodejs_library',
  packages: ['pushpad'],
  // new pushpad.Notification({ project, body }).deliverTo(uids): the uids are the app's user ids.
  calls: [setter('deliverTo', 'user.unique_id')],
};

export const MESSAGING: readonly CatalogEntry[] = [
  sendgrid, twilio, onesignal, postmark, resend, mailgun, awsSes, slack, nodemailer, nestjsMailer, mailjet, sparkpost, plunk,
  mailchannels, mailersend, zeptomail, vonage, messagebird, plivo, sinch, telnyx, awsSns, infobip, termii,
  africasTalking, clicksend, firebaseCloudMessaging, expoPush, webPush, apns, pusherBeams, knock, courier, novu, discord,
  telegram, microsoftTeams, streamChat, sendbird, pusher, ably, mailtrap, emailjs, emailjsCom, azureCommunicationServices,
  bandwidth, ringcentral, sevenIo, pushpad,
];
