import { call, everyArgument } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://developer.mozilla.org/en-US/docs/Web/API/console
export const consoleLog: CatalogEntry = {
  id: 'console',
  name: 'console',
  kind: 'log',
  docs: 'https://developer.mozilla.org/en-US/docs/Web/API/console',
  packages: [],
  globals: ['console'],
  calls: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'].map(everyArgument),
};

// https://getpino.io/#/docs/api?id=logger
export const pino: CatalogEntry = {
  id: 'pino',
  name: 'pino',
  kind: 'log',
  docs: 'https://getpino.io/#/docs/api?id=logger',
  packages: ['pino', 'nestjs-pino'],
  // child(bindings) is listed: its bindings are written with every later line.
  calls: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'child'].map(everyArgument),
  boundBy: ['child'],
};

// https://github.com/winstonjs/winston#usage
export const winston: CatalogEntry = {
  id: 'winston',
  name: 'winston',
  kind: 'log',
  docs: 'https://github.com/winstonjs/winston#usage',
  packages: ['winston'],
  calls: ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly', 'child'].map(everyArgument),
  boundBy: ['child'],
};

// https://github.com/trentm/node-bunyan#log-method-api
export const bunyan: CatalogEntry = {
  id: 'bunyan',
  name: 'bunyan',
  kind: 'log',
  docs: 'https://github.com/trentm/node-bunyan#log-method-api',
  packages: ['bunyan'],
  calls: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'child'].map(everyArgument),
  boundBy: ['child'],
};

// https://docs.nestjs.com/techniques/logger
export const nestjsLogger: CatalogEntry = {
  id: 'nestjs-logger',
  name: 'NestJS Logger',
  kind: 'log',
  docs: 'https://docs.nestjs.com/techniques/logger',
  // @nestjs/common exports far more than Logger, so every method is qualified by the class name.
  packages: ['@nestjs/common'],
  calls: ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'].map((method) => everyArgument(`Logger.${method}`)),
};

// https://github.com/unjs/consola#usage
export const consola: CatalogEntry = {
  id: 'consola',
  name: 'consola',
  kind: 'log',
  docs: 'https://github.com/unjs/consola#usage',
  packages: ['consola'],
  calls: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'success', 'fail', 'start', 'ready', 'box'].map(everyArgument),
};

// https://github.com/pimterry/loglevel#documentation
export const loglevel: CatalogEntry = {
  id: 'loglevel',
  name: 'loglevel',
  kind: 'log',
  docs: 'https://github.com/pimterry/loglevel#documentation',
  packages: ['loglevel'],
  calls: ['trace', 'debug', 'info', 'warn', 'error', 'log'].map(everyArgument),
};

// https://log4js-node.github.io/log4js-node/api.html
export const log4js: CatalogEntry = {
  id: 'log4js',
  name: 'log4js',
  kind: 'log',
  docs: 'https://log4js-node.github.io/log4js-node/api.html',
  packages: ['log4js'],
  calls: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'].map(everyArgument),
};

// https://tslog.js.org/#/?id=log-level
export const tslog: CatalogEntry = {
  id: 'tslog',
  name: 'tslog',
  kind: 'log',
  docs: 'https://tslog.js.org/#/?id=log-level',
  packages: ['tslog'],
  calls: ['silly', 'trace', 'debug', 'info', 'warn', 'error', 'fatal'].map(everyArgument),
};

// Hosted logging services: the lines leave the process for the vendor, so their kind is the third-party
// error-monitoring one (as Datadog's logs are), not `log`, whose recipient is the product's own library.

// https://betterstack.com/docs/logs/javascript/
export const betterStack: CatalogEntry = {
  id: 'better-stack',
  name: 'Better Stack Logs (Logtail)',
  kind: 'error-monitoring',
  docs: 'https://betterstack.com/docs/logs/javascript/',
  packages: ['@logtail/node', '@logtail/browser', '@logtail/js', '@logtail/next', '@logtail/edge'],
  calls: ['debug', 'info', 'warn', 'error', 'log'].map(everyArgument),
  endpoints: [{ host: 'in.logs.betterstack.com' }, { host: '*.betterstackdata.com' }],
};

// https://axiom.co/docs/guides/javascript
export const axiom: CatalogEntry = {
  id: 'axiom',
  name: 'Axiom',
  kind: 'error-monitoring',
  docs: 'https://axiom.co/docs/guides/javascript',
  packages: ['@axiomhq/js', '@axiomhq/logging', '@axiomhq/nextjs', '@axiomhq/react', 'next-axiom'],
  // axiom.ingest(dataset, events); next-axiom's log.info(message, fields) and log.with(fields) for a child logger.
  calls: [call('ingest', 0, 1), ...['debug', 'info', 'warn', 'error', 'with'].map(everyArgument)],
  boundBy: ['with'],
  endpoints: [{ host: 'api.axiom.co', pathPrefix: '/v1/datasets' }],
};

export const LOGGERS: readonly CatalogEntry[] = [
  consoleLog, pino, winston, bunyan, nestjsLogger, consola, loglevel, log4js, tslog, betterStack, axiom, ];
