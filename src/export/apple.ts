import type { Manifest } from '../manifest/types.js';
import { compareStrings } from '../notice/completeness.js';
import type { RequiredReasonCategory } from './apple-required-reasons.js';
import { sortWarnings, type ManifestWarning } from '../notice/warnings.js';
import type { AppleDataType, ApplePurpose } from './crosswalk.js';
import { mapFieldsToStores } from './store-mapping.js';

export interface AppleCollectedDataType {
  type: AppleDataType;
  linked: boolean;
  tracking: boolean;
  purposes: ApplePurpose[];
  /** The manifest fields behind this entry. */
  fields: string[];
}

export interface AppleAccessedApiType {
  category: RequiredReasonCategory;
  reasons: string[];
}

export interface ApplePrivacyManifest {
  tracking: boolean;
  trackingDomains: string[];
  collectedDataTypes: AppleCollectedDataType[];
  /** NSPrivacyAccessedAPITypes, only when the manifest declares it (`stores.apple.accessedApiTypes`). */
  accessedApiTypes?: AppleAccessedApiType[];
}

/** The top-level keys privlint writes; every other key of an existing PrivacyInfo.xcprivacy is kept as it is. */
export function getOwnedAppleKeys(privacyManifest: ApplePrivacyManifest): string[] {
  const keys = ['NSPrivacyTracking', 'NSPrivacyTrackingDomains', 'NSPrivacyCollectedDataTypes'];
  return privacyManifest.accessedApiTypes === undefined ? keys : [...keys, 'NSPrivacyAccessedAPITypes'];
}

/**
 * Manifest → the content of PrivacyInfo.xcprivacy. Fields processed only ephemerally are not "collected" in
 * Apple's sense (kept no longer than needed to serve the request in real time) and are left out.
 * NSPrivacyAccessedAPITypes (required-reason APIs) depends on native code privlint does not read: it is written only
 * when `stores.apple.accessedApiTypes` declares it, and otherwise left to the existing file (see mergeApplePrivacyManifest).
 */
export function createApplePrivacyManifest(manifest: Manifest): { privacyManifest: ApplePrivacyManifest; warnings: ManifestWarning[] } {
  const warnings: ManifestWarning[] = [];
  const byType = new Map<AppleDataType, AppleCollectedDataType>();
  for (const mapped of mapFieldsToStores(manifest, 'apple', warnings)) {
    if (mapped.apple === null || mapped.field.processedEphemerally === true) continue;
    const { id, field } = mapped;
    let linked = field.linkedToIdentity;
    if (linked === undefined) {
      linked = true;
      warnings.push({
        path: ['fields', id],
        message: `fields.${id} does not say whether it is linked to the person's identity; exported as linked (the cautious answer), set fields.${id}.linkedToIdentity`,
      });
    }
    let tracking = field.usedForTracking;
    if (tracking === undefined) {
      tracking = mapped.applePurposes.includes('ThirdPartyAdvertising');
      warnings.push({
        path: ['fields', id],
        message: `fields.${id} does not say whether it is used for tracking; exported as ${tracking ? 'tracking (it serves third-party advertising)' : 'not tracking'}, set fields.${id}.usedForTracking`,
      });
    }
    const entry = byType.get(mapped.apple) ?? { type: mapped.apple, linked: false, tracking: false, purposes: [], fields: [] };
    entry.linked ||= linked;
    entry.tracking ||= tracking;
    entry.purposes = [...new Set([...entry.purposes, ...mapped.applePurposes])].sort(compareStrings);
    entry.fields.push(id);
    byType.set(mapped.apple, entry);
  }
  const collectedDataTypes = [...byType.values()].sort((a, b) => compareStrings(a.type, b.type));
  const anyTracking = collectedDataTypes.some((entry) => entry.tracking);
  const apple = manifest.stores.apple ?? {};
  let tracking = apple.tracking;
  if (tracking === undefined) {
    tracking = anyTracking;
    warnings.push({
      path: ['stores'],
      message: `stores.apple.tracking is not set; NSPrivacyTracking is ${tracking} because ${tracking ? 'a field is' : 'no field is'} used for tracking, set stores.apple.tracking to confirm`,
    });
  } else if (!tracking && anyTracking) {
    warnings.push({
      path: ['stores', 'apple', 'tracking'],
      message: 'stores.apple.tracking is false, but a field is used for tracking; NSPrivacyTracking is written as false as declared, check the fields marked usedForTracking',
    });
  }
  const trackingDomains = [...(apple.trackingDomains ?? [])].sort(compareStrings);
  if (tracking && trackingDomains.length === 0) {
    warnings.push({
      path: ['stores'],
      message: 'NSPrivacyTracking is true but stores.apple.trackingDomains lists no domain; iOS blocks tracking domains only when they are declared',
    });
  }
  const privacyManifest: ApplePrivacyManifest = { tracking, trackingDomains, collectedDataTypes };
  if (apple.accessedApiTypes !== undefined) {
    privacyManifest.accessedApiTypes = [...apple.accessedApiTypes]
      .map((entry) => ({ category: entry.category, reasons: [...new Set(entry.reasons)].sort(compareStrings) }))
      .sort((a, b) => compareStrings(a.category, b.category));
  }
  return { privacyManifest, warnings: sortWarnings(warnings) };
}

/** ApplePrivacyManifest → XML property list, as Xcode writes PrivacyInfo.xcprivacy. */
export function formatApplePrivacyManifest(privacyManifest: ApplePrivacyManifest): string {
  const entries = [...formatOwnedEntries(privacyManifest).values()];
  return wrapPlist(entries.map((lines) => lines.join('\n')));
}

/**
 * Writes the manifest's keys into an existing PrivacyInfo.xcprivacy: every key privlint owns is replaced where it
 * stands (or appended), every other key (NSPrivacyAccessedAPITypes of the native code, keys a later Xcode adds)
 * is kept byte for byte. `existing` comes from readPlistDictionary.
 */
export function mergeApplePrivacyManifest(privacyManifest: ApplePrivacyManifest, existing: readonly { key: string; raw: string }[]): string {
  const owned = formatOwnedEntries(privacyManifest);
  const written = new Set<string>();
  const entries = existing.map((entry) => {
    const lines = owned.get(entry.key);
    if (lines === undefined) return `\t${entry.raw}`;
    written.add(entry.key);
    return lines.join('\n');
  });
  for (const [key, lines] of owned) if (!written.has(key)) entries.push(lines.join('\n'));
  return wrapPlist(entries);
}

function wrapPlist(entries: string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    ...entries,
    '</dict>',
    '</plist>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Each owned top-level key with its value, indented one tab, in privlint's order. */
function formatOwnedEntries(privacyManifest: ApplePrivacyManifest): Map<string, string[]> {
  const entries = new Map<string, string[]>([
    ['NSPrivacyTracking', ['\t<key>NSPrivacyTracking</key>', `\t${bool(privacyManifest.tracking)}`]],
    [
      'NSPrivacyTrackingDomains',
      ['\t<key>NSPrivacyTrackingDomains</key>', ...array(privacyManifest.trackingDomains.map((domain) => `<string>${escapeXml(domain)}</string>`), 1)],
    ],
    [
      'NSPrivacyCollectedDataTypes',
      [
        '\t<key>NSPrivacyCollectedDataTypes</key>',
        ...array(
          privacyManifest.collectedDataTypes.flatMap((entry) => [
            '<dict>',
            '\t<key>NSPrivacyCollectedDataType</key>',
            `\t<string>NSPrivacyCollectedDataType${entry.type}</string>`,
            '\t<key>NSPrivacyCollectedDataTypeLinked</key>',
            `\t${bool(entry.linked)}`,
            '\t<key>NSPrivacyCollectedDataTypeTracking</key>',
            `\t${bool(entry.tracking)}`,
            '\t<key>NSPrivacyCollectedDataTypePurposes</key>',
            ...array(entry.purposes.map((purpose) => `<string>NSPrivacyCollectedDataTypePurpose${purpose}</string>`), 1),
            '</dict>',
          ]),
          1,
        ),
      ],
    ],
  ]);
  if (privacyManifest.accessedApiTypes !== undefined) {
    entries.set('NSPrivacyAccessedAPITypes', [
      '\t<key>NSPrivacyAccessedAPITypes</key>',
      ...array(
        privacyManifest.accessedApiTypes.flatMap((entry) => [
          '<dict>',
          '\t<key>NSPrivacyAccessedAPIType</key>',
          `\t<string>NSPrivacyAccessedAPICategory${entry.category}</string>`,
          '\t<key>NSPrivacyAccessedAPITypeReasons</key>',
          ...array(entry.reasons.map((reason) => `<string>${escapeXml(reason)}</string>`), 1),
          '</dict>',
        ]),
        1,
      ),
    ]);
  }
  return entries;
}

const bool = (value: boolean) => (value ? '<true/>' : '<false/>');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function array(items: string[], depth: number): string[] {
  const indent = '\t'.repeat(depth);
  if (items.length === 0) return [`${indent}<array/>`];
  return [`${indent}<array>`, ...items.map((line) => `${indent}\t${line}`), `${indent}</array>`];
}
