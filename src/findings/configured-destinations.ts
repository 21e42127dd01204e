import type { Finding } from '../model.js';
import { ENV_DESTINATION_PREFIX, type EndpointLookup } from './endpoints.js';

/**
 * Gives each request to a URL read from an environment variable (recipient `env:NAME`) the host the project's
 * example env files give that variable, and the service whose endpoint that host is (`SLACK_WEBHOOK_URL=
 * https://hooks.slack.com/...` is slack). Without a real URL there the recipient stays `env:NAME`, which a
 * manifest declares in a recipient's `hosts` or in `scan.firstPartyHosts`.
 *
 * This runs on the scan's result, after the per-file cache: the cached analysis never depends on the env files,
 * so editing them changes the result without invalidating a single file.
 */
export function resolveConfiguredDestinations(findings: readonly Finding[], envHosts: Readonly<Record<string, string>>, endpointOf: EndpointLookup): Finding[] {
  return findings.map((finding) => {
    const { recipient, kind, api } = finding.sink;
    if (kind !== 'http' || recipient === null || !recipient.startsWith(ENV_DESTINATION_PREFIX)) return finding;
    const host = envHosts[recipient.slice(ENV_DESTINATION_PREFIX.length)];
    if (host === undefined) return finding;
    const service = endpointOf(host, undefined);
    const sink = service ? { kind: service.entry.kind, recipient: service.entry.id, api: `${api} ${host}` } : { ...finding.sink, recipient: host };
    return { ...finding, sink };
  });
}
