import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as plist from 'plist';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import type { Manifest } from '../manifest/types.js';
import { createApplePrivacyManifest, formatApplePrivacyManifest } from './apple.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const complete = loadManifest(fileURLToPath(new URL('../../fixtures/notice/complete/privacy.yml', import.meta.url)), { root }).manifest;

interface ParsedPrivacyInfo {
  NSPrivacyTracking: boolean;
  NSPrivacyTrackingDomains: string[];
  NSPrivacyCollectedDataTypes: {
    NSPrivacyCollectedDataType: string;
    NSPrivacyCollectedDataTypeLinked: boolean;
    NSPrivacyCollectedDataTypeTracking: boolean;
    NSPrivacyCollectedDataTypePurposes: string[];
  }[];
}

describe('export apple (PrivacyInfo.xcprivacy)', () => {
  const xml = formatApplePrivacyManifest(createApplePrivacyManifest(complete).privacyManifest);
  const parsed = plist.parse(xml) as unknown as ParsedPrivacyInfo;

  test('parses as a property list with the values the manifest declares', () => {
    expect(parsed.NSPrivacyTracking).toBe(true);
    expect(parsed.NSPrivacyTrackingDomains).toEqual(['ads.adnetwork.example']);
    expect(
      parsed.NSPrivacyCollectedDataTypes.map(
        (entry) =>
          `${entry.NSPrivacyCollectedDataType.replace('NSPrivacyCollectedDataType', '')} linked=${entry.NSPrivacyCollectedDataTypeLinked} tracking=${entry.NSPrivacyCollectedDataTypeTracking} ${entry.NSPrivacyCollectedDataTypePurposes.map((p) => p.replace('NSPrivacyCollectedDataTypePurpose', '')).join('+')}`,
      ),
    ).toEqual([
      // city is processed ephemerally: not "collected" in Apple's sense, so it is absent.
      'DeviceID linked=false tracking=true ThirdPartyAdvertising',
      // email also serves the training-tips newsletter (marketing.communications.email).
      'EmailAddress linked=true tracking=false AppFunctionality+DeveloperAdvertising',
      'Health linked=true tracking=false ProductPersonalization',
      'OtherFinancialInfo linked=true tracking=false AppFunctionality',
    ]);
  });

  test('round-trips through a plist parser and builder', () => {
    const rebuilt = plist.build(parsed as unknown as plist.PlistValue);
    expect(plist.parse(rebuilt)).toEqual(parsed);
  });

  test('matches the committed golden file byte for byte', () => {
    expect(xml).toBe(readFileSync(fileURLToPath(new URL('../../fixtures/notice/complete/PrivacyInfo.xcprivacy', import.meta.url)), 'utf8'));
  });

  test('an unmappable category is left out with a warning giving the reason, never silently', () => {
    const manifest: Manifest = {
      ...complete,
      fields: {
        password: {
          id: 'password',
          category: 'user.authorization.password',
          description: 'Your password',
          purposes: ['account'],
          recipients: [],
          storage: ['database'],
          retention: 'Until you delete your account',
          source: 'user',
          aliases: [],
          linkedToIdentity: true,
          usedForTracking: false,
        },
      },
    };
    const { privacyManifest, warnings } = createApplePrivacyManifest(manifest);
    expect(privacyManifest.collectedDataTypes).toEqual([]);
    expect(warnings).toEqual([
      {
        path: ['fields', 'password', 'category'],
        message:
          'fields.password (user.authorization.password) is left out of the Apple privacy manifest: neither store has a data type for passwords or sign-in secrets; declare the account identifier (user.account.username or user.unique_id) the credentials belong to; or name its store data type in fields.password.storeDataTypes',
      },
    ]);
  });

  test("browsing history is listed with a warning unless the field names its own store type (the stores mean sites outside the app)", () => {
    const base = complete.fields.email!;
    const visited = { ...base, id: 'pages_visited', category: 'user.behavior.browsing_history', purposes: ['account'] };
    const warned = createApplePrivacyManifest({ ...complete, fields: { pages_visited: visited } });
    expect(warned.privacyManifest.collectedDataTypes.map((entry) => entry.type)).toEqual(['BrowsingHistory']);
    expect(warned.warnings).toEqual([
      {
        path: ['fields', 'pages_visited', 'category'],
        message:
          "fields.pages_visited (user.behavior.browsing_history) is listed as BrowsingHistory in the Apple privacy manifest: both stores mean by browsing history the content a person viewed outside the app, such as websites; if the field is the app's own page or screen views, it is Apple's ProductInteraction and Play's PSL_USER_INTERACTION; name it in fields.pages_visited.storeDataTypes.apple to say which",
      },
    ]);
    const named = createApplePrivacyManifest({
      ...complete,
      fields: { pages_visited: { ...visited, storeDataTypes: { apple: 'ProductInteraction' } } },
    });
    expect(named.privacyManifest.collectedDataTypes.map((entry) => entry.type)).toEqual(['ProductInteraction']);
    expect(named.warnings).toEqual([]);
  });

  test('fields of one Apple type are merged: linked or tracking if any field is, purposes united', () => {
    const base = complete.fields.email!;
    const manifest: Manifest = {
      ...complete,
      fields: {
        first: { ...base, id: 'first', category: 'user.name.first', purposes: ['account'], linkedToIdentity: false },
        last: { ...base, id: 'last', category: 'user.name.last', purposes: ['ads'], linkedToIdentity: true, usedForTracking: true },
      },
    };
    expect(createApplePrivacyManifest(manifest).privacyManifest.collectedDataTypes).toEqual([
      { type: 'Name', linked: true, tracking: true, purposes: ['AppFunctionality', 'ThirdPartyAdvertising'], fields: ['first', 'last'] },
    ]);
  });
});
