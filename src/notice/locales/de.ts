import { endSentence, formatIsoDate, type NoticeLocale } from './types.js';

const joinList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;

/**
 * The German notice, formal (Sie) or informal (du): a product that says "du" everywhere else should not switch to
 * "Sie" in its privacy notice. `v(formal, informal)` picks the wording; sentences are written out in both forms.
 */
export function createGermanLocale(address: 'formal' | 'informal'): NoticeLocale {
  const v = (formal: string, informal: string): string => (address === 'informal' ? informal : formal);
  return {
    lang: 'de',
    title: (service) => `Datenschutzerklärung: ${service}`,
    lastUpdated: (date) => `Stand: ${date}`,
    version: (version) => `Version ${version}`,
    formatDate: (iso) => formatIsoDate(iso, 'de-DE'),
    audience: {
      minimumAge: (age, service) =>
        v(
          `Sie müssen mindestens ${age} Jahre alt sein, um ${service} selbst zu nutzen; wenn Sie jünger sind, müssen Ihre Eltern oder Erziehungsberechtigten vorher zustimmen.`,
          `Du musst mindestens ${age} Jahre alt sein, um ${service} selbst zu nutzen; wenn du jünger bist, müssen deine Eltern oder Erziehungsberechtigten vorher zustimmen.`,
        ),
    },
    intro: (service, controller) =>
      v(
        `Hier erfahren Sie, welche personenbezogenen Daten ${service} verarbeitet, wozu, wer sie erhält, wie lange sie gespeichert werden und welche Rechte Sie haben. Verantwortlich: ${endSentence(controller)}`,
        `Hier erfährst du, welche personenbezogenen Daten ${service} verarbeitet, wozu, wer sie erhält, wie lange sie gespeichert werden und welche Rechte du hast. Verantwortlich: ${endSentence(controller)}`,
      ),
    serviceAt: (service, url) => v(`${service} finden Sie unter ${url}.`, `${service} findest du unter ${url}.`),
    contents: 'Inhalt',
    headings: {
      glance: 'Das Wichtigste in Kürze',
      controller: 'Verantwortlicher und Kontakt',
      purposes: v('Wozu wir Ihre Daten verarbeiten', 'Wozu wir deine Daten verarbeiten'),
      data: v('Ihre Daten im Einzelnen', 'Deine Daten im Einzelnen'),
      recipients: v('Wer Ihre Daten erhält', 'Wer deine Daten erhält'),
      sources: v('Daten, die wir nicht bei Ihnen erheben', 'Daten, die wir nicht bei dir erheben'),
      automatedDecisions: 'Automatisierte Entscheidungen',
      rights: v('Ihre Rechte', 'Deine Rechte'),
      complaint: 'Beschwerderecht',
      objection: v('Ihr Widerspruchsrecht', 'Dein Widerspruchsrecht'),
      jointControllers: 'Gemeinsam Verantwortliche',
      deviceStorage: v('Cookies und Speicherung auf Ihrem Endgerät', 'Cookies und Speicherung auf deinem Endgerät'),
      furtherProcessing: 'Neue Zwecke für bereits erhobene Daten',
      changes: 'Änderungen dieser Datenschutzerklärung',
    },
    glance: {
      what: 'Welche Daten',
      why: 'Wozu',
      who: 'Wer sie erhält',
      nobody: (controller) => `Niemand außerhalb von ${endSentence(controller)}`,
      howLong: 'Wie lange wir sie speichern',
      rights: v('Ihre Rechte', 'Deine Rechte'),
      rightsSummary: v(
        'Sie können Auskunft verlangen und Ihre Daten berichtigen, löschen oder einschränken lassen, der Verarbeitung widersprechen, Ihre Daten mitnehmen und erteilte Einwilligungen widerrufen. Außerdem können Sie sich bei einer Datenschutzaufsichtsbehörde beschweren.',
        'Du kannst Auskunft verlangen und deine Daten berichtigen, löschen oder einschränken lassen, der Verarbeitung widersprechen, deine Daten mitnehmen und erteilte Einwilligungen widerrufen. Außerdem kannst du dich bei einer Datenschutzaufsichtsbehörde beschweren.',
      ),
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
      objectionHint: v(
        'Sie können dieser Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen (siehe „Ihr Widerspruchsrecht“).',
        'Du kannst dieser Verarbeitung aus Gründen, die sich aus deiner besonderen Situation ergeben, jederzeit widersprechen (siehe „Dein Widerspruchsrecht“).',
      ),
      specialCategoryGround: 'Ausnahme für besondere Kategorien von Daten',
      dataUsed: 'Verarbeitete Daten',
      sharedWith: 'Empfänger',
      sharedWithNobody: 'Niemand außerhalb unseres Unternehmens.',
      automatedDecision: 'Automatisierte Entscheidung',
      legalObligation: 'Rechtliche Verpflichtung',
      withdrawConsent: 'Widerruf der Einwilligung',
      withdrawByContact: v(
        'Schreiben Sie uns über die oben genannten Kontaktdaten; der Widerruf ist so einfach wie die Einwilligung.',
        'Schreib uns über die oben genannten Kontaktdaten; der Widerruf ist so einfach wie die Einwilligung.',
      ),
      furtherProcessing: 'Für andere Zwecke erhobene Daten',
    },
    data: {
      caption: 'Alle personenbezogenen Daten, ihr Zweck und ihre Speicherdauer',
      item: 'Daten',
      usedFor: 'Zweck',
      sharedWith: 'Empfänger',
      storedIn: 'Gespeichert in',
      keptFor: 'Speicherdauer',
      providing: v('Müssen Sie die Daten angeben?', 'Musst du die Daten angeben?'),
      source: 'Herkunft',
      nobody: 'Niemand',
      notStored: 'Keine Speicherung',
      notStoredByUs: 'Keine Speicherung bei uns; die Empfänger speichern die Daten wie unter „Speicherdauer“ angegeben',
      required: 'Ja, die Angabe ist erforderlich.',
      requiredBy: {
        law: 'Ja, die Angabe ist gesetzlich vorgeschrieben.',
        contract: v('Ja, die Angabe ist nach unserem Vertrag mit Ihnen erforderlich.', 'Ja, die Angabe ist nach unserem Vertrag mit dir erforderlich.'),
        'contract-conclusion': v(
          'Ja, ohne die Angabe können wir keinen Vertrag mit Ihnen schließen.',
          'Ja, ohne die Angabe können wir keinen Vertrag mit dir schließen.',
        ),
      },
      requiredConsequence: (required, consequence) => `${required} Ohne sie gilt: ${consequence}`,
      optional: 'Nein, die Angabe ist freiwillig.',
      specialCategory: 'Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)',
    },
    recipients: {
      intro: 'Wir geben personenbezogene Daten nur an die hier genannten Empfänger weiter, und nur die jeweils genannten Daten.',
      none: v(
        'Wir geben Ihre personenbezogenen Daten an niemanden außerhalb unseres Unternehmens weiter.',
        'Wir geben deine personenbezogenen Daten an niemanden außerhalb unseres Unternehmens weiter.',
      ),
      role: 'Rolle',
      country: 'Ort der Verarbeitung',
      transfer: 'Übermittlung in ein Drittland',
      receives: 'Erhält',
      purposes: 'Zweck',
      thirdCountry: (country) => `${country}, ein Drittland (außerhalb der EU/des EWR)`,
      noTransferMechanismNeeded: 'Keine: Die Daten bleiben in der EU/im EWR.',
      copy: v(
        'Eine Kopie erhalten Sie auf Anfrage über die oben genannten Kontaktdaten.',
        'Eine Kopie erhältst du auf Anfrage über die oben genannten Kontaktdaten.',
      ),
      details: 'Einzelheiten',
      privacyPolicy: 'Datenschutzhinweise',
      arrangement: 'Unsere Vereinbarung',
    },
    transferMechanisms: {
      'adequacy-decision': {
        title: 'Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)',
        text: (_recipient, country) =>
          `Die Europäische Kommission hat per Beschluss festgestellt, dass das Empfängerland (${country}) ein angemessenes Datenschutzniveau bietet; weitere Garantien sind für die Übermittlung nicht nötig.`,
        url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_de',
        linkText: 'Die Angemessenheitsbeschlüsse der Kommission',
        offersCopy: false,
      },
      'data-privacy-framework': {
        title: 'EU-US Data Privacy Framework (Angemessenheitsbeschluss, Art. 45 DSGVO)',
        text: (recipient) =>
          `${recipient} ist nach dem EU-US Data Privacy Framework zertifiziert, für das die Europäische Kommission am 10. Juli 2023 ein angemessenes Schutzniveau festgestellt hat.`,
        url: 'https://www.dataprivacyframework.gov/list',
        linkText: 'Die Liste der zertifizierten Unternehmen',
        offersCopy: false,
      },
      'standard-contractual-clauses': {
        title: 'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)',
        text: (recipient) => `Wir haben mit ${recipient} die Standardvertragsklauseln der Europäischen Kommission vereinbart.`,
        url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/standard-contractual-clauses-scc_de',
        linkText: 'Die Standardvertragsklauseln der Kommission',
        offersCopy: true,
      },
      'binding-corporate-rules': {
        title: 'Verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)',
        text: (recipient) => `${recipient} hält sich an verbindliche interne Datenschutzvorschriften, die eine Datenschutzaufsichtsbehörde genehmigt hat.`,
        url: 'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/binding-corporate-rules-bcr_de',
        linkText: 'Über verbindliche interne Datenschutzvorschriften',
        offersCopy: true,
      },
      derogation: {
        title: 'Ausnahme für bestimmte Fälle (Art. 49 DSGVO)',
        text: () =>
          v(
            'Für diese Übermittlung gibt es weder einen Angemessenheitsbeschluss noch geeignete Garantien; sie stützt sich auf eine Ausnahme, die die DSGVO für bestimmte Fälle zulässt, etwa Ihre ausdrückliche Einwilligung oder einen Vertrag mit Ihnen.',
            'Für diese Übermittlung gibt es weder einen Angemessenheitsbeschluss noch geeignete Garantien; sie stützt sich auf eine Ausnahme, die die DSGVO für bestimmte Fälle zulässt, etwa deine ausdrückliche Einwilligung oder einen Vertrag mit dir.',
          ),
        url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_de',
        linkText: 'Die Leitlinien des EDSA zu diesen Ausnahmen',
        offersCopy: false,
      },
    },
    objection: {
      interests: (purposes) =>
        v(
          `Sie können der Verarbeitung Ihrer Daten für folgende Zwecke jederzeit aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen: ${purposes}. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).`,
          `Du kannst der Verarbeitung deiner Daten für folgende Zwecke jederzeit aus Gründen, die sich aus deiner besonderen Situation ergeben, widersprechen: ${purposes}. Wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen, die deine Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).`,
        ),
      marketing: (purposes) =>
        v(
          `Der Verarbeitung Ihrer Daten für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen: ${purposes}. Wir nutzen Ihre Daten dann nicht mehr dafür (Art. 21 Abs. 2 und 3 DSGVO).`,
          `Der Verarbeitung deiner Daten für Direktwerbung kannst du jederzeit ohne Angabe von Gründen widersprechen: ${purposes}. Wir nutzen deine Daten dann nicht mehr dafür (Art. 21 Abs. 2 und 3 DSGVO).`,
        ),
      howTo: (contact) => v(`Für Ihren Widerspruch schreiben Sie an ${contact}.`, `Für deinen Widerspruch schreib an ${contact}.`),
    },
    jointControllers: {
      intro: v(
        'Für die folgende Verarbeitung entscheiden wir gemeinsam mit einem anderen Unternehmen über Zwecke und Mittel (Art. 26 DSGVO). Das ist das Wesentliche unserer Vereinbarung; Ihre Rechte können Sie gegenüber jedem von uns geltend machen.',
        'Für die folgende Verarbeitung entscheiden wir gemeinsam mit einem anderen Unternehmen über Zwecke und Mittel (Art. 26 DSGVO). Das ist das Wesentliche unserer Vereinbarung; deine Rechte kannst du gegenüber jedem von uns geltend machen.',
      ),
    },
    deviceStorage: {
      intro: v(
        'Informationen auf Ihrem Endgerät speichern oder von dort auslesen dürfen wir nur mit Ihrer Einwilligung, es sei denn, das ist unbedingt erforderlich, um den von Ihnen gewünschten Dienst bereitzustellen (§ 25 TDDDG, Art. 5 Abs. 3 ePrivacy-Richtlinie). Einträge mit dem Hinweis „unbedingt erforderlich“ brauchen keine Einwilligung; für alle anderen fragen wir vorher, und Sie können Ihre Einwilligung jederzeit widerrufen.',
        'Informationen auf deinem Endgerät speichern oder von dort auslesen dürfen wir nur mit deiner Einwilligung, es sei denn, das ist unbedingt erforderlich, um den von dir gewünschten Dienst bereitzustellen (§ 25 TDDDG, Art. 5 Abs. 3 ePrivacy-Richtlinie). Einträge mit dem Hinweis „unbedingt erforderlich“ brauchen keine Einwilligung; für alle anderen fragen wir vorher, und du kannst deine Einwilligung jederzeit widerrufen.',
      ),
      caption: v('Cookies und andere auf Ihrem Endgerät gespeicherte Informationen', 'Cookies und andere auf deinem Endgerät gespeicherte Informationen'),
      name: 'Name',
      purpose: 'Zweck',
      duration: 'Speicherdauer',
      party: 'Gesetzt von',
      firstParty: 'Uns (Erstanbieter)',
      thirdParty: (name) => `${name} (Drittanbieter)`,
      necessary: 'unbedingt erforderlich',
      withConsent: v('mit Ihrer Einwilligung', 'mit deiner Einwilligung'),
      types: {
        cookie: 'Cookie',
        'local-storage': 'lokaler Speicher',
        'session-storage': 'Sitzungsspeicher',
        indexeddb: 'IndexedDB',
        'app-storage': 'App-Speicher',
      },
    },
    furtherProcessing: {
      intro: v(
        'Bevor wir Daten für einen anderen Zweck verarbeiten als den, für den wir sie erhoben haben, informieren wir Sie darüber (Art. 13 Abs. 3 DSGVO):',
        'Bevor wir Daten für einen anderen Zweck verarbeiten als den, für den wir sie erhoben haben, informieren wir dich darüber (Art. 13 Abs. 3 DSGVO):',
      ),
      item: (purpose, from, since) => `Ab dem ${since} nutzen wir Daten, die wir für folgende Zwecke erhoben haben, auch für diesen Zweck: ${from}. Neuer Zweck: ${purpose}.`,
    },
    changes: {
      caption: 'Fassungen dieser Datenschutzerklärung',
      date: 'Datum',
      version: 'Version',
      change: 'Was sich geändert hat',
      current: 'Diese Version',
    },
    sources: {
      intro: v(
        'Einige Daten erhalten wir nicht von Ihnen selbst. Sie stammen aus folgenden Quellen:',
        'Einige Daten erhalten wir nicht von dir selbst. Sie stammen aus folgenden Quellen:',
      ),
    },
    automatedDecisions: {
      none: v(
        'Wir treffen keine ausschließlich automatisierten Entscheidungen einschließlich Profiling, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen.',
        'Wir treffen keine ausschließlich automatisierten Entscheidungen einschließlich Profiling, die dir gegenüber rechtliche Wirkung entfalten oder dich in ähnlicher Weise erheblich beeinträchtigen.',
      ),
      logic: 'Wie die Entscheidung zustande kommt',
      consequences: v('Was sie für Sie bedeutet', 'Was sie für dich bedeutet'),
      right: v(
        'Sie haben das Recht, keiner solchen Entscheidung unterworfen zu werden (Art. 22 DSGVO): Sie können verlangen, dass ein Mensch die Entscheidung überprüft, Ihren Standpunkt darlegen und die Entscheidung anfechten.',
        'Du hast das Recht, keiner solchen Entscheidung unterworfen zu werden (Art. 22 DSGVO): Du kannst verlangen, dass ein Mensch die Entscheidung überprüft, deinen Standpunkt darlegen und die Entscheidung anfechten.',
      ),
    },
    rights: {
      intro: v('Nach der DSGVO stehen Ihnen folgende Rechte unentgeltlich zu:', 'Nach der DSGVO stehen dir folgende Rechte unentgeltlich zu:'),
      howTo: (email) =>
        v(
          `Um eines dieser Rechte auszuüben, schreiben Sie an ${email}. Wir antworten innerhalb eines Monats.`,
          `Um eines dieser Rechte auszuüben, schreib an ${email}. Wir antworten innerhalb eines Monats.`,
        ),
      howToWithoutEmail: (controller) =>
        v(
          `Um eines dieser Rechte auszuüben, wenden Sie sich an ${controller} unter der oben genannten Anschrift. Wir antworten innerhalb eines Monats.`,
          `Um eines dieser Rechte auszuüben, wende dich an ${controller} unter der oben genannten Anschrift. Wir antworten innerhalb eines Monats.`,
        ),
      deleteAt: (url) =>
        v(`Ihr Konto und seine Daten können Sie selbst löschen unter ${url}.`, `Dein Konto und seine Daten kannst du selbst löschen unter ${url}.`),
      access: {
        title: 'Auskunft (Art. 15 DSGVO)',
        text: v(
          'Sie können erfahren, ob wir Daten über Sie verarbeiten, und eine Kopie dieser Daten mit den Angaben aus dieser Erklärung erhalten.',
          'Du kannst erfahren, ob wir Daten über dich verarbeiten, und eine Kopie dieser Daten mit den Angaben aus dieser Erklärung erhalten.',
        ),
      },
      rectification: {
        title: 'Berichtigung (Art. 16 DSGVO)',
        text: v(
          'Sie können unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen.',
          'Du kannst unrichtige Daten berichtigen und unvollständige Daten vervollständigen lassen.',
        ),
      },
      erasure: {
        title: 'Löschung (Art. 17 DSGVO)',
        text: v(
          'Sie können verlangen, dass wir Ihre Daten löschen. Das gilt nicht für Daten, die wir noch benötigen, etwa weil ein Gesetz uns verpflichtet, sie aufzubewahren.',
          'Du kannst verlangen, dass wir deine Daten löschen. Das gilt nicht für Daten, die wir noch benötigen, etwa weil ein Gesetz uns verpflichtet, sie aufzubewahren.',
        ),
      },
      restriction: {
        title: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
        text: v(
          'Sie können verlangen, dass wir Ihre Daten nur noch speichern und nicht anderweitig nutzen, etwa solange wir ihre Richtigkeit prüfen.',
          'Du kannst verlangen, dass wir deine Daten nur noch speichern und nicht anderweitig nutzen, etwa solange wir ihre Richtigkeit prüfen.',
        ),
      },
      notification: {
        title: 'Mitteilung an Empfänger (Art. 19 DSGVO)',
        text: v(
          'Wenn wir Ihre Daten berichtigen, löschen oder ihre Verarbeitung einschränken, teilen wir das allen Empfängern mit, denen wir sie offengelegt haben; auf Wunsch nennen wir Ihnen diese Empfänger.',
          'Wenn wir deine Daten berichtigen, löschen oder ihre Verarbeitung einschränken, teilen wir das allen Empfängern mit, denen wir sie offengelegt haben; auf Wunsch nennen wir dir diese Empfänger.',
        ),
      },
      portability: {
        title: 'Datenübertragbarkeit (Art. 20 DSGVO)',
        text: v(
          'Daten, die Sie uns aufgrund einer Einwilligung oder eines Vertrags bereitgestellt haben, erhalten Sie auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format, oder wir übermitteln sie direkt an einen anderen Anbieter.',
          'Daten, die du uns aufgrund einer Einwilligung oder eines Vertrags bereitgestellt hast, erhältst du auf Wunsch in einem strukturierten, gängigen und maschinenlesbaren Format, oder wir übermitteln sie direkt an einen anderen Anbieter.',
        ),
      },
      objection: {
        title: 'Widerspruch (Art. 21 DSGVO)',
        text: v(
          'Stützen wir eine Verarbeitung auf berechtigte Interessen oder eine Aufgabe im öffentlichen Interesse, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen; wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen. Der Verarbeitung für Direktwerbung können Sie jederzeit ohne Angabe von Gründen widersprechen.',
          'Stützen wir eine Verarbeitung auf berechtigte Interessen oder eine Aufgabe im öffentlichen Interesse, kannst du aus Gründen, die sich aus deiner besonderen Situation ergeben, jederzeit widersprechen; wir verarbeiten die Daten dann nicht mehr, es sei denn, wir können zwingende schutzwürdige Gründe nachweisen. Der Verarbeitung für Direktwerbung kannst du jederzeit ohne Angabe von Gründen widersprechen.',
        ),
      },
      withdrawConsent: {
        title: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
        text: v(
          'Eine erteilte Einwilligung können Sie jederzeit so einfach widerrufen, wie Sie sie erteilt haben. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
          'Eine erteilte Einwilligung kannst du jederzeit so einfach widerrufen, wie du sie erteilt hast. Die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung bleibt davon unberührt.',
        ),
      },
    },
    complaint: {
      text: v(
        'Sie haben das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO), insbesondere in dem EU-Mitgliedstaat, in dem Sie wohnen oder arbeiten oder in dem der mutmaßliche Verstoß stattfand.',
        'Du hast das Recht, dich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO), insbesondere in dem EU-Mitgliedstaat, in dem du wohnst oder arbeitest oder in dem der mutmaßliche Verstoß stattfand.',
      ),
      authority: 'Die für uns zuständige Aufsichtsbehörde',
    },
    legalBases: {
      consent: {
        title: 'Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
        explanation: v(
          'Wir verarbeiten diese Daten nur, weil Sie eingewilligt haben. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
          'Wir verarbeiten diese Daten nur, weil du eingewilligt hast. Du kannst deine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
        ),
      },
      contract: {
        title: 'Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)',
        explanation: v(
          'Wir benötigen diese Daten, um den Vertrag mit Ihnen zu erfüllen oder um auf Ihre Anfrage vorvertragliche Maßnahmen durchzuführen.',
          'Wir benötigen diese Daten, um den Vertrag mit dir zu erfüllen oder um auf deine Anfrage vorvertragliche Maßnahmen durchzuführen.',
        ),
      },
      'legal-obligation': {
        title: 'Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)',
        explanation: 'Ein Gesetz verpflichtet uns zu dieser Verarbeitung.',
      },
      'vital-interests': {
        title: 'Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)',
        explanation: v(
          'Die Verarbeitung ist nötig, um Ihr Leben oder Ihre Gesundheit oder die einer anderen Person zu schützen.',
          'Die Verarbeitung ist nötig, um dein Leben oder deine Gesundheit oder die einer anderen Person zu schützen.',
        ),
      },
      'public-task': {
        title: 'Öffentliches Interesse oder öffentliche Gewalt (Art. 6 Abs. 1 lit. e DSGVO)',
        explanation:
          'Die Verarbeitung ist nötig, um eine Aufgabe im öffentlichen Interesse oder in Ausübung uns übertragener öffentlicher Gewalt wahrzunehmen.',
      },
      'legitimate-interests': {
        title: 'Berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO)',
        explanation: v(
          'Die Verarbeitung dient unserem unten beschriebenen berechtigten Interesse. Wir haben es gegen Ihre Interessen, Grundrechte und Grundfreiheiten abgewogen; diese überwiegen nicht.',
          'Die Verarbeitung dient unserem unten beschriebenen berechtigten Interesse. Wir haben es gegen deine Interessen, Grundrechte und Grundfreiheiten abgewogen; diese überwiegen nicht.',
        ),
      },
    },
    specialCategoryGrounds: {
      'explicit-consent': v('Ihre ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)', 'Deine ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)'),
      'employment-social-security': 'Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit (Art. 9 Abs. 2 lit. b DSGVO)',
      'vital-interests': v(
        'Schutz lebenswichtiger Interessen, wenn Sie nicht einwilligen können (Art. 9 Abs. 2 lit. c DSGVO)',
        'Schutz lebenswichtiger Interessen, wenn du nicht einwilligen kannst (Art. 9 Abs. 2 lit. c DSGVO)',
      ),
      'not-for-profit-body':
        'Tätigkeit einer Organisation ohne Gewinnerzielungsabsicht mit politischer, weltanschaulicher, religiöser oder gewerkschaftlicher Ausrichtung (Art. 9 Abs. 2 lit. d DSGVO)',
      'made-public-by-data-subject': v(
        'Daten, die Sie selbst offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO)',
        'Daten, die du selbst offensichtlich öffentlich gemacht hast (Art. 9 Abs. 2 lit. e DSGVO)',
      ),
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
      'browser-storage': v('dem Speicher Ihres Browsers', 'dem Speicher deines Browsers'),
      cookie: 'einem Cookie',
      log: 'unseren Protokolldateien',
      file: 'gespeicherten Dateien',
    },
    sourceKinds: {
      user: v('Von Ihnen', 'Von dir'),
      device: v('Von Ihrem Gerät', 'Von deinem Gerät'),
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
}

export const de: NoticeLocale = createGermanLocale('formal');
