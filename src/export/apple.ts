import type { Manifest } from '../manifest/types.js';
import { compareStrings } from '../notice/completeness.js';
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

export interface ApplePrivacyManifest {
  tracking: boolean;
  trackingDomains: string[];
  collectedDataTypes: AppleCollectedDataType[];
}

/**
 * Manifest → the content of PrivacyInfo.xcprivacy. Fields processed only ephemerally are not "collected" in
 * Apple's sense (kept no longer than needed to serve the request in real time) and are left out.
 * NSPrivacyAccessedAPITypes (required-reason APIs) depends on native code privlint does not read, so it is not written.
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
  return { privacyManifest: { tracking, trackingDomains, collectedDataTypes }, warnings: sortWarnings(warnings) };
}

/** ApplePrivacyManifest → XML property list, as Xcode writes PrivacyInfo.xcprivacy. */
export function formatApplePrivacyManifest(privacyManifest: ApplePrivacyManifest): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSPrivacyTracking</key>',
    `\t${bool(privacyManifest.tracking)}`,
    '\t<key>NSPrivacyTrackingDomains</key>',
    ...array(privacyManifest.trackingDomains.map((domain) => `<string>${escapeXml(domain)}</string>`), 1),
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
    '</dict>',
    '</plist>',
  ];
  return `${lines.join('\n')}\n`;
}

const bool = (value: boolean) => (value ? '<true/>' : '<false/>');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function array(items: string[], depth: number): string[] {
  const indent = '\t'.repeat(depth);
  if (items.length === 0) return [`${indent}<array/>`];
  return [`${indent}<array>`, ...items.map((line) => `${indent}\t${line}`), `${indent}</array>`];
}
