import { endSentence, type NoticeLocale } from './types.js';

const joinList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;

export const de: NoticeLocale = {
  lang: 'de',
  title: (service) => `Datenschutzerklärung: ${service}`,
  lastUpdated: (date) => `Stand: ${date}`,
  intro: (service, controller) =>
    `Hier erfahren Sie, welche personenbezogenen Daten ${service} verarbeitet, wozu, wer sie erhält, wie lange sie gespeichert werden und welche Rechte Sie haben. Verantwortlich: ${endSentence(controller)}`,
  contents: 'Inhalt',
  headings: {
    glance: 'Das Wichtigste in Kürze',
    controller: 'Verantwortlicher und Kontakt',
    purposes: 'Wozu wir Ihre Daten verarbeiten',
    data: 'Ihre Daten im Einzelnen',
    recipients: 'Wer Ihre Daten erhält',
    sources: 'Daten, die wir nicht bei Ihnen erheben',
    automatedDecisions: 'Automatisierte Entscheidungen',
    rights: 'Ihre Rechte',
    complaint: 'Beschwerderecht',
  },
  glance: {
    what: 'Welche Daten',
    why: 'Wozu',
    who: 'Wer sie erhält',
    nobody: (controller) => `Niemand außerhalb von ${endSentence(controller)}`,
    howLong: 'Wie lange wir sie speichern',
    rights: 'Ihre Rechte',
    rightsSummary:
      'Sie können Auskunft verlangen und Ihre Daten berichtigen, löschen oder einschränken lassen, der Verarbeitung widersprechen, Ihre Daten mitnehmen und erteilte Einwilligungen widerrufen. Außerdem können Sie sich bei einer Datenschutzaufsichtsbehörde beschweren.',
  },
  contact: {
    controller: 'Verantwortlicher',
    representative: 'Vertreter in der EU',
    dpo: 'Datenschutzbeauftragter',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Website',
    address: 'Anschrift',
  },
  purpose: {
    legalBasis: 'Rechtsgrundlage',
    legitimateInterest: 'Unser berechtigtes Interesse',
    objectionHint:
      'Sie können dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (siehe „Ihre Rechte“).',
    specialCategoryGround: 'Ausnahme für besondere Kategorien von Daten',
    dataUsed: 'Verarbeitete Daten',
    sharedWith: 'Empfänger',
    sharedWithNobody: 'Niemand außerhalb unseres Unternehmens.',
    automatedDecision: 'Automatisierte Entscheidung',
  },
  data: {
    caption: 'Alle personenbezogenen Daten, ihr Zweck und ihre Speicherdauer',
    item: 'Daten',
    usedFor: 'Zweck',
    sharedWith: 'Empfänger',
    storedIn: 'Gespeichert in',
    keptFor: 'Speicherdauer',
    providing: 'Müssen Sie die Daten angeben?',
    source: 'Herkunft',
    nobody: 'Niemand',
    notStored: 'Keine Speicherung',
    required: 'Ja, die Angabe ist erforderlich.',
    requiredConsequence: (consequence) => `Ja, die Angabe ist erforderlich. Ohne sie gilt: ${consequence}`,
    optional: 'Nein, die Angabe ist freiwillig.',
    specialCategory: 'Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)',
  },
  recipients: {
    caption: 'Empfänger personenbezogener Daten, Ort der Verarbeitung und Garantien',
    intro: 'Wir geben personenbezogene Daten nur an die hier genannten Empfänger weiter, und nur die jeweils genannten Daten.',
    none: 'Wir geben Ihre personenbezogenen Daten an niemanden außerhalb unseres Unternehmens weiter.',
    recipient: 'Empfänger',
    role: 'Rolle',
    country: 'Land',
    safeguard: 'Garantie für die Übermittlung',
    receives: 'Erhält',
    purposes: 'Zweck',
    thirdCountry: (country) => `${country} (außerhalb der EU/des EWR)`,
    noSafeguardNeeded: 'Nicht erforderlich (EU/EWR)',
    safeguardCopy:
      'Bei Empfängern außerhalb der EU/des EWR schützt die in der Tabelle genannte Garantie Ihre Daten; eine Kopie erhalten Sie auf Anfrage über die oben genannten Kontaktdaten.',
    privacyPolicy: 'Datenschutzhinweise',
  },
  sources: {
    intro: 'Einige Daten erhalten wir nicht von Ihnen selbst. Sie stammen aus folgenden Quellen:',
  },
  automatedDecisions: {
    none: 'Wir treffen keine ausschließlich automatisierten Entscheidungen einschließlich Profiling, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
    logic: 'Wie die Entscheidung zustande kommt',
    consequences: 'Was sie für Sie bedeutet',
    right:
      'Sie haben das Recht, keiner solchen Entscheidung unterworfen zu werden (Art. 22 DSGVO): Sie können verlangen, dass ein Mensch die Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
  },
  rights: {
    intro: 'Nach der DSGVO stehen Ihnen folgende Rechte unentgeltlich zu:',
    howTo: (email) => `Um eines dieser Rechte auszuüben, schreiben Sie an ${email}. Wir antworten innerhalb eines Monats.`,
    howToWithoutEmail: (controller) =>
      `Um eines dieser Rechte auszuüben, wenden Sie sich an ${controller} unter der oben genannten Anschrift. Wir antworten innerhalb eines Monats.`,
    access: {
      title: 'Auskunft (Art. 15 DSGVO)',
      text: 'Sie können erfahren, ob wir Daten über Sie verarbeiten, und eine Kopie dieser Daten mit den Angaben aus dieser Erklärung erhalten.',
    },
    rectification: {
      title: 'Berichtigung (Art. 16 DSGVO)',
      text: 'Sie können unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen.',
    },
    erasure: {
      title: 'Löschung (Art. 17 DSGVO)',
      text: 'Sie können verlangen, dass wir Ihre Daten löschen, sofern wir sie nicht mehr benötigen oder etwa gesetzlich aufbewahren müssen.',
    },
    restriction: {
      title: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
      text: 'Sie können verlangen, dass wir Ihre Daten nur noch speichern und nicht anderweitig nutzen, etwa solange wir ihre Richtigkeit prüfen.',
    },
    notification: {
      title: 'Mitteilung an Empfänger (Art. 19 DSGVO)',
      text: 'Wenn wir Ihre Daten berichtigen, löschen oder ihre Verarbeitung einschränken, teilen wir das allen Empfängern mit, denen wir sie offengelegt haben; auf Wunsch nennen wir Ihnen diese Empfänger.',
    },
    portability: {
      title: 'Datenübertragbarkeit (Art. 20 DSGVO)',
      text: 'Daten, die Sie uns aufgrund einer Einwilligung oder eines Vertrags bereitgestellt haben, erhalten Sie auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format, oder wir übermitteln sie direkt an einen anderen Anbieter.',
    },
    objection: {
      title: 'Widerspruch (Art. 21 DSGVO)',
      text: 'Stützen wir eine Verarbeitung auf berechtigte Interessen oder eine Aufgabe im öffentlichen Interesse, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen; wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen. Der Verarbeitung für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.',
    },
    withdrawConsent: {
      title: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
      text: 'Eine erteilte Einwilligung können Sie jederzeit so einfach widerrufen, wie Sie sie erteilt haben. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
    },
  },
  complaint: {
    text: 'Sie haben das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO), insbesondere in dem EU-Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattfand.',
    authority: 'Die für uns zuständige Aufsichtsbehörde',
  },
  legalBases: {
    consent: {
      title: 'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
      explanation:
        'Wir verarbeiten diese Daten nur, weil Sie eingewilligt haben. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
    },
    contract: {
      title: 'Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)',
      explanation:
        'Wir benötigen diese Daten, um den Vertrag mit Ihnen zu erfüllen oder um auf Ihre Anfrage vorvertragliche Maßnahmen durchzuführen.',
    },
    'legal-obligation': {
      title: 'Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)',
      explanation:
        'Ein Gesetz verpflichtet uns zu dieser Verarbeitung, zum Beispiel handels- und steuerrechtliche Aufbewahrungspflichten.',
    },
    'vital-interests': {
      title: 'Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
      explanation: 'Die Verarbeitung ist nötig, um Ihr Leben oder Ihre Gesundheit oder die einer anderen Person zu schützen.',
    },
    'public-task': {
      title: 'Öffentliches Interesse oder öffentliche Gewalt (Art. 6 Abs. 1 lit. e DSGVO)',
      explanation:
        'Die Verarbeitung ist nötig, um eine Aufgabe im öffentlichen Interesse oder in Ausübung uns übertragener öffentlicher Gewalt wahrzunehmen.',
    },
    'legitimate-interests': {
      title: 'Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)',
      explanation:
        'Die Verarbeitung dient unserem unten beschriebenen berechtigten Interesse. Wir haben es gegen Ihre Interessen, Grundrechte und Grundfreiheiten abgewogen; diese überwiegen nicht.',
    },
  },
  specialCategoryGrounds: {
    'explicit-consent': 'Ihre ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)',
    'employment-social-security': 'Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)',
    'vital-interests': 'Schutz lebenswichtiger Interessen, wenn Sie nicht einwilligen können (Art. 9 Abs. 2 lit. c DSGVO)',
    'not-for-profit-body':
      'Tätigkeit einer Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung (Art. 9 Abs. 2 lit. d DSGVO)',
    'made-public-by-data-subject': 'Daten, die Sie selbst offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO)',
    'legal-claims': 'Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO)',
    'substantial-public-interest': 'Erhebliches öffentliches Interesse auf gesetzlicher Grundlage (Art. 9 Abs. 2 lit. g DSGVO)',
    'health-or-social-care':
      'Gesundheitsvorsorge, Arbeitsmedizin, medizinische Diagnostik oder Versorgung im Gesundheits- und Sozialbereich (Art. 9 Abs. 2 lit. h DSGVO)',
    'public-health': 'Öffentliches Interesse im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i DSGVO)',
    'archiving-research-statistics':
      'Archivzwecke im öffentlichen Interesse, wissenschaftliche oder historische Forschung oder Statistik (Art. 9 Abs. 2 lit. j DSGVO)',
  },
  storage: {
    database: 'unserer Datenbank',
    'browser-storage': 'dem Speicher Ihres Browsers',
    cookie: 'einem Cookie',
    log: 'unseren Protokolldateien',
    file: 'gespeicherten Dateien',
  },
  sourceKinds: {
    user: 'Von Ihnen',
    device: 'Von Ihrem Gerät',
    'third-party': 'Von Dritten',
    derived: 'Aus anderen Daten abgeleitet',
  },
  roles: {
    processor: 'Auftragsverarbeiter: handelt nur in unserem Auftrag und nach unseren Weisungen',
    controller: 'Eigenständig Verantwortlicher: nutzt die Daten für eigene Zwecke',
    'joint-controller': 'Gemeinsam Verantwortlicher: entscheidet mit uns über Zwecke und Mittel',
  },
  joinList,
};
