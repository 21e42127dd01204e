import { everyArgument } from './shapes.js';
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
};

// https://github.com/winstonjs/winston#usage
export const winston: CatalogEntry = {
  id: 'winston',
  name: 'winston',
  kind: 'log',
  docs: 'https://github.com/winstonjs/winston#usage',
  packages: ['winston'],
  calls: ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly', 'child'].map(everyArgument),
};

// https://github.com/trentm/node-bunyan#log-method-api
export const bunyan: CatalogEntry = {
  id: 'bunyan',
  name: 'bunyan',
  kind: 'log',
  docs: 'https://github.com/trentm/node-bunyan#log-method-api',
  packages: ['bunyan'],
  calls: ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'child'].map(everyArgument),
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

export const LOGGERS: readonly CatalogEntry[] = [consoleLog, pino, winston, bunyan, nestjsLogger];
