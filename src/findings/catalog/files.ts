import { call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://nodejs.org/api/fs.html#fswritefilefile-data-options-callback
export const nodeFs: CatalogEntry = {
  id: 'node-fs',
  name: 'Node.js fs',
  kind: 'file',
  docs: 'https://nodejs.org/api/fs.html#fswritefilefile-data-options-callback',
  // `fs` also matches `fs/promises` and `node:fs`; fs-extra adds its output*/writeJson* helpers.
  packages: ['fs', 'fs-extra'],
  calls: [
    call('writeFile', 1),
    call('writeFileSync', 1),
    call('appendFile', 1),
    call('appendFileSync', 1),
    call('createWriteStream.write', 0),
    call('createWriteStream.end', 0),
    call('outputFile', 1),
    call('outputFileSync', 1),
    call('writeJson', 1),
    call('writeJsonSync', 1),
    call('writeJSON', 1),
    call('outputJson', 1),
    call('outputJsonSync', 1),
    call('outputJSON', 1),
  ],
};

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/command/PutObjectCommand/
export const awsS3: CatalogEntry = {
  id: 'aws-s3',
  name: 'Amazon S3',
  kind: 'file',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/s3/command/PutObjectCommand/',
  packages: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage'],
  // s3.send(new PutObjectCommand({ Body })): reads go through send() too, so the engine sees the command's object.
  calls: [call('send', 0), call('putObject', 0), call('upload', 0)],
};

// https://cloud.google.com/nodejs/docs/reference/storage/latest/storage/file#_google_cloud_storage_File_save_member_1_
export const googleCloudStorage: CatalogEntry = {
  id: 'google-cloud-storage',
  name: 'Google Cloud Storage',
  kind: 'file',
  docs: 'https://cloud.google.com/nodejs/docs/reference/storage/latest/storage/file',
  packages: ['@google-cloud/storage'],
  calls: [call('file.save', 0), call('bucket.upload', 0, 1), call('createWriteStream.write', 0), call('createWriteStream.end', 0)],
};

// https://learn.microsoft.com/en-us/javascript/api/@azure/storage-blob/blockblobclient
export const azureBlob: CatalogEntry = {
  id: 'azure-blob',
  name: 'Azure Blob Storage',
  kind: 'file',
  docs: 'https://learn.microsoft.com/en-us/javascript/api/@azure/storage-blob/blockblobclient',
  packages: ['@azure/storage-blob'],
  calls: [call('upload', 0), call('uploadData', 0), call('uploadFile', 0), call('uploadStream', 0), call('uploadBlockBlob', 1)],
};

// https://cloudinary.com/documentation/node_image_and_video_upload
export const cloudinary: CatalogEntry = {
  id: 'cloudinary',
  name: 'Cloudinary',
  kind: 'file',
  docs: 'https://cloudinary.com/documentation/node_image_and_video_upload',
  packages: ['cloudinary'],
  calls: [call('uploader.upload', 0, 1), call('uploader.upload_stream', 0), call('uploader.add_context', 0)],
};

export const FILES: readonly CatalogEntry[] = [nodeFs, awsS3, googleCloudStorage, azureBlob, cloudinary];
