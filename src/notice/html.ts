import { createHash } from 'node:crypto';
import { formatDataMapSvg } from './data-map-svg.js';
import { escapeHtml as h, isSafeUrl, toSentence } from './escape.js';
import { getLocale, getRights, type NoticeLocale } from './locales/index.js';
import type { NoticeContact, NoticeModel, NoticeRecipient, NoticeRef } from './model.js';
import * as say from './phrases.js';

// Light and dark schemes share one set of custom properties; print forces black on white and hides navigation.
// Contrast of text and links is at least 4.5:1 in both schemes (WCAG 2.2 AA).
const CSS = `:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1b1b;--muted:#4a4a4a;--accent:#0b57d0;--border:#c3c8cf;--surface:#f3f5f8}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#e9eaec;--muted:#b9bcc2;--accent:#8ab4f8;--border:#454b53;--surface:#1d2126}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
.page{max-width:50rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.35rem;line-height:1.3;margin:2.5rem 0 .75rem;padding-top:.75rem;border-top:1px solid var(--border)}
h3{font-size:1.1rem;line-height:1.35;margin:1.25rem 0 .5rem}
a{color:var(--accent)}
a:focus-visible,.table-scroll:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.muted{color:var(--muted)}
nav h2{border-top:0;margin-top:1.5rem;font-size:1.1rem}
nav ol{padding-left:1.5rem;margin:0}
dl{margin:0}
dl>div{padding:.5rem 0;border-bottom:1px solid var(--border)}
dl>div:last-child{border-bottom:0}
dt{font-weight:600}
dd{margin:0}
dd ul{margin:0;padding-left:1.25rem}
.glance{background:var(--surface);border:1px solid var(--border);border-radius:.5rem;padding:.25rem 1rem}
.card{border:1px solid var(--border);border-radius:.5rem;padding:0 1rem;margin:1rem 0}
.note{font-weight:600}
address{font-style:normal}
.table-scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.5rem 0}
th,td{border:1px solid var(--border);padding:.5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere;hyphens:auto}
.box{border:2px solid var(--accent);border-radius:.5rem;padding:0 1rem;margin:1rem 0}
thead th{background:var(--surface)}
@media (min-width:40rem){.card dl>div,.glance>div{display:grid;grid-template-columns:13rem 1fr;gap:1rem}}
@media (max-width:30rem){.page{padding:1rem .75rem 2rem}h1{font-size:1.5rem}h2{font-size:1.25rem}}
@media screen and (max-width:40rem){table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block}table.stack tr{border:1px solid var(--border);border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .75rem}table.stack th,table.stack td{border:0;padding:.25rem 0}table.stack td::before{content:attr(data-label) ": ";font-weight:600}table.stack caption{display:block}}
@media print{.card dl>div,.glance>div{display:block}:root{--bg:#fff;--fg:#000;--muted:#222;--accent:#000;--border:#888;--surface:#fff}nav{display:none}.page{max-width:none;padding:0}h2,h3{break-after:avoid}.card,tr,dl>div{break-inside:avoid}.table-scroll{overflow:visible}a[href^="http"]::after{content:" (" attr(href) ")"}}`;

// The policy allows exactly this stylesheet and nothing else: no scripts, images, fonts or requests, even if a
// manifest string ever slipped through unescaped.
const CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; base-uri 'none'; form-action 'none'`;

/** NoticeModel → one standalone, accessible HTML file: no scripts, no external resources. */
export function formatNoticeHtml(model: NoticeModel): string {
  const t = getLocale(model.lang, model.germanAddress);
  const sections = createSections(model, t);
  const toc = sections.map((section) => `<li><a href="#${section.id}">${section.title}</a></li>`).join('\n');
  const body = sections
    .map((section) => `<section id="${section.id}" aria-labelledby="${section.id}-title">\n<h2 id="${section.id}-title">${section.title}</h2>\n${section.html}\n</section>`)
    .join('\n');
  const version = say.describeVersion(model, t);
  const updated = version ? `\n<p class="muted">${h(version)}</p>` : '';
  const serviceAt =
    model.serviceUrl && isSafeUrl(model.serviceUrl)
      ? `\n<p>${h(t.serviceAt(model.serviceName, model.serviceUrl)).replace(h(model.serviceUrl), link(model.serviceUrl, model.serviceUrl))}</p>`
      : '';
  const audience = serviceAt + say.describeAudience(model, t).map((line) => `\n<p>${h(line)}</p>`).join('');
  return `<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${h(t.title(model.serviceName))}</title>
<style>${CSS}</style>
</head>
<body>
<div class="page">
<header>
<h1>${h(t.title(model.serviceName))}</h1>${updated}
<p>${h(t.intro(model.serviceName, model.controller.name))}</p>${audience}
<nav aria-labelledby="contents-title">
<h2 id="contents-title">${t.contents}</h2>
<ol>
${toc}
</ol>
</nav>
</header>
<main>
${body}
</main>
</div>
</body>
</html>
`;
}

interface Section {
  id: string;
  title: string;
  html: string;
}

function createSections(model: NoticeModel, t: NoticeLocale): Section[] {
  const objection = say.describeObjection(model, t);
  const jointControllers = model.recipients.filter((recipient) => recipient.role === 'joint-controller');
  const further = model.purposes.filter((purpose) => purpose.furtherProcessing !== undefined);
  const changes = say.describeChanges(model, t);
  const sections: (Section | false)[] = [
    { id: 'at-a-glance', title: t.headings.glance, html: glance(model, t) },
    // Art. 21(4): the right to object is brought to people's attention clearly and separately from other information.
    objection.length > 0 && { id: 'objection', title: t.headings.objection, html: `<div class="box">\n${objection.map((paragraph) => `<p>${h(paragraph)}</p>`).join('\n')}\n</div>` },
    { id: 'controller', title: t.headings.controller, html: controller(model, t) },
    jointControllers.length > 0 && { id: 'joint-controllers', title: t.headings.jointControllers, html: jointControllerSection(jointControllers, t) },
    { id: 'purposes', title: t.headings.purposes, html: purposes(model, t) },
    { id: 'data', title: t.headings.data, html: data(model, t) },
    { id: 'recipients', title: t.headings.recipients, html: recipients(model, t) },
    model.deviceStorage.length > 0 && { id: 'device-storage', title: t.headings.deviceStorage, html: deviceStorage(model, t) },
    model.sources.length > 0 && { id: 'sources', title: t.headings.sources, html: sources(model, t) },
    further.length > 0 && {
      id: 'further-processing',
      title: t.headings.furtherProcessing,
      html: `<p>${h(t.furtherProcessing.intro)}</p>\n<ul>\n${further.map((purpose) => `<li>${h(say.describeFurtherProcessing(purpose, t) ?? '')}</li>`).join('\n')}\n</ul>`,
    },
    { id: 'automated-decisions', title: t.headings.automatedDecisions, html: automatedDecisions(model, t) },
    { id: 'rights', title: t.headings.rights, html: rights(model, t) },
    { id: 'complaint', title: t.headings.complaint, html: complaint(model, t) },
    changes.length > 0 && { id: 'changes', title: t.headings.changes, html: changeTable(changes, t) },
  ];
  return sections.filter((section): section is Section => section !== false);
}

const item = (term: string, description: string) => `<div><dt>${term}</dt><dd>${description}</dd></div>`;
/** Names read well as "a, b and c". */
const names = (items: readonly NoticeRef[], t: NoticeLocale) => h(t.joinList(items.map((entry) => entry.label)));
/** Descriptions are phrases that may hold commas themselves, so each gets its own list item. */
const phrases = (items: readonly string[]) =>
  items.length === 1 ? h(items[0] ?? '') : `<ul>${items.map((entry) => `<li>${h(entry)}</li>`).join('')}</ul>`;
const labels = (items: readonly NoticeRef[]) => phrases(items.map((entry) => entry.label));

function glance(model: NoticeModel, t: NoticeLocale): string {
  const who = model.glance.recipients.length > 0 ? h(t.joinList(model.glance.recipients)) : h(t.glance.nobody(model.controller.name));
  const retention = model.glance.retention
    .map((entry) => `<tr><th scope="row">${h(entry.data)}</th><td>${h(entry.retention)}</td></tr>`)
    .join('\n');
  return `<dl class="glance">
${item(t.glance.what, phrases(model.glance.data))}
${item(t.glance.why, phrases(model.glance.purposes))}
${item(t.glance.who, who)}
${item(t.glance.rights, t.glance.rightsSummary)}
</dl>
<div class="table-scroll" role="region" aria-labelledby="retention-caption" tabindex="0">
<table>
<caption id="retention-caption">${t.glance.howLong}</caption>
<thead><tr><th scope="col">${t.data.item}</th><th scope="col">${t.data.keptFor}</th></tr></thead>
<tbody>
${retention}
</tbody>
</table>
</div>`;
}

function contact(title: string, entry: NoticeContact, t: NoticeLocale, headingId: string): string {
  const lines: string[] = [];
  if (entry.name) lines.push(h(entry.name));
  if (entry.address) lines.push(`${t.contact.address}: ${h(entry.address)}`);
  if (entry.email) lines.push(`${t.contact.email}: ${emailLink(entry.email)}`);
  if (entry.phone) lines.push(`${t.contact.phone}: ${h(entry.phone)}`);
  if (entry.url) lines.push(`${t.contact.website}: ${link(entry.url, entry.url)}`);
  return `<h3 id="${headingId}">${h(title)}</h3>\n<address>${lines.join('<br>\n')}</address>`;
}

function controller(model: NoticeModel, t: NoticeLocale): string {
  const parts = [contact(t.contact.controller, model.controller, t, 'controller-contact')];
  if (model.representative) parts.push(contact(t.contact.representative, model.representative, t, 'representative-contact'));
  if (model.dpo) parts.push(contact(t.contact.dpo, model.dpo, t, 'dpo-contact'));
  return parts.join('\n');
}

function purposes(model: NoticeModel, t: NoticeLocale): string {
  return model.purposes
    .map((purpose) => {
      const basis = t.legalBases[purpose.legalBasis];
      const rows = [item(t.purpose.legalBasis, `${basis.title}. ${basis.explanation}`)];
      if (purpose.legalObligation) rows.push(item(t.purpose.legalObligation, h(purpose.legalObligation)));
      if (purpose.legitimateInterest) rows.push(item(t.purpose.legitimateInterest, `${h(toSentence(purpose.legitimateInterest))} ${h(t.purpose.objectionHint)}`));
      const withdrawal = say.describeWithdrawal(purpose, model, t);
      if (withdrawal) rows.push(item(t.purpose.withdrawConsent, h(withdrawal)));
      const further = say.describeFurtherProcessing(purpose, t);
      if (further) rows.push(item(t.purpose.furtherProcessing, h(further)));
      if (purpose.specialCategoryGround) rows.push(item(t.purpose.specialCategoryGround, t.specialCategoryGrounds[purpose.specialCategoryGround]));
      rows.push(item(t.purpose.dataUsed, labels(purpose.data)));
      rows.push(item(t.purpose.sharedWith, purpose.recipients.length > 0 ? names(purpose.recipients, t) : t.purpose.sharedWithNobody));
      if (purpose.automatedDecision) {
        rows.push(item(t.purpose.automatedDecision, `${h(toSentence(purpose.automatedDecision.logic))} ${h(purpose.automatedDecision.consequences)}`));
      }
      const id = `purpose-${h(purpose.id)}`;
      return `<article class="card" aria-labelledby="${id}">\n<h3 id="${id}">${h(purpose.description)}</h3>\n<dl>\n${rows.join('\n')}\n</dl>\n</article>`;
    })
    .join('\n');
}

function data(model: NoticeModel, t: NoticeLocale): string {
  return model.data
    .map((entry) => {
      const providing = say.describeProviding(entry, t);
      const rows = [
        item(t.data.usedFor, labels(entry.purposes)),
        item(t.data.sharedWith, entry.recipients.length > 0 ? names(entry.recipients, t) : t.data.nobody),
        item(t.data.storedIn, h(say.describeStorage(entry, t))),
        item(t.data.keptFor, h(entry.retention)),
      ];
      if (providing !== undefined) rows.push(item(t.data.providing, h(providing)));
      rows.push(item(t.data.source, entry.sourceDescription ? `${t.sourceKinds[entry.source]} (${h(entry.sourceDescription)})` : t.sourceKinds[entry.source]));
      const special = entry.specialCategory ? `\n<p class="note">${t.data.specialCategory}</p>` : '';
      const id = `data-${h(entry.id)}`;
      return `<article class="card" aria-labelledby="${id}">\n<h3 id="${id}">${h(entry.description)}</h3>${special}\n<dl>\n${rows.join('\n')}\n</dl>\n</article>`;
    })
    .join('\n');
}

/** One card per recipient: a six-column table does not fit a phone, nor a German column at any width. */
function recipients(model: NoticeModel, t: NoticeLocale): string {
  if (model.recipients.length === 0) return `<p>${h(t.recipients.none)}</p>`;
  const cards = model.recipients.map((recipient) => {
    const transfer = say.describeTransfer(recipient, t);
    const transferText = transfer
      ? [`<strong>${h(transfer.title)}</strong>`, h(transfer.text), transfer.details ? `${h(t.recipients.details)}: ${h(toSentence(transfer.details))}` : '', transfer.copy ? h(transfer.copy) : '', link(transfer.url, transfer.linkText)]
          .filter((part) => part !== '')
          .join(' ')
      : h(t.recipients.noTransferMechanismNeeded);
    const rows = [
      item(t.recipients.role, h(t.roles[recipient.role])),
      item(t.recipients.country, h(say.describeCountry(recipient, t))),
      item(t.recipients.transfer, transferText),
      item(t.recipients.receives, recipient.data.length > 0 ? labels(recipient.data) : '–'),
      item(t.recipients.purposes, labels(recipient.purposes)),
    ];
    if (recipient.privacyPolicyUrl && isSafeUrl(recipient.privacyPolicyUrl)) rows.push(item(t.recipients.privacyPolicy, link(recipient.privacyPolicyUrl, recipient.privacyPolicyUrl)));
    const id = `recipient-${h(recipient.id)}`;
    return `<article class="card" aria-labelledby="${id}">\n<h3 id="${id}">${h(recipient.name)}</h3>\n<dl>\n${rows.join('\n')}\n</dl>\n</article>`;
  });
  const map = formatDataMapSvg(model);
  return `<p>${h(t.recipients.intro)}</p>${map === '' ? '' : `\n${map}`}\n${cards.join('\n')}`;
}

function jointControllerSection(jointControllers: readonly NoticeRecipient[], t: NoticeLocale): string {
  const rows = jointControllers.map((recipient) => item(h(recipient.name), h(recipient.arrangement ?? '')));
  return `<p>${h(t.jointControllers.intro)}</p>\n<dl>\n${rows.join('\n')}\n</dl>`;
}

function deviceStorage(model: NoticeModel, t: NoticeLocale): string {
  const s = t.deviceStorage;
  const rows = model.deviceStorage.map((entry) => ({
    header: `<code>${h(entry.name)}</code>`,
    cells: [h(say.describeDeviceStoragePurpose(entry, t)), h(entry.duration), h(say.describeParty(entry, t))],
  }));
  return `<p>${h(s.intro)}</p>\n${stackedTable('device-storage-caption', s.caption, [s.name, s.purpose, s.duration, s.party], rows)}`;
}

function changeTable(changes: ReturnType<typeof say.describeChanges>, t: NoticeLocale): string {
  const rows = changes.map((change) => ({ header: h(change.date), cells: [h(change.version), h(change.change)] }));
  return stackedTable('changes-caption', t.changes.caption, [t.changes.date, t.changes.version, t.changes.change], rows);
}

/**
 * A table that turns into one labelled block per row on a phone (`.stack`, below 40rem): four columns of German
 * words do not fit 360 px without breaking words apart. The explicit roles keep the table semantics that
 * browsers drop once the cells are laid out as blocks.
 */
function stackedTable(captionId: string, caption: string, headers: readonly string[], rows: readonly { header: string; cells: string[] }[]): string {
  const [rowHeader = '', ...cellHeaders] = headers;
  const body = rows
    .map(
      (row) =>
        `<tr role="row"><th scope="row" role="rowheader" data-label="${h(rowHeader)}">${row.header}</th>${row.cells
          .map((cell, index) => `<td role="cell" data-label="${h(cellHeaders[index] ?? '')}">${cell}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="stack" role="table">
<caption id="${captionId}">${h(caption)}</caption>
<thead role="rowgroup"><tr role="row">${headers.map((header) => `<th scope="col" role="columnheader">${h(header)}</th>`).join('')}</tr></thead>
<tbody role="rowgroup">
${body}
</tbody>
</table>
</div>`;
}

function sources(model: NoticeModel, t: NoticeLocale): string {
  const rows = model.sources.map((source) => item(h(source.data), `${t.sourceKinds[source.source]} (${h(source.description)})`));
  return `<p>${t.sources.intro}</p>\n<dl>\n${rows.join('\n')}\n</dl>`;
}

function automatedDecisions(model: NoticeModel, t: NoticeLocale): string {
  if (model.automatedDecisions.length === 0) return `<p>${t.automatedDecisions.none}</p>`;
  const decisions = model.automatedDecisions
    .map(
      (decision, index) =>
        `<article class="card" aria-labelledby="decision-${index + 1}">\n<h3 id="decision-${index + 1}">${h(decision.purpose)}</h3>\n<dl>\n${item(t.automatedDecisions.logic, h(decision.logic))}\n${item(t.automatedDecisions.consequences, h(decision.consequences))}\n</dl>\n</article>`,
    )
    .join('\n');
  return `${decisions}\n<p>${t.automatedDecisions.right}</p>`;
}

function rights(model: NoticeModel, t: NoticeLocale): string {
  const rows = getRights(t, model.usesConsent).map((right) => item(right.title, right.text));
  const howTo = model.controller.email
    ? h(t.rights.howTo(model.controller.email)).replace(h(model.controller.email), emailLink(model.controller.email))
    : h(t.rights.howToWithoutEmail(model.controller.name));
  const deletion =
    model.deletionUrl && isSafeUrl(model.deletionUrl)
      ? `\n<p>${h(t.rights.deleteAt(model.deletionUrl)).replace(h(model.deletionUrl), link(model.deletionUrl, model.deletionUrl))}</p>`
      : '';
  return `<p>${t.rights.intro}</p>\n<dl>\n${rows.join('\n')}\n</dl>\n<p>${howTo}</p>${deletion}`;
}

function complaint(model: NoticeModel, t: NoticeLocale): string {
  const authority = model.supervisoryAuthority;
  if (!authority) return `<p>${t.complaint.text}</p>`;
  return `<p>${t.complaint.text}</p>\n${contact(t.complaint.authority, authority, t, 'authority-contact')}`;
}

function emailLink(email: string): string {
  return /^[^\s@<>"'()]+@[^\s@<>"'()]+$/.test(email) ? `<a href="mailto:${h(email)}">${h(email)}</a>` : h(email);
}

function link(url: string, text: string): string {
  return isSafeUrl(url) ? `<a href="${h(url.trim())}">${h(text)}</a>` : h(text);
}
