import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { applyAdditions } from './apply.js';
import type { Additions, NewField, NewRecipient } from './plan.js';

const none: Additions = { fields: [], recipients: [], fieldAdditions: [], todoPurpose: false };
const evidence = [{ location: { file: 'src/a.ts', line: 3, column: 5 }, expression: 'user.phone', sink: 'sms.send → twilio' }];
const phone: NewField = {
  id: 'phone_number',
  category: 'user.contact.phone_number',
  purposes: ['todo'],
  recipients: ['twilio'],
  storage: ['database'],
  source: 'user',
  evidence,
};
const twilio: NewRecipient = { id: 'twilio', codeId: 'twilio', kind: 'messaging', role: 'processor', purposes: ['todo'], hosts: [], evidence };

describe('applyAdditions', () => {
  test('nothing planned leaves the text as it is', () => {
    const text = 'version: 1\nfields:\n  email:   { category: user.contact.email }   # aligned\n';
    expect(applyAdditions(text, none)).toBe(text);
  });

  test('appends to flow and block lists and adds missing keys, touching nothing else', () => {
    const text = [
      '# top comment',
      'fields:',
      '  email:',
      '    category: user.contact.email   # the login',
      '    recipients: [segment]',
      '    storage:',
      '      - database',
      '',
      '  # the name, as typed',
      '  name:',
      "    category: 'user.name'",
      'rules: {}',
      '',
    ].join('\n');
    const result = applyAdditions(text, {
      ...none,
      fieldAdditions: [
        { field: 'email', purposes: [], recipients: ['posthog'], storage: ['cookie'], evidence },
        { field: 'name', purposes: ['analytics'], recipients: ['segment'], storage: [], evidence },
      ],
    });
    expect(result).toBe(
      [
        '# top comment',
        'fields:',
        '  email:',
        '    category: user.contact.email   # the login',
        '    recipients: [segment, posthog]',
        '    storage:',
        '      - database',
        '      - cookie',
        '',
        '  # the name, as typed',
        '  name:',
        "    category: 'user.name'",
        '    purposes: [analytics]',
        '    recipients: [segment]',
        'rules: {}',
        '',
      ].join('\n'),
    );
  });

  test('adds entries with comments at the indentation the file uses, and missing sections at the end', () => {
    const text = 'version: 1\npurposes:\n    account: { description: Accounts, legalBasis: contract }\nfields:\n    email: { category: user.contact.email, purposes: [account], recipients: [] }\n';
    const result = applyAdditions(text, { fields: [phone], recipients: [twilio], fieldAdditions: [{ field: 'email', purposes: [], recipients: ['twilio'], storage: [], evidence }], todoPurpose: true });
    expect(result).toBe(
      [
        'version: 1',
        'purposes:',
        '    account: { description: Accounts, legalBasis: contract }',
        '    # added by privlint for entries whose purpose a person must decide',
        '    todo:',
        '        description: "TODO: say why this data is processed, give the purpose a real id, and add its legalBasis (consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests)"',
        'fields:',
        '    email: { category: user.contact.email, purposes: [account], recipients: [twilio] }',
        '    # found at src/a.ts:3:5: user.phone (sms.send → twilio)',
        '    phone_number:',
        '        category: user.contact.phone_number',
        '        description: "TODO: describe phone_number in words the people it belongs to understand"',
        '        purposes: [todo]',
        '        recipients: [twilio]',
        '        storage: [database]',
        '        retention: "TODO: how long phone_number is kept"',
        '        source: user',
        'recipients:',
        '    # found at src/a.ts:3:5: user.phone (sms.send → twilio)',
        '    twilio:',
        '        name: Twilio',
        '        kind: messaging',
        '        role: processor',
        '        purposes: [todo]',
        '        safeguard: "TODO: add `country` (ISO code) and, if it is outside the EU, the transfer safeguard; else remove this line"',
        '',
      ].join('\n'),
    );
    expect(parse(result).fields.phone_number.purposes).toEqual(['todo']);
  });

  test('a section key with nothing under it gets the entries right below it', () => {
    const result = applyAdditions('version: 1\nfields:\nrules: {}\n', { ...none, fields: [phone] });
    expect(result.split('\n').slice(0, 4)).toEqual(['version: 1', 'fields:', '  # found at src/a.ts:3:5: user.phone (sms.send → twilio)', '  phone_number:']);
    expect(parse(result).rules).toEqual({});
  });

  test('an empty flow map becomes a block map; CRLF files stay CRLF', () => {
    const result = applyAdditions('version: 1\r\nfields: {}\r\n', { ...none, fields: [phone] });
    expect(result.split('\r\n').slice(0, 4)).toEqual(['version: 1', 'fields:', '  # found at src/a.ts:3:5: user.phone (sms.send → twilio)', '  phone_number:']);
    expect(result).not.toMatch(/[^\r]\n/);
    expect(parse(result).fields.phone_number.category).toBe('user.contact.phone_number');
  });
});
