import { describe, expect, test } from 'vitest';
import { allCategories, allDataUses, isKnownCategory, isKnownDataUse } from '../taxonomy/index.js';
import { CATEGORY_CROSSWALK, DATA_USE_CROSSWALK, findCategoryCrosswalk, findDataUseCrosswalk } from './crosswalk.js';

describe('crosswalk', () => {
  test('every row names a real fideslang category or data use', () => {
    expect(CATEGORY_CROSSWALK.filter((row) => !isKnownCategory(row.category)).map((row) => row.category)).toEqual([]);
    expect(DATA_USE_CROSSWALK.filter((row) => !isKnownDataUse(row.use)).map((row) => row.use)).toEqual([]);
  });

  test('every taxonomy category and data use resolves to a row, so nothing falls through silently', () => {
    expect(allCategories().filter((category) => !findCategoryCrosswalk(category.id)).map((category) => category.id)).toEqual([]);
    expect(allDataUses().filter((use) => !findDataUseCrosswalk(use.id)).map((use) => use.id)).toEqual([]);
  });

  test('a row without a store equivalent always says why', () => {
    expect(CATEGORY_CROSSWALK.filter((row) => (row.apple === null || row.play === null) && !row.note).map((row) => row.category)).toEqual([]);
    expect(DATA_USE_CROSSWALK.filter((row) => (row.apple === 'Other' || row.play === null) && !row.note).map((row) => row.use)).toEqual([]);
  });

  test('the most specific row wins', () => {
    expect(findCategoryCrosswalk('user.contact.address.city')).toMatchObject({ apple: 'PhysicalAddress', play: 'PSL_ADDRESS' });
    expect(findCategoryCrosswalk('user.contact.fax_number')).toMatchObject({ apple: 'OtherUserContactInfo', play: 'PSL_OTHER_PERSONAL' });
    expect(findCategoryCrosswalk('user.biometric.health')).toMatchObject({ apple: 'Health', play: 'PSL_HEALTH' });
    expect(findDataUseCrosswalk('essential.service.notifications.email')).toMatchObject({ apple: 'AppFunctionality', play: 'PSL_DEVELOPER_COMMUNICATIONS' });
    expect(findDataUseCrosswalk('marketing.advertising.third_party.targeted')).toMatchObject({ apple: 'ThirdPartyAdvertising', play: 'PSL_ADVERTISING' });
    expect(findDataUseCrosswalk('marketing.advertising.first_party.targeted')).toMatchObject({ apple: 'DeveloperAdvertising', play: 'PSL_ADVERTISING' });
  });
});
