import { describe, expect, test } from 'vitest';
import { PrivlintError } from '../errors.js';
import { mergeApplePrivacyManifest, type ApplePrivacyManifest } from './apple.js';
import { readPlistDictionary } from './plist.js';

const FIX = 'pass --force to replace it';
const wrap = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n${body}</dict>\n</plist>\n`;

const refusal = (text: string): string => {
  try {
    readPlistDictionary(text, 'PrivacyInfo.xcprivacy', FIX);
  } catch (error) {
    expect(error).toBeInstanceOf(PrivlintError);
    return (error as PrivlintError).message;
  }
  throw new Error('expected the property list to be refused');
};

describe('readPlistDictionary', () => {
  test('reads every value type, decodes entities, and keeps each entry as written', () => {
    const entries = readPlistDictionary(
      wrap('\t<key>A</key>\n\t<string>x &amp; &#x3C;y&#62;</string>\n\t<key>B</key>\n\t<array><integer>3</integer><real>1.5</real><true/><false/><dict/><array/><string/></array>\n\t<!-- a note -->\n\t<key>C</key>\n\t<dict><key>D</key><date>2026-01-01T00:00:00Z</date></dict>\n'),
      'f',
      FIX,
    );
    expect(entries.map((entry) => [entry.key, entry.value])).toEqual([
      ['A', 'x & <y>'],
      ['B', [3, 1.5, true, false, {}, [], '']],
      ['C', { D: '2026-01-01T00:00:00Z' }],
    ]);
    expect(entries[0]?.raw).toBe('<key>A</key>\n\t<string>x &amp; &#x3C;y&#62;</string>');
  });

  test.each([
    ['a binary property list', 'bplist00\u0000\u0001', 'PrivacyInfo.xcprivacy:1:1 is a binary property list, which privlint does not read; convert it to XML (plutil -convert xml1 PrivacyInfo.xcprivacy) and run again, or pass --force to replace it.'],
    ['JSON', '{"NSPrivacyTracking": false}', 'PrivacyInfo.xcprivacy:1:1 expected a tag; privlint cannot merge into it without losing what it holds, so fix the file, or pass --force to replace it.'],
    ['a file cut short', wrap('\t<key>A</key>\n').split('</dict>')[0] ?? '', 'PrivacyInfo.xcprivacy:6:1 the file ends before the property list is complete; privlint cannot merge into it without losing what it holds, so fix the file, or pass --force to replace it.'],
    ['a key twice', wrap('\t<key>A</key><true/>\n\t<key>A</key><false/>\n'), 'PrivacyInfo.xcprivacy:6:2 the key A appears twice in the same dictionary; privlint cannot merge into it without losing what it holds, so fix the file, or pass --force to replace it.'],
    ['an unknown character reference', wrap('\t<key>A</key><string>&nbsp;</string>\n'), 'PrivacyInfo.xcprivacy:5:22 "&nbsp;" is not a character reference XML knows; privlint cannot merge into it without losing what it holds, so fix the file, or pass --force to replace it.'],
  ])('refuses %s with its line and column', (_name, text, message) => {
    expect(refusal(text)).toBe(message);
  });
});

describe('mergeApplePrivacyManifest', () => {
  const privacyManifest: ApplePrivacyManifest = {
    tracking: false,
    trackingDomains: [],
    collectedDataTypes: [],
    accessedApiTypes: [{ category: 'DiskSpace', reasons: ['E174.1'] }],
  };

  test('a declared NSPrivacyAccessedAPITypes replaces the file\'s where it stands; other keys keep their place and bytes', () => {
    const existing = readPlistDictionary(
      wrap('\t<key>Custom</key>\n\t<string>kept</string>\n\t<key>NSPrivacyAccessedAPITypes</key>\n\t<array/>\n'),
      'f',
      FIX,
    );
    expect(mergeApplePrivacyManifest(privacyManifest, existing)).toBe(
      wrap(
        [
          '\t<key>Custom</key>',
          '\t<string>kept</string>',
          '\t<key>NSPrivacyAccessedAPITypes</key>',
          '\t<array>',
          '\t\t<dict>',
          '\t\t\t<key>NSPrivacyAccessedAPIType</key>',
          '\t\t\t<string>NSPrivacyAccessedAPICategoryDiskSpace</string>',
          '\t\t\t<key>NSPrivacyAccessedAPITypeReasons</key>',
          '\t\t\t<array>',
          '\t\t\t\t<string>E174.1</string>',
          '\t\t\t</array>',
          '\t\t</dict>',
          '\t</array>',
          '\t<key>NSPrivacyTracking</key>',
          '\t<false/>',
          '\t<key>NSPrivacyTrackingDomains</key>',
          '\t<array/>',
          '\t<key>NSPrivacyCollectedDataTypes</key>',
          '\t<array/>',
          '',
        ].join('\n'),
      ),
    );
  });
});
