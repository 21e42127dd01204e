import { endSentence, formatIsoDate, type NoticeLocale } from './types.js';

const joinList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

export const en: NoticeLocale = {
  lang: 'en',
  title: (service) => `Privacy notice: ${service}`,
  lastUpdated: (date) => `Last updated: ${date}`,
  version: (version) => `Version ${version}`,
  formatDate: (iso) => formatIsoDate(iso, 'en-GB'),
  audience: {
    minimumAge: (age, service) =>
      `You must be at least ${age} years old to use ${service} on your own; if you are younger, a parent or guardian must agree first.`,
  },
  intro: (service, controller) =>
    `This notice explains which personal data ${service} uses, why, who receives it, how long it is kept and what rights you have. Responsible for it: ${endSentence(controller)}`,
  serviceAt: (service, url) => `${service} is at ${url}.`,
  contents: 'Contents',
  headings: {
    glance: 'At a glance',
    controller: 'Who is responsible',
    purposes: 'Why we use your data',
    data: 'Your data in detail',
    recipients: 'Who receives your data',
    sources: 'Data we do not get from you',
    automatedDecisions: 'Automated decisions',
    rights: 'Your rights',
    complaint: 'Your right to complain',
    objection: 'Your right to object',
    jointControllers: 'Joint controllers',
    deviceStorage: 'Cookies and storage on your device',
    furtherProcessing: 'New purposes for data we already hold',
    changes: 'Changes to this notice',
  },
  glance: {
    what: 'What we use',
    why: 'Why',
    who: 'Who receives it',
    nobody: (controller) => `Nobody outside ${endSentence(controller)}`,
    howLong: 'How long we keep it',
    rights: 'Your rights',
    rightsSummary:
      'You can see, correct and delete your data, limit or object to its use, take it with you and withdraw any consent you gave. You can also complain to a data protection authority.',
  },
  contact: {
    controller: 'Controller',
    representative: 'Representative in the EU',
    dpo: 'Data protection officer',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    address: 'Address',
  },
  purpose: {
    legalBasis: 'Legal basis',
    legitimateInterest: 'Our legitimate interest',
    objectionHint: 'You can object to this use at any time on grounds relating to your particular situation (see “Your rights”).',
    specialCategoryGround: 'Condition for special categories of data',
    dataUsed: 'Data used',
    sharedWith: 'Shared with',
    sharedWithNobody: 'Nobody outside our organisation.',
    automatedDecision: 'Automated decision',
    legalObligation: 'Legal obligation',
    withdrawConsent: 'Withdrawing your consent',
    withdrawByContact: 'Write to us using the contact details above; withdrawing is as easy as giving consent.',
    furtherProcessing: 'Data collected for other purposes',
  },
  data: {
    caption: 'Each piece of personal data, what it is used for and how long it is kept',
    item: 'Data',
    usedFor: 'Used for',
    sharedWith: 'Shared with',
    storedIn: 'Stored in',
    keptFor: 'Kept for',
    providing: 'Do you have to provide it?',
    source: 'Where it comes from',
    nobody: 'Nobody',
    notStored: 'Not stored',
    notStoredByUs: 'Not stored by us; the recipients keep it as stated under “Kept for”',
    required: 'Yes, it is required.',
    requiredBy: {
      law: 'Yes, the law requires it.',
      contract: 'Yes, our contract with you requires it.',
      'contract-conclusion': 'Yes, we need it to enter into a contract with you.',
    },
    requiredConsequence: (required, consequence) => `${required} If you do not provide it: ${consequence}`,
    optional: 'No, it is up to you.',
    specialCategory: 'Special category of personal data (Art. 9 GDPR)',
  },
  recipients: {
    intro: 'We share personal data only with the recipients listed here, and only the data listed for each.',
    none: 'We do not share your personal data with anyone outside our organisation.',
    role: 'Role',
    country: 'Where it processes the data',
    transfer: 'Transfer outside the EU/EEA',
    receives: 'Receives',
    purposes: 'For',
    thirdCountry: (country) => `${country}, a third country (outside the EU/EEA)`,
    noTransferMechanismNeeded: 'None: the data stays in the EU/EEA.',
    copy: 'You can ask us for a copy using the contact details above.',
    details: 'Details',
    privacyPolicy: 'privacy policy',
    arrangement: 'Our arrangement',
  },
  transferMechanisms: {
    'adequacy-decision': {
      title: 'Adequacy decision of the European Commission (Art. 45 GDPR)',
      text: (_recipient, country) =>
        `The European Commission has decided that ${country} ensures an adequate level of data protection, so the transfer needs no further safeguard.`,
      url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
      linkText: 'The Commission’s adequacy decisions',
      offersCopy: false,
    },
    'data-privacy-framework': {
      title: 'EU-US Data Privacy Framework (adequacy decision, Art. 45 GDPR)',
      text: (recipient) =>
        `${recipient} is certified under the EU-US Data Privacy Framework, which the European Commission found to ensure an adequate level of protection on 10 July 2023.`,
      url: 'https://www.dataprivacyframework.gov/list',
      linkText: 'The list of certified organisations',
      offersCopy: false,
    },
    'standard-contractual-clauses': {
      title: 'Standard contractual clauses (Art. 46(2)(c) GDPR)',
      text: (recipient) => `We have agreed the European Commission’s standard contractual clauses with ${endSentence(recipient)}`,
      url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/standard-contractual-clauses-scc_en',
      linkText: 'The Commission’s standard contractual clauses',
      offersCopy: true,
    },
    'binding-corporate-rules': {
      title: 'Binding corporate rules (Art. 47 GDPR)',
      text: (recipient) => `${recipient} follows binding corporate rules approved by a data protection authority.`,
      url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/binding-corporate-rules-bcr_en',
      linkText: 'About binding corporate rules',
      offersCopy: true,
    },
    derogation: {
      title: 'Derogation for a specific situation (Art. 49 GDPR)',
      text: () =>
        'There is no adequacy decision or safeguard for this transfer; it relies on an exception the GDPR allows in specific situations, such as your explicit consent or a contract with you.',
      url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en',
      linkText: 'The EDPB’s guidelines on these derogations',
      offersCopy: false,
    },
  },
  objection: {
    interests: (purposes) =>
      `You can object at any time, on grounds relating to your particular situation, to our use of your data for: ${purposes}. We then stop, unless we can show compelling legitimate grounds that override your interests, rights and freedoms, or we need the data to establish, exercise or defend legal claims (Art. 21(1) GDPR).`,
    marketing: (purposes) =>
      `You can object at any time, without giving reasons, to the use of your data for direct marketing: ${purposes}. We then stop using your data for it (Art. 21(2) and (3) GDPR).`,
    howTo: (contact) => `To object, write to ${contact}.`,
  },
  jointControllers: {
    intro: 'For the processing below we decide together with another organisation why and how your data is used (Art. 26 GDPR). This is the essence of our arrangement; you can use your rights with either of us.',
  },
  deviceStorage: {
    intro:
      'We store information on your device, or read it from there, only with your consent, unless it is strictly necessary to provide the service you asked for (§ 25 TDDDG, Art. 5(3) ePrivacy Directive). Entries marked “strictly necessary” need no consent; for all others we ask first, and you can withdraw your consent at any time.',
    caption: 'Cookies and other information stored on your device',
    name: 'Name',
    purpose: 'Purpose',
    duration: 'Duration',
    party: 'Set by',
    firstParty: 'Us (first party)',
    thirdParty: (name) => `${name} (third party)`,
    necessary: 'strictly necessary',
    withConsent: 'with your consent',
    types: {
      cookie: 'cookie',
      'local-storage': 'local storage',
      'session-storage': 'session storage',
      indexeddb: 'IndexedDB',
      'app-storage': 'app storage',
    },
  },
  furtherProcessing: {
    intro: 'We tell you before we use data for a purpose other than the one we collected it for (Art. 13(3) GDPR):',
    item: (purpose, from, since) => `From ${since}, we also use data we collected for ${from} for this purpose: ${purpose}.`,
  },
  changes: {
    caption: 'Versions of this notice',
    date: 'Date',
    version: 'Version',
    change: 'What changed',
    current: 'This version',
  },
  sources: {
    intro: 'Some data does not come from you. This is where we get it:',
  },
  automatedDecisions: {
    none: 'We do not make decisions about you that are based solely on automated processing, including profiling, and that have legal or similarly significant effects on you.',
    logic: 'How it works',
    consequences: 'What it means for you',
    right:
      'You have the right not to be subject to such a decision (Art. 22 GDPR): you can ask for a person to review it, state your point of view and contest the decision.',
  },
  rights: {
    intro: 'Under the GDPR you have these rights, free of charge:',
    howTo: (email) => `To use any of these rights, write to ${email}. We answer within one month.`,
    howToWithoutEmail: (controller) => `To use any of these rights, contact ${controller} at the address above. We answer within one month.`,
    deleteAt: (url) => `You can delete your account and its data yourself at ${url}.`,
    access: {
      title: 'Access (Art. 15 GDPR)',
      text: 'You can ask whether we process data about you and receive a copy of it, with the information in this notice.',
    },
    rectification: {
      title: 'Rectification (Art. 16 GDPR)',
      text: 'You can have wrong data about you corrected and incomplete data completed.',
    },
    erasure: {
      title: 'Erasure (Art. 17 GDPR)',
      text: 'You can have your data deleted, unless we still need it, for example because the law obliges us to keep it.',
    },
    restriction: {
      title: 'Restriction of processing (Art. 18 GDPR)',
      text: 'You can ask us to only store your data and not otherwise use it, for example while we check whether it is correct.',
    },
    notification: {
      title: 'Notification of recipients (Art. 19 GDPR)',
      text: 'When we correct, delete or restrict your data, we tell every recipient we disclosed it to, and on request we tell you who they are.',
    },
    portability: {
      title: 'Data portability (Art. 20 GDPR)',
      text: 'For data you gave us on the basis of your consent or a contract, you can receive it in a structured, commonly used, machine-readable format or have us send it to another provider.',
    },
    objection: {
      title: 'Objection (Art. 21 GDPR)',
      text: 'Where we rely on legitimate interests or a task in the public interest, you can object at any time on grounds relating to your particular situation; we then stop unless we have compelling legitimate grounds. You can object to direct marketing at any time, without giving reasons.',
    },
    withdrawConsent: {
      title: 'Withdrawing consent (Art. 7(3) GDPR)',
      text: 'Where we rely on your consent, you can withdraw it at any time, as easily as you gave it. Withdrawal does not make the processing before it unlawful.',
    },
  },
  complaint: {
    text: 'You have the right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR), in particular in the EU member state where you live or work or where you think the infringement took place.',
    authority: 'The supervisory authority responsible for us',
  },
  legalBases: {
    consent: {
      title: 'Your consent (Art. 6(1)(a) GDPR)',
      explanation:
        'We use this data only because you agreed to it. You can withdraw your consent at any time, with effect for the future.',
    },
    contract: {
      title: 'Performance of a contract (Art. 6(1)(b) GDPR)',
      explanation:
        'We need this data to provide the service you signed up for, or to take steps you asked for before signing up.',
    },
    'legal-obligation': {
      title: 'Legal obligation (Art. 6(1)(c) GDPR)',
      explanation: 'The law requires us to process this data.',
    },
    'vital-interests': {
      title: 'Vital interests (Art. 6(1)(d) GDPR)',
      explanation: 'We need this data to protect your life or physical safety, or that of another person.',
    },
    'public-task': {
      title: 'Public interest or official authority (Art. 6(1)(e) GDPR)',
      explanation:
        'We need this data to carry out a task in the public interest or in the exercise of official authority given to us.',
    },
    'legitimate-interests': {
      title: 'Legitimate interests (Art. 6(1)(f) GDPR)',
      explanation:
        'We use this data because we have a legitimate interest in doing so, described below, and we have weighed it against your interests and fundamental rights, which do not override it.',
    },
  },
  specialCategoryGrounds: {
    'explicit-consent': 'Your explicit consent (Art. 9(2)(a) GDPR)',
    'employment-social-security': 'Obligations under employment and social security law (Art. 9(2)(b) GDPR)',
    'vital-interests': 'Protecting vital interests when you cannot give consent (Art. 9(2)(c) GDPR)',
    'not-for-profit-body':
      'The activities of a not-for-profit body with a political, philosophical, religious or trade-union aim (Art. 9(2)(d) GDPR)',
    'made-public-by-data-subject': 'Data you have manifestly made public yourself (Art. 9(2)(e) GDPR)',
    'legal-claims': 'Establishing, exercising or defending legal claims (Art. 9(2)(f) GDPR)',
    'substantial-public-interest': 'Reasons of substantial public interest laid down by law (Art. 9(2)(g) GDPR)',
    'health-or-social-care': 'Preventive or occupational medicine, diagnosis, or health or social care (Art. 9(2)(h) GDPR)',
    'public-health': 'Reasons of public interest in the area of public health (Art. 9(2)(i) GDPR)',
    'archiving-research-statistics':
      'Archiving in the public interest, scientific or historical research, or statistics (Art. 9(2)(j) GDPR)',
  },
  storage: {
    database: 'our database',
    'browser-storage': 'your browser’s storage',
    cookie: 'a cookie',
    log: 'our log files',
    file: 'stored files',
  },
  sourceKinds: {
    user: 'You',
    device: 'Your device',
    'third-party': 'A third party',
    derived: 'We derive it from other data',
  },
  roles: {
    processor: 'Processor: acts only on our behalf and on our instructions',
    controller: 'Controller: uses the data for its own purposes',
    'joint-controller': 'Joint controller: decides together with us why and how the data is used',
  },
  joinList,
};
