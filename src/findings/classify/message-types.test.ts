import { describe, expect, test } from 'vitest';
import { classifyMessageAddressee, isMessageBody } from './message-types.js';

describe('classifyMessageAddressee', () => {
  test('the addressee of a message type is the contact its channel sends to', () => {
    expect(classifyMessageAddressee('ISmsOptions', ['to', 'content', 'from'], 'to')).toBe('user.contact.phone_number');
    expect(classifyMessageAddressee('WhatsAppMessage', ['to', 'text'], 'to')).toBe('user.contact.phone_number');
    expect(classifyMessageAddressee('IEmailOptions', ['to', 'subject', 'html', 'cc'], 'cc')).toBe('user.contact.email');
    expect(classifyMessageAddressee('SendMailOptions', ['recipients', 'text'], 'recipients')).toBe('user.contact.email');
    expect(classifyMessageAddressee('IPushOptions', ['target', 'title', 'content'], 'target')).toBe('user.device.device_id');
  });

  test('a type without a channel is a mail when it has a subject or html', () => {
    expect(classifyMessageAddressee('Outgoing', ['to', 'subject', 'text'], 'to')).toBe('user.contact.email');
    expect(classifyMessageAddressee(undefined, ['to', 'html'], 'to')).toBe('user.contact.email');
  });

  test('routes, settings and messages of no channel name nobody', () => {
    expect(classifyMessageAddressee('AlertSmsRoute', ['to', 'from'], 'to')).toBeUndefined();
    expect(classifyMessageAddressee('RelayOptions', ['target', 'body'], 'target')).toBeUndefined();
    expect(classifyMessageAddressee('NavItem', ['to', 'title'], 'to')).toBeUndefined();
    expect(classifyMessageAddressee('ISmsOptions', ['to', 'content', 'cc'], 'cc')).toBeUndefined();
    expect(classifyMessageAddressee('ISmsOptions', ['to', 'content'], 'content')).toBeUndefined();
  });
});

describe('isMessageBody', () => {
  test('the body of a message addressed on a channel is what its recipient reads', () => {
    expect(isMessageBody('ISmsOptions', ['to', 'content', 'from'], 'content')).toBe(true);
    expect(isMessageBody('IEmailOptions', ['to', 'subject', 'html', 'text'], 'html')).toBe(true);
    expect(isMessageBody('IChatOptions', ['webhookUrl', 'channel', 'content'], 'content')).toBe(true);
  });

  test('labels, alerts of no channel and messages sent nowhere are not', () => {
    expect(isMessageBody('IEmailOptions', ['to', 'subject', 'html'], 'subject')).toBe(false);
    expect(isMessageBody('AlertOptions', ['webhookUrl', 'message'], 'message')).toBe(false);
    expect(isMessageBody('ChatTemplate', ['name', 'content'], 'content')).toBe(false);
    expect(isMessageBody('RelayOptions', ['target', 'body'], 'body')).toBe(false);
  });
});
