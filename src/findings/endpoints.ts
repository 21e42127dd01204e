import type { CatalogEntry, HttpEndpoint } from './catalog/types.js';

/** Prefix of a recipient that is a URL read from an environment variable, until the example env files name its host. */
export const ENV_DESTINATION_PREFIX = 'env:';

/** The catalogued service whose REST endpoint a host and path name (`api.resend.com`, `/emails`). */
export type EndpointLookup = (host: string, path: string | undefined) => { entry: CatalogEntry; endpoint: HttpEndpoint } | undefined;

/**
 * Endpoints are live whatever package.json says: raw HTTP needs no SDK. The longest matching path prefix wins, so
 * an entry may list a specific path beside its host; ties go to the catalog's order.
 */
export function createEndpointLookup(catalog: readonly CatalogEntry[]): EndpointLookup {
  const endpoints = catalog.flatMap((entry) => (entry.endpoints ?? []).map((endpoint) => ({ entry, endpoint })));
  return (host, path) => {
    let best: { entry: CatalogEntry; endpoint: HttpEndpoint } | undefined;
    for (const candidate of endpoints) {
      const { endpoint } = candidate;
      const hostMatches = endpoint.host.startsWith('*.') ? host.endsWith(endpoint.host.slice(1)) : host === endpoint.host;
      if (!hostMatches) continue;
      if (endpoint.pathPrefix && (path === undefined || !path.startsWith(endpoint.pathPrefix))) continue;
      if (!best || (endpoint.pathPrefix ?? '').length > (best.endpoint.pathPrefix ?? '').length) best = candidate;
    }
    return best;
  };
}
