import { call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Job queues have no kind of their own in DESIGN.md. A self-hosted queue (BullMQ on the app's Redis, pg-boss and
// Graphile Worker on its Postgres, Agenda on its MongoDB, a Kafka or RabbitMQ broker) stores the job's data where the
// app keeps its other records: `database`, named by the library, as Prisma is. A hosted runner (Inngest, Trigger.dev,
// QStash, SQS, Pub/Sub) receives it in an outside service: `http`, named by its catalog id. `messaging` is for
// messages to people, which a job is not.

// https://docs.bullmq.io/guide/queues/adding-bulks
export const bullmq: CatalogEntry = {
  id: 'bullmq',
  name: 'BullMQ',
  kind: 'database',
  docs: 'https://docs.bullmq.io/guide/queues/adding-bulks',
  packages: ['bullmq', '@nestjs/bullmq'],
  // queue.add(name, data, opts); flowProducer.add({ name, queueName, data, children }).
  calls: [{ method: 'add', args: [{ index: 1 }, { index: 0, paths: ['data', 'children'] }] }, call('addBulk', 0), call('updateData', 0)],
};

// https://github.com/OptimalBits/bull/blob/develop/REFERENCE.md#queueadd
export const bull: CatalogEntry = {
  id: 'bull',
  name: 'Bull',
  kind: 'database',
  docs: 'https://github.com/OptimalBits/bull/blob/develop/REFERENCE.md#queueadd',
  packages: ['bull', '@nestjs/bull'],
  // queue.add(data, opts) or queue.add(name, data, opts).
  calls: [call('add', 0, 1), call('addBulk', 0)],
};

// https://github.com/bee-queue/bee-queue#creating-jobs
export const beeQueue: CatalogEntry = {
  id: 'bee-queue',
  name: 'Bee-Queue',
  kind: 'database',
  docs: 'https://github.com/bee-queue/bee-queue#creating-jobs',
  packages: ['bee-queue'],
  calls: [call('createJob', 0), call('saveAll', 0)],
};

// https://github.com/agenda/agenda#creating-jobs
export const agenda: CatalogEntry = {
  id: 'agenda',
  name: 'Agenda',
  kind: 'database',
  docs: 'https://github.com/agenda/agenda#creating-jobs',
  packages: ['agenda', '@hokify/agenda'],
  calls: [call('now', 1), call('schedule', 2), call('every', 2), call('create', 1)],
};

// https://timgit.github.io/pg-boss/#/api/jobs?id=send
export const pgBoss: CatalogEntry = {
  id: 'pg-boss',
  name: 'pg-boss',
  kind: 'database',
  docs: 'https://timgit.github.io/pg-boss/#/api/jobs?id=send',
  packages: ['pg-boss'],
  // boss.send(name, data, options) or boss.send({ name, data }).
  calls: [
    { method: 'send', args: [{ index: 1 }, { index: 0, paths: ['data'] }] },
    call('sendAfter', 1),
    call('sendThrottled', 1),
    call('sendDebounced', 1),
    call('insert', 0),
    call('publish', 1),
  ],
};

// https://worker.graphile.org/docs/library/add-job
export const graphileWorker: CatalogEntry = {
  id: 'graphile-worker',
  name: 'Graphile Worker',
  kind: 'database',
  docs: 'https://worker.graphile.org/docs/library/add-job',
  packages: ['graphile-worker'],
  // workerUtils.addJob(identifier, payload); quickAddJob(options, identifier, payload).
  calls: [call('addJob', 1), call('quickAddJob', 2), call('addJobs', 0)],
};

// https://kafka.js.org/docs/producing
export const kafkajs: CatalogEntry = {
  id: 'kafkajs',
  name: 'KafkaJS',
  kind: 'database',
  docs: 'https://kafka.js.org/docs/producing',
  packages: ['kafkajs', '@confluentinc/kafka-javascript'],
  // kafka.producer().send({ topic, messages: [{ key, value }] }).
  calls: [call('send', 0), call('sendBatch', 0)],
};

// https://amqp-node.github.io/amqplib/channel_api.html#channel_publish
export const amqplib: CatalogEntry = {
  id: 'amqplib',
  name: 'RabbitMQ (amqplib)',
  kind: 'database',
  docs: 'https://amqp-node.github.io/amqplib/channel_api.html#channel_publish',
  packages: ['amqplib', 'amqp-connection-manager'],
  calls: [call('sendToQueue', 1), call('publish', 2)],
};

// https://docs.temporal.io/develop/typescript/temporal-client#start-workflow-execution
export const temporal: CatalogEntry = {
  id: 'temporal',
  name: 'Temporal',
  kind: 'database',
  docs: 'https://docs.temporal.io/develop/typescript/temporal-client#start-workflow-execution',
  packages: ['@temporalio/client'],
  // client.workflow.start(workflow, { args, taskQueue, workflowId }): the args are persisted in the workflow history.
  calls: [
    call('workflow.start', 1),
    call('workflow.execute', 1),
    call('workflow.signalWithStart', 1),
    call('getHandle.signal', 1),
  ],
};

// https://www.inngest.com/docs/reference/events/send
export const inngest: CatalogEntry = {
  id: 'inngest',
  name: 'Inngest',
  kind: 'http',
  docs: 'https://www.inngest.com/docs/reference/events/send',
  packages: ['inngest'],
  // inngest.send({ name, data, user }) or an array of events.
  calls: [call('send', 0)],
  endpoints: [{ host: 'inn.gs', pathPrefix: '/e/' }],
};

// https://trigger.dev/docs/triggering
export const triggerDev: CatalogEntry = {
  id: 'trigger-dev',
  name: 'Trigger.dev',
  kind: 'http',
  docs: 'https://trigger.dev/docs/triggering',
  packages: ['@trigger.dev/sdk'],
  // tasks.trigger(id, payload); myTask.trigger(payload) on a task() or schemaTask(); logger.info(message, data) goes to the run's log.
  calls: [
    call('tasks.trigger', 1),
    call('tasks.batchTrigger', 1),
    call('tasks.triggerAndPoll', 1),
    call('task.trigger', 0),
    call('task.triggerAndWait', 0),
    call('task.batchTrigger', 0),
    call('schemaTask.trigger', 0),
    call('schemaTask.triggerAndWait', 0),
    call('sendEvent', 0),
    call('logger.log', 0, 1),
    call('logger.info', 0, 1),
    call('logger.warn', 0, 1),
    call('logger.error', 0, 1),
    call('logger.debug', 0, 1),
  ],
  endpoints: [{ host: 'api.trigger.dev' }],
};

// https://upstash.com/docs/qstash/sdks/ts/examples/publish
export const upstashQstash: CatalogEntry = {
  id: 'upstash-qstash',
  name: 'Upstash QStash',
  kind: 'http',
  docs: 'https://upstash.com/docs/qstash/sdks/ts/examples/publish',
  packages: ['@upstash/qstash', '@upstash/workflow'],
  // client.publishJSON({ url, body }); queue({ queueName }).enqueueJSON({ url, body }); workflow client.trigger({ url, body }).
  calls: [
    { method: 'publishJSON', args: [{ index: 0, paths: ['body', 'headers'] }] },
    { method: 'publish', args: [{ index: 0, paths: ['body', 'headers'] }] },
    call('batchJSON', 0),
    call('batch', 0),
    { method: 'enqueueJSON', args: [{ index: 0, paths: ['body', 'headers'] }] },
    { method: 'enqueue', args: [{ index: 0, paths: ['body', 'headers'] }] },
    { method: 'schedules.create', args: [{ index: 0, paths: ['body', 'headers'] }] },
    { method: 'trigger', args: [{ index: 0, paths: ['body', 'headers'] }] },
  ],
  endpoints: [{ host: 'qstash.upstash.io', pathPrefix: '/v2/' }],
};

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sqs/command/SendMessageCommand/
export const awsSqs: CatalogEntry = {
  id: 'aws-sqs',
  name: 'Amazon SQS',
  kind: 'http',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/sqs/command/SendMessageCommand/',
  packages: ['@aws-sdk/client-sqs', 'sqs-producer'],
  // client.send(new SendMessageCommand({ QueueUrl, MessageBody })); receives go through send() too, hence the paths.
  calls: [
    { method: 'send', args: [{ index: 0, paths: ['MessageBody', 'MessageAttributes', 'Entries'] }] },
    { method: 'sendMessage', args: [{ index: 0, paths: ['MessageBody', 'MessageAttributes'] }] },
  ],
};

// https://cloud.google.com/nodejs/docs/reference/pubsub/latest/pubsub/topic#_google_cloud_pubsub_Topic_publishMessage_member_1_
export const googlePubsub: CatalogEntry = {
  id: 'google-pubsub',
  name: 'Google Cloud Pub/Sub',
  kind: 'http',
  docs: 'https://cloud.google.com/nodejs/docs/reference/pubsub/latest/pubsub/topic#_google_cloud_pubsub_Topic_publishMessage_member_1_',
  packages: ['@google-cloud/pubsub'],
  calls: [call('publishMessage', 0), call('publishJSON', 0), call('publish', 0, 1)],
};

export const QUEUES: readonly CatalogEntry[] = [
  bullmq, bull, beeQueue, agenda, pgBoss, graphileWorker, kafkajs, amqplib, temporal, inngest, triggerDev, upstashQstash, awsSqs, googlePubsub,
];
