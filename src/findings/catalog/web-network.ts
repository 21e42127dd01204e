import { call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Browser clients that send to the server the app configures (its own collaboration or realtime server). Like fetch,
// their findings are `http` with no catalogued recipient.

// https://socket.io/docs/v4/client-api/#socketemiteventname-args
export const socketIoClient: CatalogEntry = {
  id: 'socket-io-client',
  name: 'Socket.IO client',
  kind: 'http',
  sendsWhereConfigured: true,
  docs: 'https://socket.io/docs/v4/client-api/#socketemiteventname-args',
  packages: ['socket.io-client'],
  // emit(eventName, ...args), also as socket.volatile.emit / socket.timeout(ms).emit: the event name is the app's;
  // every argument after it goes to the server.
  calls: [call('emit', 1, 2, 3, 4), call('emitWithAck', 1, 2, 3, 4), call('send', 0, 1, 2)],
};

export const WEB_NETWORK: readonly CatalogEntry[] = [socketIoClient];
