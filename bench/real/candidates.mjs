// The seeded candidate list a labeller reads (bench/real/README.md, "How the labels are made").
// It finds lines by plain regular expressions over the app's sources at the pinned commit, never by privlint,
// so the labels cannot inherit the engine's blind spots. Usage:
//   node bench/real/candidates.mjs <app-id> [--per-family 12] [--json]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appTree, readApps, trackedFiles } from './app-tree.mjs';

export const FAMILIES = {
  http: /\b(fetch|axios|ky|got|ofetch|\$fetch|superagent|needle|wretch|request)\s*(\.\w+)?\s*\(|\bhttp(Client)?\.(get|post|put|patch|delete|request)\s*\(|new\s+XMLHttpRequest\b|\bsendBeacon\s*\(/,
  database: /\.(create|createMany|insert|insertMany|insertOne|update|updateMany|updateOne|upsert|save|findOneAndUpdate|bulkWrite|set|values)\s*\(/,
  log: /\b(console\.(log|info|warn|error|debug|trace)|(logger|log|Logger|this\.logger)\.(info|warn|error|debug|trace|fatal|log))\s*\(/,
  'browser-storage': /\b(localStorage|sessionStorage|AsyncStorage|MMKV|SecureStore|Keychain|indexedDB|idb|storage)\.(setItem|set|setString|setObject|setMap|setInternetCredentials|setGenericPassword|put|add)\s*\(/,
  cookie: /\bdocument\.cookie\s*=|\bcookies\s*\(\s*\)\s*\.set\s*\(|\.cookie\s*\(|\bsetCookie\s*\(|\bserialize\s*\(|\bcreateCookie(SessionStorage)?\s*\(|\bcookies\.set\s*\(/,
  file: /\b(writeFile|writeFileSync|appendFile|createWriteStream|putObject|PutObjectCommand|upload|uploadFile|put)\s*\(/,
  'request-input': /\b(req|request|ctx|c)\.(body|query|params|headers|ip|input|valid)\b|\brequest\.(json|formData|text)\s*\(|@(Body|Query|Param|Headers|Req|Ip)\s*\(|\.input\s*\(|\buseForm\b|\bformData\.get\s*\(/,
  'device-api': /\b(geolocation|getCurrentPosition|watchPosition|Contacts|ImagePicker|DocumentPicker|launchImageLibrary|launchCamera|Clipboard|getDeviceToken|getToken|requestPermissions|mediaDevices|getUserMedia|DeviceInfo)\b/,
  'third-party': /\.(track|identify|capture|captureException|captureMessage|setUser|setContext|alias|group|page|send|sendMail|sendEmail|publish|enqueue|trigger|messages\.create|emails\.send|chat\.completions\.create|generateText|streamText)\s*\(/,
};

const EXCLUDED = /(^|\/)(node_modules|dist|build|out|\.next|coverage|__tests__|__mocks__|test|tests|e2e|cypress|playwright|stories|storybook|fixtures|mocks?|seed|scripts|migrations)(\/|$)|\.(test|spec|stories|d)\.(ts|tsx|mts|cts)$|\.(e2e|cy)\.(ts|tsx)$/;

/** The sources a labeller reads: TypeScript files of the product, not its tests, tooling or declarations. */
export function productFiles(app) {
  return trackedFiles(app).filter((file) => /\.(ts|tsx|mts|cts)$/.test(file) && !EXCLUDED.test(file));
}

/** A small seeded generator (mulberry32), so the same app, family and seed give the same order on every machine. */
function seededRandom(seedText) {
  let state = createHash('sha256').update(seedText).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, seedText) {
  const random = seededRandom(seedText);
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other], result[index]];
  }
  return result;
}

export function listCandidates(app, root, seed = 'privlint-real-2026') {
  const byFamily = Object.fromEntries(Object.keys(FAMILIES).map((family) => [family, []]));
  for (const file of productFiles(app)) {
    const lines = readFileSync(`${root}/${file}`, 'utf8').split(/\r?\n/);
    lines.forEach((text, index) => {
      if (text.length > 400 || /^\s*(\/\/|\*|import\b)/.test(text)) return;
      for (const [family, pattern] of Object.entries(FAMILIES)) {
        if (pattern.test(text)) byFamily[family].push({ file, line: index + 1, text: text.trim() });
      }
    });
  }
  return Object.fromEntries(
    Object.entries(byFamily).map(([family, candidates]) => [family, shuffled(candidates, `${seed}:${app.id}:${family}`)]),
  );
}

function main() {
  const args = process.argv.slice(2);
  const appId = args.find((arg) => !arg.startsWith('--'));
  const perFamilyIndex = args.indexOf('--per-family');
  const perFamily = perFamilyIndex >= 0 ? Number(args[perFamilyIndex + 1]) : 12;
  const app = readApps().find((candidate) => candidate.id === appId);
  if (!app) {
    console.error(`unknown app '${appId}': pick one of ${readApps().map((candidate) => candidate.id).join(', ')}`);
    process.exit(2);
  }
  const root = appTree(app);
  const candidates = listCandidates(app, root);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ app: app.id, commit: app.commit, root, candidates }, null, 2));
    return;
  }
  console.log(`# ${app.id} at ${app.commit} (tree: ${root})`);
  for (const [family, list] of Object.entries(candidates)) {
    console.log(`\n## ${family}: ${list.length} candidates, first ${Math.min(perFamily, list.length)} in seeded order`);
    list.slice(0, perFamily).forEach((candidate, index) => {
      console.log(`${family}#${index + 1} ${candidate.file}:${candidate.line}  ${candidate.text.slice(0, 160)}`);
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
