import { call, keyed } from './shapes.js';
import type { CatalogEntry } from './types.js';

// On-device storage and cookies: findings name no recipient; `sink.api` names the library call.

// https://github.com/jakearchibald/idb-keyval#usage
export const idbKeyval: CatalogEntry = {
  id: 'idb-keyval',
  name: 'idb-keyval',
  kind: 'browser-storage',
  docs: 'https://github.com/jakearchibald/idb-keyval#usage',
  packages: ['idb-keyval'],
  calls: [keyed('set', 0, 1), call('setMany', 0)],
};

// https://localforage.github.io/localForage/#data-api-setitem
export const localforage: CatalogEntry = {
  id: 'localforage',
  name: 'localForage',
  kind: 'browser-storage',
  docs: 'https://localforage.github.io/localForage/#data-api-setitem',
  packages: ['localforage'],
  calls: [keyed('setItem', 0, 1)],
};

// https://react-native-async-storage.github.io/async-storage/docs/api
export const asyncStorage: CatalogEntry = {
  id: 'async-storage',
  name: 'React Native AsyncStorage',
  kind: 'browser-storage',
  docs: 'https://react-native-async-storage.github.io/async-storage/docs/api',
  packages: ['@react-native-async-storage/async-storage', '@react-native-community/async-storage'],
  calls: [keyed('setItem', 0, 1), keyed('mergeItem', 0, 1), call('multiSet', 0), call('multiMerge', 0)],
};

// https://docs.expo.dev/versions/latest/sdk/securestore/
export const expoSecureStore: CatalogEntry = {
  id: 'expo-secure-store',
  name: 'Expo SecureStore',
  kind: 'browser-storage',
  docs: 'https://docs.expo.dev/versions/latest/sdk/securestore/',
  packages: ['expo-secure-store'],
  calls: [keyed('setItemAsync', 0, 1), keyed('setItem', 0, 1)],
};

// https://github.com/mrousavy/react-native-mmkv#usage
export const mmkv: CatalogEntry = {
  id: 'react-native-mmkv',
  name: 'MMKV',
  kind: 'browser-storage',
  docs: 'https://github.com/mrousavy/react-native-mmkv#usage',
  packages: ['react-native-mmkv'],
  calls: [keyed('set', 0, 1)],
};

// https://github.com/js-cookie/js-cookie#basic-usage
export const jsCookie: CatalogEntry = {
  id: 'js-cookie',
  name: 'js-cookie',
  kind: 'cookie',
  docs: 'https://github.com/js-cookie/js-cookie#basic-usage',
  packages: ['js-cookie'],
  calls: [keyed('set', 0, 1)],
};

// https://github.com/bendotcodes/cookies/tree/main/packages/universal-cookie
export const universalCookie: CatalogEntry = {
  id: 'universal-cookie',
  name: 'universal-cookie',
  kind: 'cookie',
  docs: 'https://github.com/bendotcodes/cookies/tree/main/packages/universal-cookie',
  packages: ['universal-cookie', 'react-cookie'],
  calls: [keyed('set', 0, 1)],
};

// https://github.com/andreizanik/cookies-next#setcookie
export const cookiesNext: CatalogEntry = {
  id: 'cookies-next',
  name: 'cookies-next',
  kind: 'cookie',
  docs: 'https://github.com/andreizanik/cookies-next#setcookie',
  packages: ['cookies-next'],
  calls: [keyed('setCookie', 0, 1)],
};

// https://github.com/maticzav/nookies#setcookiectx-name-value-options
export const nookies: CatalogEntry = {
  id: 'nookies',
  name: 'nookies',
  kind: 'cookie',
  docs: 'https://github.com/maticzav/nookies#setcookiectx-name-value-options',
  packages: ['nookies'],
  calls: [keyed('setCookie', 1, 2), keyed('set', 1, 2)],
};

// https://nextjs.org/docs/app/api-reference/functions/cookies
export const nextCookies: CatalogEntry = {
  id: 'next-cookies',
  name: 'Next.js cookies()',
  kind: 'cookie',
  docs: 'https://nextjs.org/docs/app/api-reference/functions/cookies',
  packages: ['next/headers'],
  calls: [keyed('cookies.set', 0, 1)],
};

// https://dexie.org/docs/Table/Table
export const dexie: CatalogEntry = {
  id: 'dexie',
  name: 'Dexie.js',
  kind: 'browser-storage',
  docs: 'https://dexie.org/docs/Table/Table',
  packages: ['dexie'],
  calls: [call('add', 0), call('put', 0), call('bulkAdd', 0), call('bulkPut', 0), call('update', 1)],
};

// https://github.com/jakearchibald/idb#api
export const idb: CatalogEntry = {
  id: 'idb',
  name: 'idb',
  kind: 'browser-storage',
  docs: 'https://github.com/jakearchibald/idb#api',
  packages: ['idb'],
  // Shortcuts on the database take the store name first: db.put('users', value).
  calls: [call('openDB.put', 1), call('openDB.add', 1), call('objectStore.put', 0), call('objectStore.add', 0), call('store.put', 0), call('store.add', 0)],
};

// https://github.com/emeraldsanto/react-native-encrypted-storage#usage
export const encryptedStorage: CatalogEntry = {
  id: 'react-native-encrypted-storage',
  name: 'React Native Encrypted Storage',
  kind: 'browser-storage',
  docs: 'https://github.com/emeraldsanto/react-native-encrypted-storage#usage',
  packages: ['react-native-encrypted-storage'],
  calls: [keyed('setItem', 0, 1)],
};

// https://github.com/jshttp/cookie#cookieserializename-value-options
export const cookieSerialize: CatalogEntry = {
  id: 'cookie',
  name: 'cookie',
  kind: 'cookie',
  docs: 'https://github.com/jshttp/cookie#cookieserializename-value-options',
  packages: ['cookie'],
  calls: [keyed('serialize', 0, 1)],
};

// setCookie(name, value, options) from the server entry.
// https://tanstack.com/start/latest/docs/framework/react/server-functions
export const tanstackStartCookies: CatalogEntry = {
  id: 'tanstack-start-cookies',
  name: 'TanStack Start cookies',
  kind: 'cookie',
  docs: 'https://tanstack.com/start/latest/docs/framework/react/server-functions',
  packages: ['@tanstack/react-start/server', '@tanstack/solid-start/server', '@tanstack/start-server-core'],
  calls: [keyed('setCookie', 0, 1)],
};

// setCookie(event, name, value, options); vinxi/http re-exports it.
// https://h3.dev/utils/cookie
export const h3Cookies: CatalogEntry = {
  id: 'h3-cookies',
  name: 'h3 cookies',
  kind: 'cookie',
  docs: 'https://h3.dev/utils/cookie',
  packages: ['h3', 'vinxi/http'],
  calls: [keyed('setCookie', 1, 2)],
};

export const STORAGE: readonly CatalogEntry[] = [
  idbKeyval, localforage, asyncStorage, expoSecureStore, mmkv, jsCookie, universalCookie, cookiesNext, nookies, nextCookies,
  dexie, idb, encryptedStorage, cookieSerialize, tanstackStartCookies, h3Cookies,
];
