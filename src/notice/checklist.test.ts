import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import type { LocalizedText, Manifest } from '../manifest/types.js';
import { getCountryName } from './countries.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatNoticeHtml } from './html.js';
import { getLocale, NOTICE_LANGUAGES, type NoticeLanguage } from './locales/index.js';
import { formatNoticeMarkdown } from './markdown.js';
import { createNoticeModel } from './model.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const complete = loadManifest(fileURLToPath(new URL('../../fixtures/notice/complete/privacy.yml', import.meta.url)), { root }).manifest;

const pick = (text: LocalizedText | undefined, lang: string): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[lang] ?? '');

interface ChecklistItem {
  ref: string;
  /** Text taken from the manifest: must appear, escaped for the format. */
  manifest: string[];
  /** Fixed text from the locale: must appear as it is. */
  fixed: string[];
}

/**
 * GDPR Art. 13 (and 14 for data not from the person), ANCHORS.md §8: each item becomes markers that a notice
 * must contain. Built from the manifest and the locale independently of the renderers, so a renderer that drops
 * a part fails here.
 */
function createChecklist(manifest: Manifest, lang: NoticeLanguage): ChecklistItem[] {
  const t = getLocale(lang);
  const purposes = Object.values(manifest.purposes);
  const recipients = Object.values(manifest.recipients);
  const fields = Object.values(manifest.fields);
  const { service } = manifest;
  return [
    { ref: '13(1)(a) controller and contact', manifest: [service.controller.name, service.controller.email ?? ''], fixed: [t.contact.controller] },
    { ref: '13(1)(a) representative', manifest: [service.representative?.name ?? '', service.representative?.email ?? ''], fixed: [t.contact.representative] },
    { ref: '13(1)(b) data protection officer', manifest: [service.dpo?.email ?? ''], fixed: [t.contact.dpo] },
    { ref: '13(1)(c) purposes', manifest: purposes.map((p) => pick(p.description, lang)), fixed: [] },
    {
      ref: '13(1)(c) legal basis, explained',
      manifest: [],
      fixed: purposes.flatMap((p) => [t.legalBases[p.legalBasis!].title, t.legalBases[p.legalBasis!].explanation]),
    },
    { ref: '13(1)(d) legitimate interests', manifest: purposes.flatMap((p) => (p.legitimateInterest ? [pick(p.legitimateInterest, lang)] : [])), fixed: [t.purpose.objectionHint] },
    { ref: '13(1)(e) recipients', manifest: recipients.map((r) => r.name), fixed: recipients.map((r) => t.roles[r.role]) },
    {
      ref: '13(1)(f) third-country transfers and safeguards',
      manifest: recipients.filter((r) => r.safeguard).map((r) => r.safeguard ?? ''),
      fixed: [t.recipients.thirdCountry(getCountryName('US', lang)), t.recipients.safeguardCopy],
    },
    { ref: '13(2)(a) storage period', manifest: fields.map((f) => pick(f.retention, lang)), fixed: [] },
    {
      ref: '13(2)(b) rights',
      manifest: [],
      fixed: [t.rights.access, t.rights.rectification, t.rights.erasure, t.rights.restriction, t.rights.portability, t.rights.objection].map((r) => r.title),
    },
    { ref: '13(2)(c) withdrawing consent', manifest: [], fixed: [t.rights.withdrawConsent.title] },
    { ref: '13(2)(d) complaint to a supervisory authority', manifest: [service.supervisoryAuthority?.name ?? ''], fixed: [t.complaint.text] },
    {
      ref: '13(2)(e) required or not, and consequences',
      manifest: fields.flatMap((f) => (f.consequenceIfNotProvided ? [pick(f.consequenceIfNotProvided, lang)] : [])),
      fixed: [t.data.providing, t.data.optional],
    },
    {
      ref: '13(2)(f) automated decision-making',
      manifest: purposes.flatMap((p) => (p.automatedDecision ? [pick(p.automatedDecision.logic, lang), pick(p.automatedDecision.consequences, lang)] : [])),
      fixed: [t.automatedDecisions.right],
    },
    { ref: '14(1)(d) categories of personal data', manifest: fields.map((f) => pick(f.description, lang)), fixed: [] },
    { ref: '14(2)(f) source of the data', manifest: fields.flatMap((f) => (f.sourceDescription ? [pick(f.sourceDescription, lang)] : [])), fixed: [] },
  ];
}

function findMissing(output: string, checklist: ChecklistItem[], escape: (text: string) => string): string[] {
  return checklist
    .filter((item) => [...item.manifest.map(escape), ...item.fixed].some((marker) => marker === '' || !output.includes(marker)))
    .map((item) => item.ref);
}

describe.each(NOTICE_LANGUAGES)('Art. 13 checklist (%s)', (lang) => {
  const checklist = createChecklist(complete, lang);
  const { model } = createNoticeModel(complete, lang);

  test('the complete fixture exercises every item', () => {
    expect(checklist.filter((item) => item.manifest.length + item.fixed.length === 0)).toEqual([]);
  });

  test('the Markdown notice covers every item', () => {
    expect(findMissing(formatNoticeMarkdown(model), checklist, escapeMarkdown)).toEqual([]);
  });

  test('the HTML notice covers every item', () => {
    expect(findMissing(formatNoticeHtml(model), checklist, escapeHtml)).toEqual([]);
  });

  test('a notice without the DPO and the automated decision fails the checklist', () => {
    const { dpo: _dpo, ...withoutDpo } = model;
    const stripped = { ...withoutDpo, automatedDecisions: [], purposes: model.purposes.map(({ automatedDecision: _decision, ...purpose }) => purpose) };
    expect(findMissing(formatNoticeMarkdown(stripped), checklist, escapeMarkdown)).toEqual([
      '13(1)(b) data protection officer',
      '13(2)(f) automated decision-making',
    ]);
  });
});
