import { atPaths, call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Native HTTP clients of React Native apps. Like fetch and axios they send to the host the app configures, so their
// findings are `http` with no catalogued recipient.

// https://github.com/mattermost/react-native-network-client#usage
export const mattermostNetworkClient: CatalogEntry = {
  id: 'react-native-network-client',
  name: 'Mattermost React Native Network Client',
  kind: 'http',
  sendsWhereConfigured: true,
  docs: 'https://github.com/mattermost/react-native-network-client#usage',
  packages: ['@mattermost/react-native-network-client'],
  // get/put/post/patch/delete(endpoint, { body, headers }); upload(endpoint, fileUrl, options) sends the file itself:
  // a local file the app hands over (an attachment, a new avatar) is the person's content whatever its path is called.
  calls: [
    atPaths('post', 1, ['body', 'headers']),
    atPaths('put', 1, ['body', 'headers']),
    atPaths('patch', 1, ['body', 'headers']),
    atPaths('get', 1, ['headers']),
    atPaths('delete', 1, ['body', 'headers']),
    { method: 'upload', args: [{ index: 1, category: 'user.content.private' }, { index: 2, paths: ['headers'] }] },
  ],
};

// https://github.com/RocketChat/Rocket.Chat.js.SDK#api
export const rocketchatSdk: CatalogEntry = {
  id: 'rocketchat-sdk',
  name: 'Rocket.Chat JS SDK',
  kind: 'http',
  sendsWhereConfigured: true,
  docs: 'https://github.com/RocketChat/Rocket.Chat.js.SDK#api',
  packages: ['@rocket.chat/sdk'],
  // REST calls take (endpoint, data); a server method call takes (method, ...params).
  calls: [call('post', 1), call('put', 1), call('get', 1), call('methodCall', 1, 2, 3, 4, 5)],
};

export const MOBILE_NETWORK: readonly CatalogEntry[] = [mattermostNetworkClient, rocketchatSdk];
