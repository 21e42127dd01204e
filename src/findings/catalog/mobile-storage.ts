import { builds, call, keyed } from './shapes.js';
import type { CallSignature, CatalogEntry } from './types.js';

// On-device stores of React Native apps. Key-value and secure stores are `browser-storage` like AsyncStorage and
// SecureStore (DESIGN.md has one kind for on-device key-value storage); record databases are `database`, named by library.

// https://oblador.github.io/react-native-keychain/docs/usage
export const keychain: CatalogEntry = {
  id: 'react-native-keychain',
  name: 'React Native Keychain',
  kind: 'browser-storage',
  docs: 'https://oblador.github.io/react-native-keychain/docs/usage',
  packages: ['react-native-keychain'],
  // The password slot holds a secret whatever the variable is called (a session token, a shared secret).
  calls: [
    { method: 'setGenericPassword', args: [{ index: 0 }, { index: 1, category: 'user.authorization.credentials' }] },
    { method: 'setInternetCredentials', args: [{ index: 1 }, { index: 2, category: 'user.authorization.credentials' }] },
  ],
};

// https://github.com/ammarahm-ed/react-native-mmkv-storage#usage
export const mmkvStorage: CatalogEntry = {
  id: 'react-native-mmkv-storage',
  name: 'react-native-mmkv-storage',
  kind: 'browser-storage',
  docs: 'https://github.com/ammarahm-ed/react-native-mmkv-storage#usage',
  packages: ['react-native-mmkv-storage'],
  calls: [keyed('setString', 0, 1), keyed('setMap', 0, 1), keyed('setArray', 0, 1)],
};

// https://github.com/mCodex/react-native-sensitive-info#methods
export const sensitiveInfo: CatalogEntry = {
  id: 'react-native-sensitive-info',
  name: 'react-native-sensitive-info',
  kind: 'browser-storage',
  docs: 'https://github.com/mCodex/react-native-sensitive-info#methods',
  packages: ['react-native-sensitive-info'],
  calls: [keyed('setItem', 0, 1)],
};

// https://watermelondb.dev/docs/CRUD
export const watermelondb: CatalogEntry = {
  id: 'watermelondb',
  name: 'WatermelonDB',
  kind: 'database',
  docs: 'https://watermelondb.dev/docs/CRUD',
  packages: ['@nozbe/watermelondb'],
  // Records are written by builder functions that set their fields: `collection.create((post) => { post.body = body })`.
  calls: [builds('create', 0), builds('prepareCreate', 0), builds('update', 0), builds('prepareUpdate', 0), call('prepareCreateFromDirtyRaw', 0)],
};

// https://www.mongodb.com/docs/atlas/device-sdks/sdk/react-native/crud/create/
export const realm: CatalogEntry = {
  id: 'realm',
  name: 'Realm',
  kind: 'database',
  docs: 'https://www.mongodb.com/docs/atlas/device-sdks/sdk/react-native/crud/create/',
  packages: ['realm', '@realm/react'],
  calls: [call('create', 1)],
};

// https://github.com/andpor/react-native-sqlite-storage#how-to-use-ios
export const sqliteStorage: CatalogEntry = {
  id: 'react-native-sqlite-storage',
  name: 'react-native-sqlite-storage',
  kind: 'database',
  docs: 'https://github.com/andpor/react-native-sqlite-storage#how-to-use-ios',
  packages: ['react-native-sqlite-storage'],
  calls: [call('executeSql', 1)],
};

// https://docs.expo.dev/versions/latest/sdk/sqlite/
export const expoSqlite: CatalogEntry = {
  id: 'expo-sqlite',
  name: 'Expo SQLite',
  kind: 'database',
  docs: 'https://docs.expo.dev/versions/latest/sdk/sqlite/',
  packages: ['expo-sqlite'],
  // runAsync(source, params) or runAsync(source, ...params): the bound values follow the statement.
  calls: [call('runAsync', 1, 2, 3, 4, 5), call('runSync', 1, 2, 3, 4, 5)],
};

// https://op-engineering.github.io/op-sqlite/docs/api
export const opSqlite: CatalogEntry = {
  id: 'op-sqlite',
  name: 'OP SQLite',
  kind: 'database',
  docs: 'https://op-engineering.github.io/op-sqlite/docs/api',
  packages: ['@op-engineering/op-sqlite', 'react-native-quick-sqlite'],
  calls: [call('execute', 1), call('executeAsync', 1)],
};

// Saving into the device's photo library writes the file where the person's other photos are, outside the app's
// sandbox: a photo or video the app hands over (a downloaded attachment, a shared picture) is the person's content
// whatever its path is called; a fixed path of the app's own asset is not.
const savedMedia = (method: string): CallSignature => ({ method, args: [{ index: 0, category: 'user.content.private' }] });

// https://github.com/react-native-cameraroll/react-native-cameraroll#save
export const cameraRollSave: CatalogEntry = {
  id: 'camera-roll-save',
  name: 'React Native CameraRoll (saving)',
  kind: 'file',
  onDevice: true,
  docs: 'https://github.com/react-native-cameraroll/react-native-cameraroll#save',
  packages: ['@react-native-camera-roll/camera-roll', '@react-native-community/cameraroll'],
  calls: [savedMedia('save'), savedMedia('saveAsset'), savedMedia('saveToCameraRoll')],
};

// https://docs.expo.dev/versions/latest/sdk/media-library/#medialibrarysavetolibraryasynclocaluri
export const expoMediaLibrarySave: CatalogEntry = {
  id: 'expo-media-library-save',
  name: 'Expo MediaLibrary (saving)',
  kind: 'file',
  onDevice: true,
  docs: 'https://docs.expo.dev/versions/latest/sdk/media-library/#medialibrarysavetolibraryasynclocaluri',
  packages: ['expo-media-library'],
  calls: [savedMedia('saveToLibraryAsync'), savedMedia('createAssetAsync')],
};

export const MOBILE_STORAGE: readonly CatalogEntry[] = [
  keychain, mmkvStorage, sensitiveInfo, watermelondb, realm, sqliteStorage, expoSqlite, opSqlite, cameraRollSave,
  expoMediaLibrarySave,
];
