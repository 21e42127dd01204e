import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadManifest } from '../manifest/index.js';
import type { LocalizedText, Manifest } from '../manifest/types.js';
import { getCountryName, isInsideEea } from './countries.js';
import { escapeHtml, escapeMarkdown } from './escape.js';
import { formatNoticeHtml } from './html.js';
import { getLocale, NOTICE_LANGUAGES, type NoticeLanguage } from './locales/index.js';
import { formatNoticeMarkdown } from './markdown.js';
import { createNoticeModel, type NoticeModel } from './model.js';
import { getTransferMechanism } from './transfers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (path: string) => loadManifest(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), { root }).manifest;
const MANIFESTS = {
  complete: load('notice/complete/privacy.yml'),
  'kids-fitness': load('notice/kids-fitness/privacy.yml'),
  'b2b-saas': load('notice/b2b-saas/privacy.yml'),
  'demo-shop': load('demo-shop/privacy.yml'),
};

const pick = (text: LocalizedText | undefined, lang: string): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[lang] ?? text.en ?? '');

interface ChecklistItem {
  ref: string;
  /** Text taken from the manifest: must appear, escaped for the format. */
  manifest: string[];
  /** Fixed text from the locale: must appear as it is. */
  fixed: string[];
  /** Headings that must come in this order (Art. 21(4): the objection apart and early; the summary first). */
  order?: string[];
}

/**
 * GDPR Art. 13 (and 14 for data not from the person), ANCHORS.md §8, plus what issue 18 found missing against
 * well-regarded notices: each item becomes markers that a notice must contain. Built from the manifest and the
 * locale independently of the renderers, so a renderer that drops a part fails here. An item the manifest gives
 * nothing for is left out (a notice without a DPO does not name one); `complete` exercises every item.
 */
function createChecklist(manifest: Manifest, lang: NoticeLanguage): ChecklistItem[] {
  const t = getLocale(lang, manifest.notice?.germanAddress);
  const purposes = Object.values(manifest.purposes);
  const recipients = Object.values(manifest.recipients);
  const fields = Object.values(manifest.fields);
  const { service } = manifest;
  const recipientName = (id: string) => pick(manifest.recipients[id]?.localizedName ?? manifest.recipients[id]?.name, lang);
  const outside = recipients.filter((recipient) => !isInsideEea(recipient.country));
  const mechanisms = outside.flatMap((recipient) => {
    const mechanism = getTransferMechanism(recipient);
    return mechanism ? [t.transferMechanisms[mechanism]] : [];
  });
  const interests = purposes.filter((p) => p.legalBasis === 'legitimate-interests' || p.legalBasis === 'public-task');
  const items: ChecklistItem[] = [
    { ref: '13(1)(a) controller and contact', manifest: [service.controller.name, service.controller.email ?? ''], fixed: [t.contact.controller] },
    { ref: '13(1)(a) representative', manifest: service.representative ? [service.representative.name ?? '', service.representative.email ?? ''] : [], fixed: service.representative ? [t.contact.representative] : [] },
    { ref: '13(1)(b) data protection officer', manifest: service.dpo ? [service.dpo.email ?? ''] : [], fixed: service.dpo ? [t.contact.dpo] : [] },
    { ref: '13(1)(c) purposes', manifest: purposes.map((p) => pick(p.description, lang)), fixed: [] },
    { ref: '13(1)(c) legal basis, explained', manifest: [], fixed: purposes.flatMap((p) => [t.legalBases[p.legalBasis!].title, t.legalBases[p.legalBasis!].explanation]) },
    { ref: '13(1)(c) legal obligation named', manifest: purposes.flatMap((p) => (p.legalObligation ? [pick(p.legalObligation, lang)] : [])), fixed: [] },
    { ref: '13(1)(d) legitimate interests', manifest: interests.flatMap((p) => (p.legitimateInterest ? [pick(p.legitimateInterest, lang)] : [])), fixed: interests.length > 0 ? [t.purpose.objectionHint] : [] },
    { ref: '13(1)(e) recipients and their roles', manifest: recipients.map((r) => recipientName(r.id)), fixed: recipients.map((r) => t.roles[r.role]) },
    {
      ref: '13(1)(f) third country, transfer mechanism with article and link',
      manifest: [],
      fixed: [
        ...outside.map((r) => t.recipients.thirdCountry(getCountryName(r.country, lang))),
        ...mechanisms.flatMap((m) => [m.title, m.linkText]),
        ...(mechanisms.some((m) => m.offersCopy) ? [t.recipients.copy] : []),
      ],
    },
    { ref: '13(2)(a) storage period', manifest: fields.map((f) => pick(f.retention, lang)), fixed: [] },
    {
      ref: '13(2)(b) rights',
      manifest: [],
      fixed: [t.rights.access, t.rights.rectification, t.rights.erasure, t.rights.restriction, t.rights.portability, t.rights.objection].map((r) => r.title),
    },
    {
      ref: '13(2)(c) withdrawing consent, and how',
      manifest: service.consentWithdrawal ? [pick(service.consentWithdrawal, lang)] : [],
      fixed: purposes.some((p) => p.legalBasis === 'consent') ? [t.rights.withdrawConsent.title, t.purpose.withdrawConsent] : [],
    },
    { ref: '13(2)(d) complaint to a supervisory authority', manifest: service.supervisoryAuthority ? [service.supervisoryAuthority.name] : [], fixed: [t.complaint.text] },
    {
      ref: '13(2)(e) statutory or contractual requirement, and consequences',
      manifest: fields.flatMap((f) => (f.consequenceIfNotProvided ? [pick(f.consequenceIfNotProvided, lang)] : [])),
      fixed: [
        ...(fields.some((f) => f.required !== undefined || f.optional !== undefined) ? [t.data.providing] : []),
        ...fields.flatMap((f) => (f.required && f.requiredBy ? [t.data.requiredBy[f.requiredBy]] : [])),
      ],
    },
    {
      ref: '13(2)(f) automated decision-making',
      manifest: purposes.flatMap((p) => (p.automatedDecision ? [pick(p.automatedDecision.logic, lang), pick(p.automatedDecision.consequences, lang)] : [])),
      fixed: purposes.some((p) => p.automatedDecision) ? [t.automatedDecisions.right] : [],
    },
    {
      ref: '13(3) further processing for a new purpose',
      manifest: [],
      fixed: purposes.some((p) => p.furtherProcessing) ? [t.headings.furtherProcessing, t.furtherProcessing.intro] : [],
    },
    { ref: '14(1)(d) categories of personal data', manifest: fields.map((f) => pick(f.description, lang)), fixed: [] },
    { ref: '14(2)(f) source of the data', manifest: fields.flatMap((f) => (f.sourceDescription ? [pick(f.sourceDescription, lang)] : [])), fixed: [] },
    {
      ref: '21(4) right to object, separate and before the rest',
      manifest: [],
      fixed: interests.length > 0 ? [t.headings.objection] : [],
      order: interests.length > 0 ? [t.headings.glance, t.headings.objection, t.headings.controller] : undefined,
    },
    {
      ref: '26(2) essence of the joint-controller arrangement',
      manifest: recipients.flatMap((r) => (r.jointControllerArrangement ? [pick(r.jointControllerArrangement, lang)] : [])),
      fixed: recipients.some((r) => r.role === 'joint-controller') ? [t.headings.jointControllers] : [],
    },
    {
      ref: '§ 25 TDDDG cookies and device storage: name, purpose, duration, party',
      manifest: Object.values(manifest.deviceStorage ?? {}).flatMap((item) => [item.name, pick(item.duration, lang), ...(item.provider ? [t.deviceStorage.thirdParty(recipientName(item.provider))] : [])]),
      fixed: manifest.deviceStorage ? [t.deviceStorage.intro, t.deviceStorage.party, t.deviceStorage.firstParty] : [],
    },
    {
      ref: 'version, date and change history',
      manifest: (manifest.notice?.history ?? []).map((change) => pick(change.summary, lang)),
      fixed: [
        ...(manifest.notice?.version ? [t.version(manifest.notice.version)] : []),
        ...(service.lastUpdated ? [t.formatDate(service.lastUpdated)] : []),
      ],
    },
    {
      ref: 'audience and minimum age',
      manifest: service.audience ? [pick(service.audience, lang)] : [],
      fixed: service.minimumAge !== undefined ? [t.audience.minimumAge(service.minimumAge, service.name)] : [],
    },
    {
      ref: 'deletion page and service website',
      manifest: [],
      fixed: [...(service.deletionUrl ? [t.rights.deleteAt(service.deletionUrl)] : []), ...(service.url ? [t.serviceAt(service.name, service.url)] : [])],
    },
    { ref: 'at a glance first', manifest: [], fixed: [t.headings.glance], order: [t.headings.glance, t.headings.controller, t.headings.purposes] },
  ];
  return items;
}

const isApplicable = (item: ChecklistItem): boolean => item.manifest.length + item.fixed.length > 0;

function findMissing(output: string, checklist: ChecklistItem[], escape: (text: string) => string): string[] {
  // Fixed sentences may carry a link in HTML (the deletion page): compare them with the text as well.
  const text = output.replace(/<[^>]*>/g, '');
  return checklist
    .filter(isApplicable)
    .filter((item) => {
      const missing =
        item.manifest.some((marker) => marker === '' || !output.includes(escape(marker))) ||
        item.fixed.some((marker) => marker === '' || ![output, text].some((shown) => shown.includes(marker) || shown.includes(escape(marker))));
      const positions = (item.order ?? []).map((heading) => output.indexOf(`>${escape(heading)}</h2>`) === -1 ? output.indexOf(`## ${heading}\n`) : output.indexOf(`>${escape(heading)}</h2>`));
      const misplaced = positions.some((position, index) => position === -1 || (index > 0 && position < (positions[index - 1] ?? 0)));
      return missing || misplaced;
    })
    .map((item) => item.ref);
}

const render = (model: NoticeModel) => ({ markdown: formatNoticeMarkdown(model), html: formatNoticeHtml(model) });

describe.each(NOTICE_LANGUAGES)('Art. 13/14 checklist (%s)', (lang) => {
  test('the complete fixture exercises every item', () => {
    expect(createChecklist(MANIFESTS.complete, lang).filter((item) => !isApplicable(item))).toEqual([]);
  });

  test.each(Object.keys(MANIFESTS) as (keyof typeof MANIFESTS)[])('%s: the Markdown and the HTML notice cover every item', (name) => {
    const manifest = MANIFESTS[name];
    const checklist = createChecklist(manifest, lang);
    const { markdown, html } = render(createNoticeModel(manifest, lang).model);
    expect(findMissing(markdown, checklist, escapeMarkdown)).toEqual([]);
    expect(findMissing(html, checklist, escapeHtml)).toEqual([]);
  });

  test('a notice without the DPO, the automated decision and the objection section fails the checklist', () => {
    const checklist = createChecklist(MANIFESTS.complete, lang);
    const { model } = createNoticeModel(MANIFESTS.complete, lang);
    const { dpo: _dpo, ...withoutDpo } = model;
    const stripped: NoticeModel = {
      ...withoutDpo,
      automatedDecisions: [],
      purposes: model.purposes.map(({ automatedDecision: _decision, ...purpose }) => purpose),
      objection: { interests: [], marketing: [] },
    };
    expect(findMissing(formatNoticeMarkdown(stripped), checklist, escapeMarkdown)).toEqual([
      '13(1)(b) data protection officer',
      '13(2)(f) automated decision-making',
      '21(4) right to object, separate and before the rest',
    ]);
  });

  // Issue 18: an adequacy decision was called a safeguard and people were offered "a copy" of it.
  test('a copy is offered only for clauses and binding corporate rules, never for an adequacy decision or the DPF', () => {
    const t = getLocale(lang);
    expect(Object.entries(t.transferMechanisms).filter(([, text]) => text.offersCopy).map(([id]) => id)).toEqual(['standard-contractual-clauses', 'binding-corporate-rules']);
    const { model } = createNoticeModel(MANIFESTS['demo-shop'], lang);
    expect(formatNoticeHtml(model)).not.toContain(t.recipients.copy);
  });
});
