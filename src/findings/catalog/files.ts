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
  // lib-storage's multipart upload is handed its object when made: `new Upload({ client, params: { Body } }).done()`.
  calls: [call('send', 0), call('putObject', 0), call('upload', 0), { method: 'Upload.done', args: [{ index: 0, paths: ['params'], constructed: true }] }],
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


// https://vercel.com/docs/vercel-blob/using-blob-sdk#put
export const vercelBlob: CatalogEntry = {
  id: 'vercel-blob',
  name: 'Vercel Blob',
  kind: 'file',
  docs: 'https://vercel.com/docs/vercel-blob/using-blob-sdk#put',
  packages: ['@vercel/blob'],
  // put(pathname, body, { access }); upload(pathname, body, options) from the browser.
  calls: [call('put', 0, 1), call('upload', 0, 1), call('copy', 1)],
};

// https://docs.uploadthing.com/api-reference/ut-api#upload-files
export const uploadthing: CatalogEntry = {
  id: 'uploadthing',
  name: 'UploadThing',
  kind: 'file',
  docs: 'https://docs.uploadthing.com/api-reference/ut-api#upload-files',
  packages: ['uploadthing', '@uploadthing/react'],
  // new UTApi().uploadFiles(files); startUpload(files, input) of useUploadThing() in the browser.
  calls: [call('uploadFiles', 0), call('uploadFilesFromUrl', 0), call('startUpload', 0, 1)],
};

// https://github.com/yakovkhalinsky/backblaze-b2#upload-file
export const backblazeB2: CatalogEntry = {
  id: 'backblaze-b2',
  name: 'Backblaze B2',
  kind: 'file',
  docs: 'https://github.com/yakovkhalinsky/backblaze-b2#upload-file',
  packages: ['backblaze-b2'],
  calls: [{ method: 'uploadFile', args: [{ index: 0, paths: ['data', 'fileName', 'info'] }] }, { method: 'uploadPart', args: [{ index: 0, paths: ['data'] }] }],
};

// https://imagekit.io/docs/api-reference/upload-file/upload-file
export const imagekit: CatalogEntry = {
  id: 'imagekit',
  name: 'ImageKit',
  kind: 'file',
  docs: 'https://imagekit.io/docs/api-reference/upload-file/upload-file',
  packages: ['imagekit', '@imagekit/nodejs', '@imagekit/next', 'imagekitio-react'],
  calls: [call('files.upload', 0), call('upload', 0)],
  endpoints: [{ host: 'upload.imagekit.io', pathPrefix: '/api/' }],
};

// https://uploadcare.com/docs/integrations/upload-client/
export const uploadcare: CatalogEntry = {
  id: 'uploadcare',
  name: 'Uploadcare',
  kind: 'file',
  docs: 'https://uploadcare.com/docs/integrations/upload-client/',
  packages: ['@uploadcare/upload-client', '@uploadcare/react-uploader'],
  calls: [call('uploadFile', 0), call('uploadDirect', 0), call('uploadFromUrl', 0), call('uploadMultipart', 0)],
  endpoints: [{ host: 'upload.uploadcare.com' }],
};

// https://www.mux.com/docs/guides/upload-files-directly
export const mux: CatalogEntry = {
  id: 'mux',
  name: 'Mux',
  kind: 'file',
  docs: 'https://www.mux.com/docs/guides/upload-files-directly',
  packages: ['@mux/mux-node', '@mux/upchunk'],
  // UpChunk.createUpload({ endpoint, file }) sends the person's video; video.assets.create({ input }) imports one by URL.
  calls: [call('createUpload', 0), call('video.assets.create', 0)],
};

// https://supabase.com/docs/reference/javascript/storage-from-upload
export const supabaseStorage: CatalogEntry = {
  id: 'supabase-storage',
  name: 'Supabase Storage',
  kind: 'file',
  docs: 'https://supabase.com/docs/reference/javascript/storage-from-upload',
  // The same client as the database entry: supabase.storage.from(bucket).upload(path, file) is a file, not a row.
  packages: ['@supabase/supabase-js', '@supabase/storage-js'],
  // `from.update` stays the database entry's (it is checked first): a storage update is not told apart.
  calls: [call('from.upload', 0, 1), call('uploadToSignedUrl', 0, 2)],
};

// https://firebase.google.com/docs/storage/web/upload-files
export const firebaseStorage: CatalogEntry = {
  id: 'firebase-storage',
  name: 'Cloud Storage for Firebase',
  kind: 'file',
  docs: 'https://firebase.google.com/docs/storage/web/upload-files',
  packages: ['firebase/storage', 'firebase/compat/storage'],
  // uploadBytes(ref(storage, path), data): the reference's path often names the person.
  calls: [call('uploadBytes', 0, 1), call('uploadBytesResumable', 0, 1), call('uploadString', 0, 1), call('put', 0), call('putString', 0)],
};

// https://min.io/docs/minio/linux/developers/javascript/API.html#putObject
export const minio: CatalogEntry = {
  id: 'minio',
  name: 'MinIO',
  kind: 'file',
  docs: 'https://min.io/docs/minio/linux/developers/javascript/API.html#putObject',
  packages: ['minio'],
  calls: [call('putObject', 1, 2), call('fPutObject', 1, 2)],
};

export const FILES: readonly CatalogEntry[] = [
  nodeFs, awsS3, googleCloudStorage, azureBlob, cloudinary, vercelBlob, uploadthing, backblazeB2, imagekit, uploadcare, mux,
  supabaseStorage, firebaseStorage, minio,
];
