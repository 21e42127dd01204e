import { ADVERTISING } from './advertising.js';
import { AFFILIATE } from './affiliate.js';
import { AI } from './ai.js';
import { ANALYTICS } from './analytics.js';
import { AUTH } from './auth.js';
import { BROWSER_DEVICE } from './browser-device.js';
import { DATABASES } from './databases.js';
import { ERROR_MONITORING } from './error-monitoring.js';
import { FEATURE_FLAGS } from './feature-flags.js';
import { FILES } from './files.js';
import { INTEGRATIONS } from './integrations.js';
import { LOGGERS } from './loggers.js';
import { MARKETING } from './marketing.js';
import { MESSAGING } from './messaging.js';
import { MOBILE_DEVICE } from './mobile-device.js';
import { MOBILE_NETWORK } from './mobile-network.js';
import { MOBILE_STORAGE } from './mobile-storage.js';
import { OTHER } from './other.js';
import { PAYMENTS } from './payments.js';
import { QUEUES } from './queues.js';
import { SEARCH } from './search.js';
import { SESSION_REPLAY } from './session-replay.js';
import { SMS_GATEWAYS } from './sms-gateways.js';
import { STORAGE } from './storage.js';
import { SUPPORT } from './support.js';
import type { CatalogEntry } from './types.js';
import { WAREHOUSES } from './warehouses.js';
import { WEB_NETWORK } from './web-network.js';

export type { CallSignature, CatalogEntry, DataArgument } from './types.js';

/** Every catalogued SDK, database, logger and storage library, sorted by id. */
export const CATALOG: readonly CatalogEntry[] = [
  ...ANALYTICS,
  ...ERROR_MONITORING,
  ...SESSION_REPLAY,
  ...ADVERTISING,
  ...MARKETING,
  ...MESSAGING,
  ...SMS_GATEWAYS,
  ...SUPPORT,
  ...PAYMENTS,
  ...AI,
  ...AUTH,
  ...INTEGRATIONS,
  ...QUEUES,
  ...DATABASES,
  ...LOGGERS,
  ...STORAGE,
  ...MOBILE_STORAGE,
  ...MOBILE_DEVICE,
  ...BROWSER_DEVICE,
  ...MOBILE_NETWORK,
  ...WEB_NETWORK,
  ...FILES,
  ...OTHER,
  ...FEATURE_FLAGS,
  ...SEARCH,
  ...AFFILIATE,
  ...WAREHOUSES,
].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((entry) => [entry.id, entry]));

export function getCatalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}
