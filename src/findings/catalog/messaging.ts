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
    call('batch.send', 0),
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

export const MESSAGING: readonly CatalogEntry[] = [sendgrid, twilio, onesignal, postmark, resend, mailgun, awsSes, slack, nodemailer];
