import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import { parseCsv } from './csv.js';
import { createPlayDataSafety, formatPlayCsv, PLAY_CSV_HEADER, PLAY_DATA_TYPES } from './play.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (path: string) => loadManifest(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), { root }).manifest;

describe('export play (Data safety CSV)', () => {
  const rows = parseCsv(formatPlayCsv(createPlayDataSafety(load('notice/complete/privacy.yml')).dataSafety));
  const answered = rows.slice(1).filter((row) => row[2] !== '').map((row) => `${row[0]} ${row[1]} = ${row[2]}`);

  test('has the full template: header, 22 app questions, 38 data types, 19 usage rows per type', () => {
    expect(rows[0]).toEqual([...PLAY_CSV_HEADER]);
    expect(PLAY_DATA_TYPES).toHaveLength(38);
    expect(rows).toHaveLength(1 + 22 + 38 + 38 * 19);
    expect(rows.every((row) => row.length === 5)).toBe(true);
  });

  test('answers the app-level questions from service and stores', () => {
    expect(answered.filter((line) => !line.startsWith('PSL_DATA_USAGE_RESPONSES') && !line.startsWith('PSL_DATA_TYPES'))).toEqual([
      'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA  = true',
      'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT  = true',
      'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS PSL_ACM_USER_ID_PASSWORD = true',
      'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS PSL_ACM_OAUTH = true',
      'PSL_ACCOUNT_DELETION_URL  = https://pulse-coach.example/account/delete',
      'PSL_SUPPORT_DATA_DELETION_BY_USER DATA_DELETION_NO = true',
    ]);
  });

  test('declares each mapped type, shared only with non-processors, optional and ephemeral as the fields say', () => {
    expect(answered.filter((line) => line.startsWith('PSL_DATA_TYPES'))).toEqual([
      'PSL_DATA_TYPES_PERSONAL PSL_EMAIL = true',
      'PSL_DATA_TYPES_FINANCIAL PSL_OTHER = true',
      'PSL_DATA_TYPES_LOCATION PSL_APPROX_LOCATION = true',
      'PSL_DATA_TYPES_HEALTH_AND_FITNESS PSL_HEALTH = true',
      'PSL_DATA_TYPES_IDENTIFIERS PSL_DEVICE_ID = true',
    ]);
    const usage = (type: string) =>
      answered.filter((line) => line.startsWith(`PSL_DATA_USAGE_RESPONSES:${type}:`)).map((line) => line.replace(`PSL_DATA_USAGE_RESPONSES:${type}:`, ''));
    // The advertising id goes to a joint controller: shared, for advertising.
    expect(usage('PSL_DEVICE_ID')).toEqual([
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING PSL_DATA_USAGE_ONLY_COLLECTED = true',
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING PSL_DATA_USAGE_ONLY_SHARED = true',
      'PSL_DATA_USAGE_EPHEMERAL  = false',
      'DATA_USAGE_USER_CONTROL PSL_DATA_USAGE_USER_CONTROL_OPTIONAL = true',
      'DATA_USAGE_COLLECTION_PURPOSE PSL_ADVERTISING = true',
      'DATA_USAGE_SHARING_PURPOSE PSL_ADVERTISING = true',
    ]);
    // The city goes to nobody and is processed only in memory.
    expect(usage('PSL_APPROX_LOCATION')).toEqual([
      'PSL_DATA_USAGE_COLLECTION_AND_SHARING PSL_DATA_USAGE_ONLY_COLLECTED = true',
      'PSL_DATA_USAGE_EPHEMERAL  = true',
      'DATA_USAGE_USER_CONTROL PSL_DATA_USAGE_USER_CONTROL_REQUIRED = true',
      'DATA_USAGE_COLLECTION_PURPOSE PSL_FRAUD_PREVENTION_SECURITY = true',
    ]);
  });

  test('an unknown account creation method is a warning naming the entry', () => {
    const manifest = load('notice/complete/privacy.yml');
    manifest.stores.play = { ...manifest.stores.play, accountCreation: ['carrier-pigeon'] };
    expect(createPlayDataSafety(manifest).warnings.map((warning) => warning.message)).toEqual([
      'stores.play.accountCreation[0] "carrier-pigeon" is not a Play account creation method; use one of username-password, username-other-auth, username-password-other-auth, oauth, other, none',
    ]);
  });
});
