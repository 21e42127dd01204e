import { reads } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Native modules that read a person's data from the device. The call is the finding (kind device-api, no recipient);
// what it returns keeps the category when it flows on (uploaded, stored, sent to an SDK).

// https://github.com/ivpusic/react-native-image-crop-picker#usage
export const imageCropPicker: CatalogEntry = {
  id: 'react-native-image-crop-picker',
  name: 'react-native-image-crop-picker',
  kind: 'device-api',
  docs: 'https://github.com/ivpusic/react-native-image-crop-picker#usage',
  packages: ['react-native-image-crop-picker'],
  // openCropper is left out: it crops a path the app already has.
  calls: [reads('openCamera', 'user.content.self_image'), reads('openPicker', 'user.content.self_image')],
};

// https://react-native-documents.github.io/docs/doc-picker-api
export const reactNativeDocuments: CatalogEntry = {
  id: 'react-native-documents',
  name: 'React Native Documents picker',
  kind: 'device-api',
  docs: 'https://react-native-documents.github.io/docs/doc-picker-api',
  packages: ['@react-native-documents/picker', 'react-native-document-picker'],
  calls: [reads('pick', 'user.content.private'), reads('pickSingle', 'user.content.private'), reads('pickMultiple', 'user.content.private')],
};

// https://docs.expo.dev/versions/latest/sdk/document-picker/
export const expoDocumentPicker: CatalogEntry = {
  id: 'expo-document-picker',
  name: 'Expo DocumentPicker',
  kind: 'device-api',
  docs: 'https://docs.expo.dev/versions/latest/sdk/document-picker/',
  packages: ['expo-document-picker'],
  calls: [reads('getDocumentAsync', 'user.content.private')],
};

// https://github.com/react-native-cameraroll/react-native-cameraroll#getphotos
export const cameraRoll: CatalogEntry = {
  id: 'camera-roll',
  name: 'React Native CameraRoll',
  kind: 'device-api',
  docs: 'https://github.com/react-native-cameraroll/react-native-cameraroll#getphotos',
  packages: ['@react-native-camera-roll/camera-roll', '@react-native-community/cameraroll'],
  calls: [reads('getPhotos', 'user.content.self_image')],
};

// https://docs.expo.dev/versions/latest/sdk/media-library/
export const expoMediaLibrary: CatalogEntry = {
  id: 'expo-media-library',
  name: 'Expo MediaLibrary',
  kind: 'device-api',
  docs: 'https://docs.expo.dev/versions/latest/sdk/media-library/',
  packages: ['expo-media-library'],
  calls: [reads('getAssetsAsync', 'user.content.self_image'), reads('getAssetInfoAsync', 'user.content.self_image')],
};

// https://github.com/hyochan/react-native-audio-recorder-player#usage
export const audioRecorderPlayer: CatalogEntry = {
  id: 'react-native-audio-recorder-player',
  name: 'react-native-audio-recorder-player',
  kind: 'device-api',
  docs: 'https://github.com/hyochan/react-native-audio-recorder-player#usage',
  packages: ['react-native-audio-recorder-player'],
  calls: [reads('startRecorder', 'user.biometric.voice')],
};

export const MOBILE_DEVICE: readonly CatalogEntry[] = [
  imageCropPicker, reactNativeDocuments, expoDocumentPicker, cameraRoll, expoMediaLibrary, audioRecorderPlayer,
];
