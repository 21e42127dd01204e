import { escapeMarkdown as md, escapeMarkdownUrl, isSafeUrl, toSentence } from './escape.js';
import { getLocale, getRights, type NoticeLocale } from './locales/index.js';
import type { NoticeContact, NoticeModel, NoticeRef } from './model.js';
import * as say from './phrases.js';

/** NoticeModel → a Markdown notice (CommonMark + GitHub tables). Every manifest string is escaped. */
export function formatNoticeMarkdown(model: NoticeModel): string {
  const t = getLocale(model.lang, model.germanAddress);
  const out: string[] = [];
  const heading = (level: number, text: string) => out.push(`${'#'.repeat(level)} ${text}`, '');
  const bullet = (label: string, text: string) => out.push(`- **${label}${label.endsWith('?') ? '' : ':'}** ${text}`);

  heading(1, md(t.title(model.serviceName)));
  const version = say.describeVersion(model, t);
  if (version) out.push(`_${md(version)}_`, '');
  out.push(md(t.intro(model.serviceName, model.controller.name)), '');
  if (model.serviceUrl && isSafeUrl(model.serviceUrl)) out.push(md(t.serviceAt(model.serviceName, model.serviceUrl)), '');
  for (const line of say.describeAudience(model, t)) out.push(md(line), '');

  heading(2, t.headings.glance);
  bullet(t.glance.what, model.glance.data.map(md).join('; '));
  bullet(t.glance.why, model.glance.purposes.map(md).join('; '));
  bullet(t.glance.who, model.glance.recipients.length > 0 ? md(t.joinList(model.glance.recipients)) : md(t.glance.nobody(model.controller.name)));
  bullet(t.glance.howLong, model.glance.retention.map((item) => `${md(item.data)}: ${md(item.retention)}`).join('; '));
  bullet(t.glance.rights, t.glance.rightsSummary);
  out.push('');

  // Art. 21(4): the right to object stands apart from the other rights, right after the summary.
  const objection = say.describeObjection(model, t);
  if (objection.length > 0) {
    heading(2, t.headings.objection);
    for (const paragraph of objection) out.push(`> **${md(paragraph)}**`, '');
  }

  heading(2, t.headings.controller);
  pushContact(out, t.contact.controller, model.controller, t);
  if (model.representative) pushContact(out, t.contact.representative, model.representative, t);
  if (model.dpo) pushContact(out, t.contact.dpo, model.dpo, t);

  const jointControllers = model.recipients.filter((recipient) => recipient.role === 'joint-controller');
  if (jointControllers.length > 0) {
    heading(2, t.headings.jointControllers);
    out.push(t.jointControllers.intro, '');
    for (const recipient of jointControllers) bullet(md(recipient.name), md(recipient.arrangement ?? ''));
    out.push('');
  }

  heading(2, t.headings.purposes);
  for (const purpose of model.purposes) {
    heading(3, md(purpose.description));
    const basis = t.legalBases[purpose.legalBasis];
    bullet(t.purpose.legalBasis, `${basis.title}. ${basis.explanation}`);
    if (purpose.legalObligation) bullet(t.purpose.legalObligation, md(purpose.legalObligation));
    if (purpose.legitimateInterest) bullet(t.purpose.legitimateInterest, `${md(toSentence(purpose.legitimateInterest))} ${md(t.purpose.objectionHint)}`);
    const withdrawal = say.describeWithdrawal(purpose, model, t);
    if (withdrawal) bullet(t.purpose.withdrawConsent, md(withdrawal));
    const further = say.describeFurtherProcessing(purpose, t);
    if (further) bullet(t.purpose.furtherProcessing, md(further));
    if (purpose.specialCategoryGround) bullet(t.purpose.specialCategoryGround, t.specialCategoryGrounds[purpose.specialCategoryGround]);
    bullet(t.purpose.dataUsed, phrases(purpose.data));
    bullet(t.purpose.sharedWith, purpose.recipients.length > 0 ? refs(purpose.recipients, t) : t.purpose.sharedWithNobody);
    if (purpose.automatedDecision) {
      bullet(t.purpose.automatedDecision, `${md(toSentence(purpose.automatedDecision.logic))} ${md(purpose.automatedDecision.consequences)}`);
    }
    out.push('');
  }

  heading(2, t.headings.data);
  for (const item of model.data) {
    heading(3, md(item.description));
    if (item.specialCategory) out.push(`**${t.data.specialCategory}**`, '');
    bullet(t.data.usedFor, phrases(item.purposes));
    bullet(t.data.sharedWith, item.recipients.length > 0 ? refs(item.recipients, t) : t.data.nobody);
    bullet(t.data.storedIn, md(say.describeStorage(item, t)));
    bullet(t.data.keptFor, md(item.retention));
    const providing = say.describeProviding(item, t);
    if (providing !== undefined) bullet(t.data.providing, md(providing));
    bullet(t.data.source, item.sourceDescription ? `${t.sourceKinds[item.source]} (${md(item.sourceDescription)})` : t.sourceKinds[item.source]);
    out.push('');
  }

  heading(2, t.headings.recipients);
  if (model.recipients.length === 0) {
    out.push(md(t.recipients.none), '');
  } else {
    out.push(md(t.recipients.intro), '');
    for (const recipient of model.recipients) {
      heading(3, md(recipient.name));
      bullet(t.recipients.role, md(t.roles[recipient.role]));
      bullet(t.recipients.country, md(say.describeCountry(recipient, t)));
      const transfer = say.describeTransfer(recipient, t);
      const transferText = transfer
        ? [`**${md(transfer.title)}**`, md(transfer.text), transfer.details ? `${md(t.recipients.details)}: ${md(toSentence(transfer.details))}` : '', transfer.copy ? md(transfer.copy) : '', `[${md(transfer.linkText)}](${escapeMarkdownUrl(transfer.url)})`]
            .filter((part) => part !== '')
            .join(' ')
        : md(t.recipients.noTransferMechanismNeeded);
      bullet(t.recipients.transfer, transferText);
      bullet(t.recipients.receives, recipient.data.length > 0 ? phrases(recipient.data) : '–');
      bullet(t.recipients.purposes, phrases(recipient.purposes));
      if (recipient.privacyPolicyUrl && isSafeUrl(recipient.privacyPolicyUrl)) bullet(t.recipients.privacyPolicy, `<${escapeMarkdownUrl(recipient.privacyPolicyUrl)}>`);
      out.push('');
    }
  }

  if (model.deviceStorage.length > 0) {
    const s = t.deviceStorage;
    heading(2, t.headings.deviceStorage);
    out.push(md(s.intro), '', `| ${[s.name, s.purpose, s.duration, s.party].join(' | ')} |`, `|${' --- |'.repeat(4)}`);
    for (const entry of model.deviceStorage) {
      out.push(`| ${[md(entry.name), md(say.describeDeviceStoragePurpose(entry, t)), md(entry.duration), md(say.describeParty(entry, t))].join(' | ')} |`);
    }
    out.push('');
  }

  if (model.sources.length > 0) {
    heading(2, t.headings.sources);
    out.push(t.sources.intro, '');
    for (const source of model.sources) out.push(`- **${md(source.data)}:** ${t.sourceKinds[source.source]} (${md(source.description)})`);
    out.push('');
  }

  const further = model.purposes.filter((purpose) => purpose.furtherProcessing !== undefined);
  if (further.length > 0) {
    heading(2, t.headings.furtherProcessing);
    out.push(md(t.furtherProcessing.intro), '');
    for (const purpose of further) out.push(`- ${md(say.describeFurtherProcessing(purpose, t) ?? '')}`);
    out.push('');
  }

  heading(2, t.headings.automatedDecisions);
  if (model.automatedDecisions.length === 0) {
    out.push(t.automatedDecisions.none, '');
  } else {
    for (const decision of model.automatedDecisions) {
      heading(3, md(decision.purpose));
      bullet(t.automatedDecisions.logic, md(decision.logic));
      bullet(t.automatedDecisions.consequences, md(decision.consequences));
      out.push('');
    }
    out.push(t.automatedDecisions.right, '');
  }

  heading(2, t.headings.rights);
  out.push(t.rights.intro, '');
  for (const right of getRights(t, model.usesConsent)) bullet(right.title, right.text);
  out.push('');
  out.push(model.controller.email ? md(t.rights.howTo(model.controller.email)) : md(t.rights.howToWithoutEmail(model.controller.name)), '');
  if (model.deletionUrl && isSafeUrl(model.deletionUrl)) out.push(md(t.rights.deleteAt(model.deletionUrl)), '');

  heading(2, t.headings.complaint);
  out.push(t.complaint.text, '');
  if (model.supervisoryAuthority) pushContact(out, t.complaint.authority, model.supervisoryAuthority, t);

  const changes = say.describeChanges(model, t);
  if (changes.length > 0) {
    heading(2, t.headings.changes);
    out.push(`| ${[t.changes.date, t.changes.version, t.changes.change].join(' | ')} |`, `|${' --- |'.repeat(3)}`);
    for (const change of changes) out.push(`| ${[md(change.date), md(change.version), md(change.change)].join(' | ')} |`);
    out.push('');
  }

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Names read well as "a, b and c". */
function refs(items: readonly NoticeRef[], t: NoticeLocale): string {
  return md(t.joinList(items.map((item) => item.label)));
}

/** Descriptions are phrases that may hold commas themselves, so they are separated by semicolons. */
function phrases(items: readonly NoticeRef[]): string {
  return items.map((item) => md(item.label)).join('; ');
}

function pushContact(out: string[], title: string, contact: NoticeContact, t: NoticeLocale): void {
  out.push(`**${md(title)}**`, '');
  const lines: string[] = [];
  if (contact.name) lines.push(md(contact.name));
  if (contact.address) lines.push(`${t.contact.address}: ${md(contact.address)}`);
  if (contact.email) lines.push(`${t.contact.email}: ${md(contact.email)}`);
  if (contact.phone) lines.push(`${t.contact.phone}: ${md(contact.phone)}`);
  if (contact.url) lines.push(`${t.contact.website}: ${isSafeUrl(contact.url) ? `<${escapeMarkdownUrl(contact.url)}>` : md(contact.url)}`);
  for (const line of lines) out.push(`- ${line}`);
  out.push('');
}
