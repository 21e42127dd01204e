import type { Field, Manifest } from '../manifest/types.js';
import { compareStrings, sortedKeys } from '../notice/completeness.js';
import type { ManifestWarning } from '../notice/warnings.js';
import {
  findCategoryCrosswalk,
  findDataUseCrosswalk,
  type AppleDataType,
  type ApplePurpose,
  type PlayDataType,
  type PlayPurpose,
} from './crosswalk.js';

export interface MappedField {
  id: string;
  field: Field;
  apple: AppleDataType | null;
  play: PlayDataType | null;
  applePurposes: ApplePurpose[];
  playPurposes: PlayPurpose[];
}

/**
 * Maps every field and its purposes through the crosswalk. What has no store equivalent is reported once per
 * manifest entry as a warning with the crosswalk's reason, never dropped silently.
 */
export function mapFieldsToStores(manifest: Manifest, store: 'apple' | 'play', warnings: ManifestWarning[]): MappedField[] {
  const storeName = store === 'apple' ? 'the Apple privacy manifest' : 'the Google Play Data safety form';
  const purposeWarned = new Set<string>();
  return sortedKeys(manifest.fields).flatMap((id) => {
    const field = manifest.fields[id];
    if (!field) return [];
    const row = findCategoryCrosswalk(field.category);
    // A field's own storeDataTypes wins: fideslang has no fitness category, so steps and workouts say Fitness here.
    const apple = field.storeDataTypes?.apple ?? row?.apple ?? null;
    const play = field.storeDataTypes?.play ?? row?.play ?? null;
    const type = store === 'apple' ? apple : play;
    if (type === null) {
      const reason = row?.note ?? `privlint has no mapping for category ${field.category}`;
      warnings.push({
        path: ['fields', id, 'category'],
        message: `fields.${id} (${field.category}) is left out of ${storeName}: ${reason}; or name its store data type in fields.${id}.storeDataTypes`,
      });
    }
    const ownType = store === 'apple' ? field.storeDataTypes?.apple : field.storeDataTypes?.play;
    if (type !== null && ownType === undefined && row?.caveat) {
      const storeKey = store === 'apple' ? 'apple' : 'play';
      warnings.push({
        path: ['fields', id, 'category'],
        message: `fields.${id} (${field.category}) is listed as ${type} in ${storeName}: ${row.caveat}; name it in fields.${id}.storeDataTypes.${storeKey} to say which`,
      });
    }
    const applePurposes = new Set<ApplePurpose>();
    const playPurposes = new Set<PlayPurpose>();
    for (const purposeId of field.purposes) {
      const purpose = manifest.purposes[purposeId];
      if (!purpose) continue;
      if (purpose.use === undefined) {
        if (store === 'apple') applePurposes.add('Other');
        if (!purposeWarned.has(purposeId)) {
          purposeWarned.add(purposeId);
          warnings.push({
            path: ['purposes', purposeId],
            message:
              store === 'apple'
                ? `purposes.${purposeId} has no use (a fideslang data use), so ${storeName} lists it as Other; add purposes.${purposeId}.use`
                : `purposes.${purposeId} has no use (a fideslang data use), so it is left out of ${storeName}; add purposes.${purposeId}.use`,
          });
        }
        continue;
      }
      const mapping = findDataUseCrosswalk(purpose.use);
      if (store === 'apple') {
        const applePurpose = mapping?.apple ?? 'Other';
        applePurposes.add(applePurpose);
        if (applePurpose === 'Other' && !purposeWarned.has(purposeId)) {
          purposeWarned.add(purposeId);
          warnings.push({
            path: ['purposes', purposeId, 'use'],
            message: `purposes.${purposeId} (${purpose.use}) has no Apple purpose of its own and is listed as Other${mapping?.note ? `: ${mapping.note}` : ''}`,
          });
        }
      } else if (mapping?.play) {
        playPurposes.add(mapping.play);
      } else if (!purposeWarned.has(purposeId)) {
        purposeWarned.add(purposeId);
        warnings.push({
          path: ['purposes', purposeId, 'use'],
          message: `purposes.${purposeId} (${purpose.use}) is left out of ${storeName}: ${mapping?.note ?? 'privlint has no mapping for this data use'}`,
        });
      }
    }
    return [
      {
        id,
        field,
        apple,
        play,
        applePurposes: [...applePurposes].sort(compareStrings),
        playPurposes: [...playPurposes].sort(compareStrings),
      },
    ];
  });
}

/** The Play purposes of some purposes; those without one were already reported by mapFieldsToStores. */
export function toPlayPurposes(manifest: Manifest, purposeIds: readonly string[]): PlayPurpose[] {
  const purposes = new Set<PlayPurpose>();
  for (const purposeId of purposeIds) {
    const use = manifest.purposes[purposeId]?.use;
    const play = use === undefined ? undefined : findDataUseCrosswalk(use)?.play;
    if (play) purposes.add(play);
  }
  return [...purposes].sort(compareStrings);
}
