import { atPaths, call, keyed } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Only writes are listed: a lookup such as findUnique({ where: { email } }) is not a new collection (DESIGN.md).

// https://www.prisma.io/docs/orm/reference/prisma-client-reference#model-queries
export const prisma: CatalogEntry = {
  id: 'prisma',
  name: 'Prisma',
  kind: 'database',
  docs: 'https://www.prisma.io/docs/orm/reference/prisma-client-reference#model-queries',
  packages: ['@prisma/client'],
  // `where` is left out: prisma.user.update({ where: { email }, data }) writes only `data`.
  calls: [
    atPaths('create', 0, ['data']),
    atPaths('createMany', 0, ['data']),
    atPaths('createManyAndReturn', 0, ['data']),
    atPaths('update', 0, ['data']),
    atPaths('updateMany', 0, ['data']),
    atPaths('updateManyAndReturn', 0, ['data']),
    atPaths('upsert', 0, ['create', 'update']),
  ],
};

// https://typeorm.io/docs/working-with-entity-manager/repository-api/
export const typeorm: CatalogEntry = {
  id: 'typeorm',
  name: 'TypeORM',
  kind: 'database',
  docs: 'https://typeorm.io/docs/working-with-entity-manager/repository-api/',
  packages: ['typeorm'],
  calls: [
    call('save', 0, 1),
    call('insert', 0, 1),
    call('update', 1, 2),
    call('upsert', 0, 1),
    call('into.values', 0),
    call('update.set', 0),
  ],
};

// https://mongoosejs.com/docs/api/model.html
export const mongoose: CatalogEntry = {
  id: 'mongoose',
  name: 'Mongoose',
  kind: 'database',
  docs: 'https://mongoosejs.com/docs/api/model.html',
  packages: ['mongoose'],
  // new Model(doc).save() carries its data in the constructor: the engine has to read the `new` expression.
  calls: [
    call('create', 0),
    call('insertMany', 0),
    call('updateOne', 1),
    call('updateMany', 1),
    call('replaceOne', 1),
    call('findOneAndUpdate', 1),
    call('findByIdAndUpdate', 1),
    call('findOneAndReplace', 1),
    call('bulkWrite', 0),
  ],
};

// https://orm.drizzle.team/docs/insert
export const drizzle: CatalogEntry = {
  id: 'drizzle',
  name: 'Drizzle ORM',
  kind: 'database',
  docs: 'https://orm.drizzle.team/docs/insert',
  packages: ['drizzle-orm'],
  calls: [call('insert.values', 0), call('update.set', 0), atPaths('onConflictDoUpdate', 0, ['set'])],
};

// https://knexjs.org/guide/query-builder.html#insert
export const knex: CatalogEntry = {
  id: 'knex',
  name: 'Knex',
  kind: 'database',
  docs: 'https://knexjs.org/guide/query-builder.html#insert',
  packages: ['knex'],
  calls: [call('insert', 0), call('update', 0, 1), call('merge', 0)],
};

// https://sequelize.org/docs/v6/core-concepts/model-querying-basics/
export const sequelize: CatalogEntry = {
  id: 'sequelize',
  name: 'Sequelize',
  kind: 'database',
  docs: 'https://sequelize.org/docs/v6/core-concepts/model-querying-basics/',
  packages: ['sequelize', 'sequelize-typescript'],
  calls: [
    call('create', 0),
    call('bulkCreate', 0),
    call('update', 0),
    call('upsert', 0),
    atPaths('query', 1, ['replacements', 'bind']),
  ],
};

// https://node-postgres.com/features/queries
export const pg: CatalogEntry = {
  id: 'pg',
  name: 'node-postgres',
  kind: 'database',
  docs: 'https://node-postgres.com/features/queries',
  packages: ['pg'],
  // client.query(text, values) or client.query({ text, values }).
  calls: [{ method: 'query', args: [{ index: 1 }, { index: 0, paths: ['values'] }] }],
};

// https://sidorares.github.io/node-mysql2/docs#using-prepared-statements
export const mysql2: CatalogEntry = {
  id: 'mysql2',
  name: 'MySQL2',
  kind: 'database',
  docs: 'https://sidorares.github.io/node-mysql2/docs#using-prepared-statements',
  packages: ['mysql2', 'mysql'],
  calls: [
    { method: 'execute', args: [{ index: 1 }, { index: 0, paths: ['values'] }] },
    { method: 'query', args: [{ index: 1 }, { index: 0, paths: ['values'] }] },
  ],
};

// https://www.mongodb.com/docs/drivers/node/current/usage-examples/insertOne/
export const mongodb: CatalogEntry = {
  id: 'mongodb',
  name: 'MongoDB Node.js driver',
  kind: 'database',
  docs: 'https://www.mongodb.com/docs/drivers/node/current/usage-examples/insertOne/',
  packages: ['mongodb'],
  calls: [
    call('insertOne', 0),
    call('insertMany', 0),
    call('updateOne', 1),
    call('updateMany', 1),
    call('replaceOne', 1),
    call('findOneAndUpdate', 1),
    call('findOneAndReplace', 1),
    call('bulkWrite', 0),
  ],
};

// https://supabase.com/docs/reference/javascript/insert
export const supabase: CatalogEntry = {
  id: 'supabase',
  name: 'Supabase',
  kind: 'database',
  vendorHosted: true,
  docs: 'https://supabase.com/docs/reference/javascript/insert',
  packages: ['@supabase/supabase-js', '@supabase/ssr', '@supabase/auth-helpers-nextjs'],
  calls: [
    call('from.insert', 0),
    call('from.upsert', 0),
    call('from.update', 0),
    call('auth.signUp', 0),
    call('auth.updateUser', 0),
    call('auth.signInWithPassword', 0),
    call('auth.signInWithOtp', 0),
    call('auth.resetPasswordForEmail', 0),
    call('auth.admin.createUser', 0),
    { method: 'auth.admin.updateUserById', args: [{ index: 0, category: 'user.unique_id' }, { index: 1 }] },
    call('auth.admin.inviteUserByEmail', 0),
  ],
};

// https://firebase.google.com/docs/firestore/manage-data/add-data
export const firestore: CatalogEntry = {
  id: 'firestore',
  name: 'Cloud Firestore',
  kind: 'database',
  vendorHosted: true,
  docs: 'https://firebase.google.com/docs/firestore/manage-data/add-data',
  packages: ['firebase/firestore', 'firebase/compat/firestore', 'firebase-admin', '@google-cloud/firestore', '@react-native-firebase/firestore'],
  calls: [
    call('setDoc', 1),
    call('addDoc', 1),
    call('updateDoc', 1),
    call('writeBatch.set', 1),
    call('writeBatch.update', 1),
    // runTransaction(db, (transaction) => transaction.set(ref, data)) and the Admin SDK's db.batch().set(ref, data).
    call('runTransaction.set', 1),
    call('runTransaction.update', 1),
    call('runTransaction.create', 1),
    call('batch.set', 1),
    call('batch.update', 1),
    call('batch.create', 1),
    call('doc.set', 0),
    call('doc.update', 0),
    call('doc.create', 0),
    call('collection.add', 0),
  ],
};

// https://firebase.google.com/docs/database/web/read-and-write
export const firebaseRealtimeDatabase: CatalogEntry = {
  id: 'firebase-realtime-database',
  name: 'Firebase Realtime Database',
  kind: 'database',
  vendorHosted: true,
  docs: 'https://firebase.google.com/docs/database/web/read-and-write',
  // firebase-admin itself belongs to Firestore's entry; its Realtime Database is reached here through the subpath.
  packages: ['firebase/database', 'firebase/compat/database', 'firebase-admin/database', '@react-native-firebase/database'],
  // ref(...).set(value) is listed before the modular set(ref, value), which would otherwise match it first.
  calls: [call('ref.set', 0), call('ref.push', 0), call('ref.update', 0), call('set', 1), call('push', 1), call('update', 1)],
};

// https://kysely.dev/docs/category/insert
export const kysely: CatalogEntry = {
  id: 'kysely',
  name: 'Kysely',
  kind: 'database',
  docs: 'https://kysely.dev/docs/category/insert',
  packages: ['kysely'],
  calls: [call('insertInto.values', 0), call('updateTable.set', 0), call('doUpdateSet', 0)],
};

// https://redis.io/docs/latest/develop/clients/nodejs/
export const redis: CatalogEntry = {
  id: 'redis',
  name: 'Redis',
  kind: 'database',
  docs: 'https://redis.io/docs/latest/develop/clients/nodejs/',
  packages: ['redis', 'ioredis', '@upstash/redis', '@vercel/kv'],
  calls: [
    call('json.set', 2),
    keyed('set', 0, 1),
    keyed('setex', 0, 2),
    keyed('setEx', 0, 2),
    call('hset', 1, 2),
    call('hSet', 1, 2),
    call('hmset', 1, 2),
    call('lpush', 1, 2),
    call('lPush', 1, 2),
    call('rpush', 1, 2),
    call('rPush', 1, 2),
    call('sadd', 1, 2),
    call('sAdd', 1, 2),
    call('mset', 0),
    // Streams: `xadd(key, '*', entries)` (node-redis `xAdd`, Upstash) or ioredis's `xadd(key, '*', field, value, ...)`.
    call('xadd', 2, 3, 4, 5, 6, 7, 8, 9),
    call('xAdd', 2),
  ],
};

// https://upstash.com/docs/redis/sdks/ratelimit-ts/methods#limit
export const upstashRatelimit: CatalogEntry = {
  id: 'upstash-ratelimit',
  name: 'Upstash Ratelimit',
  kind: 'database',
  vendorHosted: true,
  docs: 'https://upstash.com/docs/redis/sdks/ratelimit-ts/methods#limit',
  packages: ['@upstash/ratelimit'],
  // ratelimit.limit(identifier): the identifier (an IP address, a user id, an e-mail) is stored as a Redis key.
  calls: [call('limit', 0), call('blockUntilReady', 0)],
};

// https://github.com/memcachier/memjs#usage
export const memcached: CatalogEntry = {
  id: 'memcached',
  name: 'Memcached',
  kind: 'database',
  docs: 'https://github.com/memcachier/memjs#usage',
  packages: ['memjs', 'memcached'],
  calls: [keyed('set', 0, 1), keyed('add', 0, 1), keyed('replace', 0, 1)],
};

// https://keyv.org/docs/keyv/#set-key-value-ttl
export const keyv: CatalogEntry = {
  id: 'keyv',
  name: 'Keyv',
  kind: 'database',
  docs: 'https://keyv.org/docs/keyv/#set-key-value-ttl',
  packages: ['keyv', 'cache-manager', '@nestjs/cache-manager'],
  calls: [keyed('set', 0, 1), call('setMany', 0)],
};

export const DATABASES: readonly CatalogEntry[] = [
  prisma, typeorm, mongoose, drizzle, knex, sequelize, pg, mysql2, mongodb, supabase, firestore, firebaseRealtimeDatabase,
  kysely, redis, upstashRatelimit, memcached, keyv,
];
