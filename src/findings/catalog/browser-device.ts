import { reads } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Browser libraries that read a person's data from the device: the call is the finding (kind device-api, no recipient),
// and what it returns keeps the category when it flows on.

// https://github.com/GoogleChromeLabs/browser-fs-access#api-documentation
export const browserFsAccess: CatalogEntry = {
  id: 'browser-fs-access',
  name: 'browser-fs-access',
  kind: 'device-api',
  docs: 'https://github.com/GoogleChromeLabs/browser-fs-access#api-documentation',
  packages: ['browser-fs-access'],
  // The files a person picks from their disk are their own documents and pictures.
  calls: [reads('fileOpen', 'user.content.private'), reads('directoryOpen', 'user.content.private')],
};

// https://workos.com/docs/radar/browser-signals
export const workosRadarSignals: CatalogEntry = {
  id: 'workos-radar-signals',
  name: 'WorkOS Radar browser signals',
  kind: 'device-api',
  docs: 'https://workos.com/docs/radar/browser-signals',
  packages: ['@workos/radar-signals'],
  // The token sums up the browser's signals (a device fingerprint) for fraud checks at sign-in.
  calls: [reads('getToken', 'user.device.device_id')],
};

// https://simplewebauthn.dev/docs/packages/browser
export const simpleWebAuthnBrowser: CatalogEntry = {
  id: 'simplewebauthn-browser',
  name: 'SimpleWebAuthn (browser)',
  kind: 'device-api',
  docs: 'https://simplewebauthn.dev/docs/packages/browser',
  packages: ['@simplewebauthn/browser'],
  // The authenticator's signed assertion and a new passkey's registration: the person's credential, sent to the server next.
  calls: [reads('startAuthentication', 'user.authorization.credentials'), reads('startRegistration', 'user.authorization.credentials')],
};

export const BROWSER_DEVICE: readonly CatalogEntry[] = [browserFsAccess, workosRadarSignals, simpleWebAuthnBrowser];
