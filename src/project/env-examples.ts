import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readRegularFile } from '../fs/read-file.js';

// Example env and compose files are small; a larger one is not what it claims to be.
const MAX_BYTES = 256 * 1024;

/** Example env files a project commits beside its code (the real `.env` holds secrets and is never read). */
const EXAMPLE_ENV_FILES = ['.env.example', '.env.sample', '.env.template', '.env.local.example', '.env.development.example', '.env.defaults', '.env.dist'];
const COMPOSE_FILE = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;
/** Hosts that say where a developer's machine runs the service, not who receives the data in production. */
const PLACEHOLDER_HOST = /^(localhost|.*\.local|.*\.localhost|.*\.internal|\d+\.\d+\.\d+\.\d+|\[.*\]|(.*\.)?example\.(com|org|net)|.*\.example|host\.docker\.internal|your[-_.].*|.*\byour[-_]?(domain|host|app|server|project)\b.*|x+\..*)$/i;

/**
 * The host each environment variable's URL has in the project's example env files (`.env.example`, `.env.sample`,
 * ..., and `environment` entries of docker-compose files), in `folders` (the scanned root first, then workspace
 * packages): what a URL read from `process.env.NAME` points at. Values that are no real URL (a placeholder, a
 * local address) are left out, so the destination stays `env:NAME`. The first folder that names a variable wins.
 */
export function readExampleEnvHosts(folders: readonly string[]): Record<string, string> {
  const hosts: Record<string, string> = {};
  const add = (name: string, value: unknown) => {
    if (hosts[name] !== undefined || typeof value !== 'string') return;
    const host = toRealHost(value);
    if (host) hosts[name] = host;
  };
  const read = (folder: string, name: string) => {
    const outcome = readRegularFile(join(folder, name), folder, MAX_BYTES);
    return 'bytes' in outcome ? outcome.bytes.toString('utf8') : undefined;
  };
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      continue;
    }
    for (const name of EXAMPLE_ENV_FILES) {
      if (!names.includes(name)) continue;
      const text = read(folder, name);
      if (text !== undefined) for (const [variable, value] of parseDotenv(text)) add(variable, value);
    }
    for (const name of names.filter((file) => COMPOSE_FILE.test(file))) {
      const text = read(folder, name);
      if (text !== undefined) for (const [variable, value] of composeEnvironment(text)) add(variable, value);
    }
  }
  return Object.fromEntries(Object.entries(hosts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function parseDotenv(text: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2]!.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && value.indexOf(quote, 1) > 0) value = value.slice(1, value.indexOf(quote, 1));
    else value = value.replace(/\s+#.*$/, '');
    entries.push([match[1]!, value]);
  }
  return entries;
}

/** `services.<name>.environment` as a map (`NAME: value`) or a list (`- NAME=value`). */
function composeEnvironment(text: string): [string, string][] {
  let document: unknown;
  try {
    document = parse(text);
  } catch {
    return [];
  }
  const services = (document as { services?: unknown } | null)?.services;
  if (!services || typeof services !== 'object') return [];
  const entries: [string, string][] = [];
  for (const service of Object.values(services as Record<string, unknown>)) {
    const environment = (service as { environment?: unknown } | null)?.environment;
    if (Array.isArray(environment)) {
      for (const item of environment) {
        const match = typeof item === 'string' ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(item) : null;
        if (match) entries.push([match[1]!, match[2]!]);
      }
    } else if (environment && typeof environment === 'object') {
      for (const [name, value] of Object.entries(environment as Record<string, unknown>)) if (typeof value === 'string') entries.push([name, value]);
    }
  }
  return entries;
}

/** The host of a real URL (`https://api.tinybird.co`), or undefined for a placeholder, a local address or no URL at all. */
export function toRealHost(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value) || /[<>{}$]/.test(value)) return undefined;
  let host: string;
  try {
    host = new URL(value).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (!host.includes('.') || PLACEHOLDER_HOST.test(host)) return undefined;
  return host;
}
