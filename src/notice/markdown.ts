import { escapeMarkdown as md, escapeMarkdownUrl, isSafeUrl, toSentence } from './escape.js';
import { getLocale, getRights, type NoticeLocale } from './locales/index.js';
import type { NoticeContact, NoticeModel, NoticeRef } from './model.js';

/** NoticeModel → a Markdown notice (CommonMark + GitHub tables). Every manifest string is escaped. */
export function formatNoticeMarkdown(model: NoticeModel): string {
  const t = getLocale(model.lang);
  const out: string[] = [];
  const heading = (level: number, text: string) => out.push(`${'#'.repeat(level)} ${text}`, '');
  const bullet = (label: string, text: string) => out.push(`- **${label}${label.endsWith('?') ? '' : ':'}** ${text}`);

  heading(1, md(t.title(model.serviceName)));
  if (model.lastUpdated) out.push(`_${md(t.lastUpdated(model.lastUpdated))}_`, '');
  out.push(md(t.intro(model.serviceName, model.controller.name)), '');

  heading(2, t.headings.glance);
  bullet(t.glance.what, model.glance.data.map(md).join('; '));
  bullet(t.glance.why, model.glance.purposes.map(md).join('; '));
  bullet(t.glance.who, model.glance.recipients.length > 0 ? md(t.joinList(model.glance.recipients)) : md(t.glance.nobody(model.controller.name)));
  bullet(t.glance.howLong, model.glance.retention.map((item) => `${md(item.data)}: ${md(item.retention)}`).join('; '));
  bullet(t.glance.rights, t.glance.rightsSummary);
  out.push('');

  heading(2, t.headings.controller);
  pushContact(out, t.contact.controller, model.controller, t);
  if (model.representative) pushContact(out, t.contact.representative, model.representative, t);
  if (model.dpo) pushContact(out, t.contact.dpo, model.dpo, t);

  heading(2, t.headings.purposes);
  for (const purpose of model.purposes) {
    heading(3, md(purpose.description));
    const basis = t.legalBases[purpose.legalBasis];
    bullet(t.purpose.legalBasis, `${basis.title}. ${basis.explanation}`);
    if (purpose.legitimateInterest) bullet(t.purpose.legitimateInterest, `${md(toSentence(purpose.legitimateInterest))} ${t.purpose.objectionHint}`);
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
    bullet(t.data.storedIn, item.storage.length > 0 ? t.joinList(item.storage.map((kind) => t.storage[kind])) : t.data.notStored);
    bullet(t.data.keptFor, md(item.retention));
    if (item.required !== undefined) {
      const consequence = item.consequenceIfNotProvided;
      bullet(t.data.providing, item.required ? (consequence ? md(t.data.requiredConsequence(consequence)) : t.data.required) : t.data.optional);
    }
    bullet(t.data.source, item.sourceDescription ? `${t.sourceKinds[item.source]} (${md(item.sourceDescription)})` : t.sourceKinds[item.source]);
    out.push('');
  }

  heading(2, t.headings.recipients);
  if (model.recipients.length === 0) {
    out.push(t.recipients.none, '');
  } else {
    out.push(t.recipients.intro, '');
    out.push(
      `| ${[t.recipients.recipient, t.recipients.role, t.recipients.country, t.recipients.safeguard, t.recipients.receives, t.recipients.purposes].join(' | ')} |`,
      `|${' --- |'.repeat(6)}`,
    );
    for (const recipient of model.recipients) {
      const name = recipient.privacyPolicyUrl && isSafeUrl(recipient.privacyPolicyUrl)
        ? `${md(recipient.name)} ([${t.recipients.privacyPolicy}](${escapeMarkdownUrl(recipient.privacyPolicyUrl)}))`
        : md(recipient.name);
      const country = recipient.outsideEea ? t.recipients.thirdCountry(recipient.countryName) : recipient.countryName;
      const safeguard = recipient.safeguard ? md(recipient.safeguard) : recipient.outsideEea ? '' : t.recipients.noSafeguardNeeded;
      out.push(`| ${[name, t.roles[recipient.role], md(country), safeguard, recipient.data.length > 0 ? phrases(recipient.data) : '–', phrases(recipient.purposes)].join(' | ')} |`);
    }
    out.push('');
    if (model.recipients.some((recipient) => recipient.outsideEea)) out.push(t.recipients.safeguardCopy, '');
  }

  if (model.sources.length > 0) {
    heading(2, t.headings.sources);
    out.push(t.sources.intro, '');
    for (const source of model.sources) out.push(`- **${md(source.data)}:** ${t.sourceKinds[source.source]} (${md(source.description)})`);
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

  heading(2, t.headings.complaint);
  out.push(t.complaint.text, '');
  if (model.supervisoryAuthority) pushContact(out, t.complaint.authority, model.supervisoryAuthority, t);

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
