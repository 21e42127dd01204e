import { describe, expect, test } from 'vitest';
import { createAnalysisSession } from './analysis-session.js';
import type { AnalysisSettings, FileResult, SessionFile } from './analysis-session.js';

const SETTINGS: AnalysisSettings = { root: '/virtual', sdks: undefined, aliases: {}, types: true, rootOptions: undefined, keepShapes: true };

function toFiles(files: { path: string; text: string }[]): SessionFile[] {
  return files.map((file) => ({ ...file, absolutePath: `/virtual/${file.path}`, dependencies: undefined, compilerOptions: undefined }));
}

/** Each file analysed in a session of its own, where nothing another file's analysis made can be taken. */
async function analysedAlone(files: SessionFile[]): Promise<Map<string, FileResult>> {
  const results = new Map<string, FileResult>();
  for (const file of files) {
    const session = createAnalysisSession(files, SETTINGS);
    await session.loadEngine();
    results.set(file.path, session.analyse(session.files.get(file.absolutePath)!));
  }
  return results;
}

async function analysedTogether(files: SessionFile[], order: string[], releasable = new Set<string>()): Promise<Map<string, FileResult>> {
  const session = createAnalysisSession(files, SETTINGS);
  await session.loadEngine();
  const results = new Map<string, FileResult>();
  for (const path of order) {
    results.set(path, session.analyse(session.files.get(`/virtual/${path}`)!));
    if (releasable.has(path)) session.release(path);
  }
  return results;
}

const WRAPPERS = toFiles([
  {
    path: 'src/lib/mail.ts',
    text: "import { Resend } from 'resend';\nconst resend = new Resend('key');\nexport async function sendEmail(to: string, subject: string) {\n  await resend.emails.send({ from: 'a@b.c', to, subject });\n}\n",
  },
  {
    path: 'src/lib/notify.ts',
    text: "import { sendEmail } from './mail';\nimport { log } from './log';\nexport async function notify(user: { email: string; phone: string }) {\n  log(user.phone);\n  await sendEmail(user.email, 'hello');\n}\n",
  },
  { path: 'src/lib/log.ts', text: 'export function log(value: unknown) {\n  console.log(value);\n}\n' },
  {
    path: 'src/lib/ping.ts',
    text: "import { pong } from './pong';\nexport function ping(user: { email: string }, n: number) {\n  console.info(user.email);\n  if (n > 0) pong(user, n - 1);\n}\n",
  },
  { path: 'src/lib/pong.ts', text: "import { ping } from './ping';\nexport function pong(user: { email: string }, n: number) {\n  ping(user, n);\n}\n" },
  { path: 'src/routes/signup.ts', text: "import { notify } from '../lib/notify';\nexport async function signup(user: { email: string; phone: string }) {\n  await notify(user);\n}\n" },
  { path: 'src/routes/invite.ts', text: "import { sendEmail } from '../lib/mail';\nimport { notify } from '../lib/notify';\nexport async function invite(email: string, user: { email: string; phone: string }) {\n  await sendEmail(email, 'invited');\n  await notify(user);\n}\n" },
  { path: 'src/routes/welcome.ts', text: "import { notify } from '../lib/notify';\nexport const welcome = (user: { email: string; phone: string }) => notify(user);\n" },
  { path: 'src/routes/game.ts', text: "import { ping } from '../lib/ping';\nimport { pong } from '../lib/pong';\nexport function play(user: { email: string }) {\n  pong(user, 3);\n  ping(user, 2);\n}\n" },
  { path: 'src/routes/rematch.ts', text: "import { ping } from '../lib/ping';\nexport function rematch(user: { email: string }) {\n  ping(user, 1);\n}\n" },
]);

describe('wrapper summaries shared by the files of a session', () => {
  test('a file that takes the summaries another file made gets what it gets analysed alone, findings and reads', async () => {
    const alone = await analysedAlone(WRAPPERS);
    const paths = WRAPPERS.map((file) => file.path);
    const together = await analysedTogether(WRAPPERS, paths);
    expect(together).toEqual(alone);
    expect(together.get('src/routes/invite.ts')!.output!.findings.length).toBeGreaterThan(0);
    expect(together.get('src/routes/welcome.ts')!.reads).toEqual(['src/lib/log.ts', 'src/lib/mail.ts', 'src/lib/notify.ts']);
  });

  test('the order the files are analysed in changes nothing, across a cycle of calls too', async () => {
    const paths = WRAPPERS.map((file) => file.path);
    const forwards = await analysedTogether(WRAPPERS, paths);
    const backwards = await analysedTogether(WRAPPERS, [...paths].reverse());
    expect(new Map([...backwards].sort(([a], [b]) => a.localeCompare(b)))).toEqual(new Map([...forwards].sort(([a], [b]) => a.localeCompare(b))));
    expect(forwards.get('src/routes/rematch.ts')!.output!.findings.length).toBeGreaterThan(0);
  });

  test('a summary whose walk read a tree the scan let go is made again over the new tree', async () => {
    const alone = await analysedAlone(WRAPPERS);
    const order = ['src/routes/signup.ts', 'src/routes/invite.ts', 'src/lib/log.ts', 'src/routes/welcome.ts', 'src/routes/game.ts', 'src/routes/rematch.ts'];
    const together = await analysedTogether(WRAPPERS, order, new Set(['src/lib/log.ts', 'src/routes/signup.ts']));
    for (const path of order) expect(together.get(path)).toEqual(alone.get(path));
  });
});
