import { describe, expect, test } from 'vitest';
import { createAnalysisSession } from './analysis-session.js';
import type { AnalysisSettings, SessionFile } from './analysis-session.js';
import type { ReadTracker } from './caller-blind.js';
import { createSharedSummaries } from './shared-summaries.js';

function recordingTracker(): ReadTracker & { current: Set<string> } {
  const current = new Set<string>();
  return {
    exact: true,
    current,
    capture(compute) {
      const before = new Set(current);
      const value = compute();
      return { value, reads: [...current].filter((path) => !before.has(path)), usedTypes: false };
    },
    replay(reads) {
      for (const path of reads) current.add(path);
    },
  };
}

describe('createSharedSummaries', () => {
  test('a summary is made once; a later taker counts the files making it read as its own', () => {
    const tracker = recordingTracker();
    const summaries = createSharedSummaries<object, string>(tracker);
    const fn = {};
    let made = 0;
    const summarise = () => {
      made++;
      tracker.current.add('src/lib/mail.ts');
      return { value: 'paths', height: 2 };
    };
    expect(summaries.get(fn, summarise)).toMatchObject({ value: 'paths', height: 2, reads: ['src/lib/mail.ts'] });
    tracker.current.clear();
    expect(summaries.made(fn)).toMatchObject({ value: 'paths' });
    expect(summaries.get(fn, summarise)).toMatchObject({ value: 'paths' });
    expect(made).toBe(1);
    expect([...tracker.current]).toEqual(['src/lib/mail.ts']);
  });

  test('a summary its start shaped is not shared: every file summarises the function itself', () => {
    const summaries = createSharedSummaries<object, string>(recordingTracker());
    const fn = {};
    expect(summaries.get(fn, () => undefined)).toBeUndefined();
    expect(summaries.made(fn)).toBeUndefined();
    expect(summaries.get(fn, () => ({ value: 'paths', height: 1 }))).toBeUndefined();
  });
});

const FILES: SessionFile[] = [
  {
    path: 'src/lib/mail.ts',
    text: "import { Resend } from 'resend';\nconst resend = new Resend('re_123');\nexport function sendWelcome(to: string) {\n  return resend.emails.send({ from: 'a@b.c', to, subject: 'Hi' });\n}\n",
  },
  { path: 'src/signup.ts', text: "import { sendWelcome } from './lib/mail';\nexport function signup(user: { email: string }) {\n  return sendWelcome(user.email);\n}\n" },
  { path: 'src/invite.ts', text: "import { sendWelcome } from './lib/mail';\nexport function invite(invitee: { email: string }) {\n  return sendWelcome(invitee.email);\n}\n" },
].map((file) => ({ ...file, absolutePath: `/virtual/${file.path}`, dependencies: new Set(['resend']), compilerOptions: undefined }));
const SETTINGS: AnalysisSettings = { root: '/virtual', sdks: undefined, aliases: {}, types: false, rootOptions: undefined, keepShapes: true };

describe('files of one session sharing a wrapper summary', () => {
  test('each caller gets what it gets analysed alone: the same findings and the wrapper among its reads', async () => {
    const together = createAnalysisSession(FILES, SETTINGS);
    await together.loadEngine();
    const [signup, invite] = ['src/signup.ts', 'src/invite.ts'].map((path) => together.analyse(together.files.get(`/virtual/${path}`)!));

    const alone = createAnalysisSession(FILES, SETTINGS);
    await alone.loadEngine();
    const inviteAlone = alone.analyse(alone.files.get('/virtual/src/invite.ts')!);

    expect(invite).toEqual(inviteAlone);
    expect(invite!.reads).toEqual(['src/lib/mail.ts']);
    expect(signup!.reads).toEqual(['src/lib/mail.ts']);
    expect(invite!.output!.findings.map((finding) => `${finding.location.file}:${finding.location.line}:${finding.location.column} ${finding.category}`).sort()).toEqual([
      'src/invite.ts:3:10 user.contact.email',
      // The output before deduplication, which holds the wrapper's own site twice, alone as together.
      'src/lib/mail.ts:4:10 user.contact.email',
      'src/lib/mail.ts:4:10 user.contact.email',
    ]);
  });
});
