import type { Confidence } from '../../model.js';

/**
 * What must stand right before a term (or be its owner object) for it to mean personal data:
 * `name` is a person's name only as `user.name` / `customerName`, `state` an address part only as `billingState`.
 * `bare` terms count alone or after a person or address word, never after another noun: `city` and `billingCity`
 * are a person's, `storeCity` and `warehouseCity` are not; `mail` is, `sgMail` (a client) is not.
 */
export type TermContext = 'person' | 'address' | 'card' | 'bank' | 'finance' | 'geo' | 'device' | 'search' | 'bare';

export interface VocabularyTerm {
  /** Written as code would write it (`emailAddress`, `x-forwarded-for`); compared token by token. */
  phrase: string;
  confidence: Confidence;
  context?: TermContext;
  /** Like the entry's exclusions, for this phrase only: words before it or owners that make it something else. */
  exclusions?: string[];
}

export interface VocabularyEntry {
  /** A fideslang data category id. */
  category: string;
  en: VocabularyTerm[];
  de: VocabularyTerm[];
  /** Tokens that may follow a term without changing what it is (`countryCode`, `avatarUrl`), beyond SAFE_SUFFIXES. */
  suffixes?: string[];
  /** Tokens that, right before a term, make it something else (`walletAddress`, `serverIp`, `dbPassword`). */
  exclusions?: string[];
}

function terms(confidence: Confidence, ...phrases: string[]): VocabularyTerm[] {
  return phrases.map((phrase) => ({ phrase, confidence }));
}

function inContext(context: TermContext, confidence: Confidence, ...phrases: string[]): VocabularyTerm[] {
  return phrases.map((phrase) => ({ phrase, confidence, context }));
}

function bare(confidence: Confidence, ...phrases: string[]): VocabularyTerm[] {
  return inContext('bare', confidence, ...phrases);
}

/** Nouns for objects that hold one person; also the head of `userId`, `kundenNummer`. */
export const PERSON_NOUNS: readonly string[] = [
  // English
  'user', 'customer', 'member', 'patient', 'person', 'people', 'employee', 'staff', 'student', 'teacher', 'doctor',
  'physician', 'nurse', 'guest', 'visitor', 'contact', 'lead', 'subscriber', 'account', 'owner', 'author',
  'recipient', 'sender', 'applicant', 'candidate', 'buyer', 'seller', 'payer', 'payee', 'driver', 'rider',
  'passenger', 'traveler', 'traveller', 'profile', 'me', 'viewer', 'attendee', 'participant', 'player', 'learner',
  'friend', 'spouse', 'beneficiary', 'cardholder', 'holder', 'shopper', 'consumer', 'individual',
  'requester', 'assignee', 'creator', 'respondent', 'volunteer', 'donor', 'citizen', 'resident', 'tenant',
  'worker', 'caregiver', 'signer', 'voter', 'follower', 'reviewer', 'admin', 'agent', 'client', 'identity',
  'human', 'subject', 'invitee', 'inviter', 'referrer', 'referee', 'prospect', 'lessee',
  // German
  'kunde', 'kunden', 'nutzer', 'benutzer', 'anwender', 'mitglied', 'mitglieds', 'mitarbeiter', 'mitarbeiterin',
  'teilnehmer', 'besucher', 'kaeufer', 'empfaenger', 'absender', 'bewerber', 'schueler', 'lehrer', 'arzt',
  'fahrer', 'gast', 'kontakt', 'ansprechpartner', 'inhaber', 'mieter', 'spender', 'abonnent', 'interessent',
  'versicherter', 'versicherte', 'personen',
];

/**
 * Person nouns that also name non-person things in code (`client` an HTTP client, `agent` an HTTP agent,
 * `subject` an email subject, `tenant` an organisation, `driver` a database driver, `worker` a web worker):
 * they qualify a term (`clientIp`), but neither make an id of their own nor name a person object.
 */
export const AMBIGUOUS_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'client', 'agent', 'subject', 'tenant', 'holder', 'lead', 'identity', 'driver', 'worker', 'consumer', 'player',
  'candidate',
]);

/** Objects that carry a person's data, by name (`traits`, `billing`), besides person nouns. */
export const PERSON_QUALIFIERS: readonly string[] = [
  'personal', 'my', 'your', 'contact', 'billing', 'shipping', 'delivery', 'home', 'mailing',
  'traits', 'patient', 'emergency', 'twitter', 'instagram', 'linkedin', 'github', 'facebook', 'tiktok',
  'social', 'rechnungs', 'liefer', 'persoenlich', 'persoenliche',
];

/** Words before an address part that make it a person's address (`billingState`, `shipping.region`). */
export const ADDRESS_QUALIFIERS: readonly string[] = [
  'address', 'addr', 'billing', 'shipping', 'delivery', 'home', 'mailing', 'postal', 'residential', 'residence',
  'invoice', 'adresse', 'anschrift', 'rechnungs', 'liefer', 'wohn', 'location',
];

export const CARD_QUALIFIERS: readonly string[] = ['card', 'cc', 'credit', 'debit', 'karte', 'kreditkarte', 'payment'];
export const BANK_QUALIFIERS: readonly string[] = ['bank', 'banking', 'konto', 'account', 'iban', 'sepa'];

/** Words before a money term, or owners, that make it a person's money (`account.balance`, `holding.quantity`, `transactionFee`). */
export const FINANCE_QUALIFIERS: readonly string[] = [
  'account', 'bank', 'brokerage', 'portfolio', 'holding', 'holdings', 'position', 'investment', 'transaction', 'trade',
  'activity', 'dividend', 'payout', 'withdrawal', 'deposit', 'transfer', 'wallet', 'savings', 'loan', 'mortgage',
  'depot', 'konto', 'buchung', 'umsatz',
];

/**
 * Owners or words before `coords` that make it a place on Earth (`position.coords` of the Geolocation API, expo's
 * `location.coords`), not a point on a canvas, a screen or a chart (`pointer.coords`, `element.coords`).
 */
export const GEO_QUALIFIERS: readonly string[] = [
  'position', 'pos', 'geo', 'geolocation', 'location', 'gps', 'geoposition', 'my', 'home', 'place', 'standort',
];

/**
 * Owners or words before `installationId` that make it an install of the app on a device (`Application.installationId`,
 * Firebase `installations`), not a GitHub/Slack app's installation in an account.
 */
export const DEVICE_QUALIFIERS: readonly string[] = ['device', 'application', 'expo', 'installations', 'phone', 'handset'];

/**
 * Words that make a bare `term` or `query` what a person searched for, right before it or anywhere in its owner's name:
 * `recentSearch.term`, `teamSearchHistory.term`, `PostSearchParams.terms`. The URL's `searchParams` do not.
 */
export const SEARCH_QUALIFIERS: readonly string[] = ['search', 'searches'];

/** Words that may sit between a qualifier and a term without changing anything (`user.preferredName`). */
export const NEUTRAL_PREFIXES: ReadonlySet<string> = new Set([
  'current', 'new', 'old', 'prev', 'previous', 'original', 'updated', 'actual', 'real', 'preferred', 'primary',
  'secondary', 'main', 'other', 'alt', 'alternate', 'alternative', 'raw', 'plain', 'hashed', 'encrypted',
  'normalized', 'normalised', 'formatted', 'trimmed', 'lower', 'lowercase', 'masked', 'confirm', 'confirmed',
  'the', 'a', 'full', 'public', 'verified', 'work', 'mobile', 'to', 'reply', 'cc', 'bcc', 'neue', 'alte',
]);

/**
 * Tokens that turn what follows into metadata about the data, not the data (`isEmailVerified`, `validateEmail`,
 * `maxAge`, `supportEmail`, `noreplyEmail`, `countEmails`, `usersWithPhone`, `groupByCountry`).
 */
export const PREFIX_VETOES: ReadonlySet<string> = new Set([
  'is', 'has', 'have', 'should', 'can', 'must', 'was', 'did', 'will', 'does', 'allow', 'allowed', 'require',
  'required', 'requires', 'validate', 'validator', 'validation', 'valid', 'invalid', 'verify', 'send', 'sent', 'set', 'get',
  'use', 'update', 'clear', 'reset', 'remove', 'delete', 'change', 'make', 'build', 'compute', 'calculate', 'convert',
  'encode', 'decode', 'serialize', 'resolve', 'extract', 'lookup', 'find', 'fetch', 'load', 'save', 'submit',
  'show', 'hide', 'toggle', 'enable', 'disable', 'on', 'handle', 'format', 'parse', 'render', 'max', 'min',
  'maximum', 'minimum', 'regex', 'regexp', 'pattern', 'template', 'count', 'total', 'length', 'type', 'kind',
  'field', 'label', 'placeholder', 'error', 'column', 'config', 'settings', 'setting', 'options', 'option',
  'service', 'provider', 'status', 'mode', 'flag', 'version', 'schema', 'mask', 'redact', 'redacted',
  'anonymize', 'anonymized', 'anonymised', 'random', 'fake', 'dummy', 'mock', 'sample', 'example', 'test',
  'demo', 'default', 'fallback', 'noreply', 'no', 'support', 'system', 'company', 'business', 'shop', 'store',
  'app', 'site', 'platform', 'org', 'team', 'sales', 'from', 'unique', 'duplicate', 'missing', 'empty', 'num',
  'cache', 'unverified', 'generate', 'generated', 'check', 'compare', 'translate', 'average', 'avg', 'mean', 'median',
  'server', 'host', 'proxy', 'bind', 'listen', 'socket', 'gateway', 'dns', 'internal', 'with', 'without', 'by', 'per',
]);

/** Tokens that may follow any term and keep its meaning (`emailValue`, `phoneE164`, `addressLine1`). */
export const SAFE_SUFFIXES: ReadonlySet<string> = new Set([
  'number', 'num', 'no', 'nr', 'nummer', 'value', 'val', 'raw', 'plain', 'hash', 'hashed', 'sha', 'encrypted',
  'enc', 'lower', 'lowercase', 'upper', 'uppercase', 'normalized', 'normalised', 'trimmed', 'clean', 'cleaned',
  'formatted', 'masked', 'str', 'string', 'text', 'list', 'array', 'arr', 'e', 'international', 'national',
  'primary', 'secondary', 'main', 'alt', 'alternate', 'old', 'new', 'prev', 'previous', 'current', 'original',
  'confirm', 'confirmation', 'repeat', 'again', 'input', 'line', 'in', 'to', 'of', 'private', 'personal', 'de',
  'home', 'work', 'mobile', 'addr', 'data', 'details',
]);

/**
 * Objects that hold what a CDN or a GeoIP lookup derived from an IP address (`req.geo`, `request.cf`,
 * `geolocation(req)`, an ipinfo result): their `country`, `city` or `latitude` are an approximate location.
 */
export const IP_GEO_OWNERS: ReadonlySet<string> = new Set(['geo', 'geoip', 'cf', 'ipinfo', 'ipapi', 'iplocation', 'ipgeo']);

/** Owner objects whose properties are settings, labels or errors about data, not the data (`errors.email`). */
export const OWNER_VETOES: ReadonlySet<string> = new Set([
  'config', 'configuration', 'settings', 'options', 'opts', 'env', 'constants', 'defaults', 'i18n',
  'translations', 'messages', 'labels', 'placeholders', 'errors', 'error', 'touched', 'dirty', 'validation',
  'validators', 'rules', 'schema', 'regex', 'patterns', 'templates', 'template', 'product',
  'file', 'theme', 'styles', 'classes', 'icons', 'routes', 'paths', 'columns', 'company', 'organization',
  'organisation', 'org', 'business', 'shop', 'store', 'app', 'site', 'server', 'host', 'process', 'document',
  'system', 'mailer', 'smtp', 'transport', 'package', 'pkg', 'window', 'navigator',
  'db', 'database', 'repository', 'repo', 'service', 'controller', 'module', 'component', 'ref', 'refs',
  // Places and businesses: their contact details are not a person's.
  'venue', 'hotel', 'restaurant', 'merchant', 'vendor', 'supplier', 'office', 'branch', 'warehouse', 'airport',
  'station', 'clinic', 'hospital', 'pharmacy', 'weather', 'forecast', 'listing', 'property', 'building', 'campus',
  'filiale', 'firma', 'unternehmen', 'geschaeft', 'laden', 'standort',
  // Things people own or share, never people: a team's name, a link's password, a wallet's address, a stock's url.
  'team', 'teams', 'workspace', 'project', 'link', 'links', 'preset', 'group', 'asset', 'symbol', 'channel', 'network',
  'wallet', 'integration', 'guild', 'dataroom', 'folder', 'collection', 'board', 'vault', 'plan', 'room', 'rooms',
  'coupon', 'campaign', 'webhook', 'monitor', 'domain', 'environment', 'deployment', 'bucket', 'queue', 'tag', 'tags',
  'category', 'brand', 'logo', 'bot', 'url', 'uri', 'proxy', 'connection', 'dsn', 'endpoint', 'from', 'instrument',
  'ticker', 'fund', 'stock', 'market', 'exchange', 'currency', 'envelope', 'field', 'enum', 'enums', 'events', 'types',
  'kinds', 'actions', 'constants', 'topics',
]);

/**
 * Person nouns that name something a person has rather than the person (`profile`, `account`): after a noun that is
 * not a person they belong to that thing (`assetProfile`, `symbolProfileId`, `bankAccount.name`), whereas a role
 * after one stays a person (`teamMember`, `projectOwner`).
 */
export const POSSESSED_PERSON_NOUNS: ReadonlySet<string> = new Set(['profile', 'profiles', 'account', 'accounts', 'identity', 'details']);

/** Trailing words that name a container of a person's data (`userData`, `CreateCustomerDto`, `patientRecord`). */
export const CONTAINER_SUFFIXES: ReadonlySet<string> = new Set([
  'data', 'info', 'information', 'details', 'detail', 'dto', 'entity', 'model', 'record', 'doc', 'document',
  'row', 'obj', 'object', 'attrs', 'attributes', 'props', 'properties', 'fields', 'input', 'payload', 'params',
  'values', 'form', 'traits', 'response', 'result', 'type', 'schema', 'body', 'json', 'state', 'snapshot',
  'item', 'instance', 'context', 'ctx', 'request', 'req', 'update', 'create', 'args', 'dao', 'vm', 'view',
]);

/** Words that, after a person noun, make an identifier of that person (`userId`, `kundenNummer`). */
export const ID_SUFFIXES: readonly string[] = ['id', 'uid', 'uuid', 'guid', 'identifier', 'number', 'nr', 'nummer', 'no', 'key'];

export const VOCABULARY: readonly VocabularyEntry[] = [
  {
    category: 'user.contact.email',
    en: [
      ...terms('high', 'email', 'e-mail', 'emailAddress', 'emailaddress', 'emailAddr', 'mailAddress', 'e-mail address'),
      ...bare('medium', 'mail'),
    ],
    de: terms('high', 'emailAdresse', 'mailAdresse', 'e-mail-adresse', 'emailadresse', 'mailadresse'),
  },
  {
    category: 'user.contact.phone_number',
    en: [
      ...terms('high', 'phone', 'phoneNumber', 'phonenumber', 'telephone', 'telephoneNumber', 'msisdn', 'mobileNumber',
        'mobilePhone', 'cellPhone', 'cellphone', 'telNo', 'telNumber', 'smsNumber', 'whatsappNumber'),
      ...bare('medium', 'mobile', 'tel'),
      ...inContext('person', 'medium', 'cell', 'sms'),
    ],
    de: terms('high', 'telefon', 'telefonnummer', 'telefonNummer', 'handy', 'handynummer', 'mobilnummer',
      'rufnummer', 'festnetz', 'festnetznummer', 'mobiltelefon'),
    suffixes: ['country', 'code'],
  },
  {
    category: 'user.contact.fax_number',
    en: terms('high', 'fax', 'faxNumber'),
    de: terms('high', 'faxnummer', 'telefax'),
  },
  {
    category: 'user.name',
    en: [
      ...terms('high', 'fullName', 'fullname', 'legalName', 'realName', 'contactName', 'middleName', 'cardholderName'),
      ...terms('medium', 'nickname', 'nickName'),
      ...inContext('person', 'medium', 'name', 'displayName'),
    ],
    de: [
      ...terms('high', 'vollerName', 'vollstaendigerName', 'rufname', 'spitzname'),
      ...inContext('person', 'medium', 'namen'),
    ],
  },
  {
    category: 'user.name.first',
    en: terms('high', 'firstName', 'firstname', 'givenName', 'givenname', 'forename', 'fname'),
    de: terms('high', 'vorname', 'vornamen'),
  },
  {
    category: 'user.name.last',
    en: terms('high', 'lastName', 'lastname', 'surname', 'familyName', 'familyname', 'maidenName', 'lname'),
    de: terms('high', 'nachname', 'familienname', 'zuname', 'geburtsname'),
  },
  {
    category: 'user.contact.address',
    en: [
      ...terms('high', 'postalAddress', 'mailingAddress', 'homeAddress', 'billingAddress', 'shippingAddress',
        'deliveryAddress', 'residentialAddress'),
      ...bare('medium', 'address', 'addr'),
    ],
    de: terms('high', 'adresse', 'anschrift', 'wohnadresse', 'lieferadresse', 'rechnungsadresse', 'postanschrift',
      'wohnanschrift', 'meldeadresse'),
    exclusions: ['wallet', 'contract', 'base', 'api', 'web', 'memory', 'bind', 'listen', 'network', 'local', 'public',
      'eth', 'btc', 'bitcoin', 'crypto', 'token', 'pool', 'hex', 'pointer', 'mac', 'remote', 'ip', 'server', 'host',
      'return', 'from', 'sender', 'url', 'link', 'mint', 'program', 'account', 'chain', 'node', 'peer', 'proxy', 'smtp',
      'socket', 'connection', 'listener', 'interface', 'iface', 'broadcast', 'multicast', 'gateway', 'relay', 'target'],
  },
  {
    category: 'user.contact.address.street',
    en: [
      ...bare('high', 'street'),
      ...terms('high', 'streetAddress', 'streetName', 'streetLine', 'houseNumber', 'housenumber',
        'addressLine', 'streetNumber', 'buildingNumber', 'apartmentNumber'),
      // `address.line1` (Stripe, Shopify): a line of an address object; not of a code location
      // (`location.line`, `error.location.line`), which is a line number.
      { phrase: 'line', confidence: 'medium', context: 'address',
        exclusions: ['location', 'source', 'code', 'file', 'stack', 'error', 'start', 'end', 'cursor', 'selection', 'position', 'range', 'span'] },
    ],
    de: [...bare('high', 'strasse'), ...terms('high', 'strassenname', 'hausnummer', 'hausNr', 'strasseUndHausnummer', 'strasseHausnummer')],
    suffixes: ['name', '1', '2', '3'],
    exclusions: ['wall', 'main'],
  },
  {
    category: 'user.contact.address.postal_code',
    en: [
      ...terms('high', 'zipCode', 'zipcode', 'postalCode', 'postcode', 'postCode', 'postalcode'),
      ...bare('medium', 'zip'),
    ],
    de: terms('high', 'plz', 'postleitzahl'),
  },
  {
    category: 'user.contact.address.city',
    en: [...bare('medium', 'city', 'town', 'municipality', 'locality'), ...terms('medium', 'hometown')],
    de: [...bare('medium', 'stadt', 'ort', 'gemeinde'), ...terms('medium', 'wohnort')],
    suffixes: ['name'],
  },
  {
    category: 'user.contact.address.state',
    en: [
      ...terms('medium', 'province'),
      ...inContext('address', 'medium', 'state', 'region', 'county', 'stateCode', 'stateName'),
    ],
    de: [...terms('medium', 'bundesland'), ...inContext('address', 'medium', 'kanton')],
    suffixes: ['name', 'code', 'iso'],
  },
  {
    category: 'user.contact.address.country',
    en: [...bare('medium', 'country', 'countryCode', 'countryName'), ...terms('medium', 'countryOfResidence')],
    de: [...inContext('address', 'medium', 'land'), ...terms('medium', 'wohnsitzland')],
    suffixes: ['code', 'iso', 'name', 'alpha', 'id'],
    exclusions: ['product', 'origin', 'manufacturing', 'server', 'default', 'supported', 'store', 'locale', 'currency',
      'language', 'timezone', 'phone', 'dialing', 'calling'],
  },
  {
    category: 'user.demographic.date_of_birth',
    en: [
      ...terms('high', 'dob', 'birthDate', 'birthdate', 'birthday', 'dateOfBirth', 'dateofbirth', 'bday', 'birthDay'),
      ...terms('medium', 'birthYear', 'yearOfBirth', 'birthMonth'),
    ],
    de: terms('high', 'geburtsdatum', 'geburtstag', 'geburtsjahr', 'geburtsDatum', 'gebDatum'),
    suffixes: ['iso', 'date', 'utc', 'day', 'month', 'year'],
  },
  {
    category: 'user.demographic.age_range',
    en: [...bare('medium', 'age'), ...terms('medium', 'ageRange', 'ageGroup', 'ageBracket', 'ageBand')],
    de: [...terms('medium', 'altersgruppe', 'lebensalter'), ...inContext('person', 'medium', 'alter')],
    suffixes: ['range', 'group', 'bracket', 'band', 'years'],
    exclusions: ['max', 'min', 'cache', 'cookie', 'token', 'session', 'file', 'page', 'data', 'stale', 'http', 'hsts',
      'message', 'record', 'document', 'item', 'entry', 'build', 'key', 'password', 'account', 'post', 'content'],
  },
  {
    category: 'user.demographic.gender',
    en: [...terms('high', 'gender', 'genderIdentity'), ...terms('medium', 'sex', 'pronouns')],
    de: terms('high', 'geschlecht'),
  },
  {
    category: 'user.demographic.language',
    en: [...terms('medium', 'preferredLanguage', 'nativeLanguage', 'motherTongue', 'spokenLanguages'),
      ...inContext('person', 'low', 'language', 'locale', 'lang')],
    de: [...terms('medium', 'muttersprache'), ...inContext('person', 'low', 'sprache')],
  },
  {
    category: 'user.demographic.marital_status',
    en: terms('high', 'maritalStatus', 'relationshipStatus', 'civilStatus'),
    de: terms('high', 'familienstand'),
  },
  {
    category: 'user.demographic.race_ethnicity',
    en: [...terms('high', 'ethnicity', 'ethnicOrigin', 'racialOrigin', 'ethnicGroup'), ...inContext('person', 'medium', 'race')],
    de: terms('high', 'ethnie', 'ethnischeHerkunft', 'ethnischeZugehoerigkeit'),
  },
  {
    category: 'user.demographic.religious_belief',
    en: terms('high', 'religion', 'religiousBelief', 'religiousAffiliation', 'faith'),
    de: terms('high', 'konfession', 'religionszugehoerigkeit', 'glaube', 'religionsgemeinschaft'),
  },
  {
    category: 'user.demographic.sexual_orientation',
    en: [...terms('high', 'sexualOrientation', 'sexuality', 'sexualPreference'), ...inContext('person', 'medium', 'orientation')],
    de: terms('high', 'sexuelleOrientierung', 'sexuelleAusrichtung'),
  },
  {
    category: 'user.demographic.political_opinion',
    en: terms('high', 'politicalOpinion', 'politicalAffiliation', 'politicalParty', 'politicalViews', 'partyAffiliation'),
    de: terms('high', 'politischeMeinung', 'parteizugehoerigkeit', 'politischeEinstellung'),
  },
  {
    category: 'user.demographic',
    en: terms('medium', 'nationality', 'citizenship'),
    de: terms('medium', 'staatsangehoerigkeit', 'nationalitaet'),
  },
  {
    category: 'user.device.ip_address',
    en: terms('high', 'ip', 'ipAddress', 'ipaddress', 'ipAddr', 'remoteAddress', 'remoteAddr', 'x-forwarded-for', 'x-real-ip',
      'clientIp', 'ipv4', 'ipv6', 'cf-connecting-ip', 'true-client-ip', 'forwardedFor'),
    de: terms('high', 'ipAdresse'),
    exclusions: ['server', 'host', 'proxy', 'gateway', 'dns', 'local', 'bind', 'listen', 'internal', 'node', 'pod',
      'service', 'cluster', 'allowed', 'trusted', 'blocked', 'whitelisted', 'blacklisted', 'allowlist', 'denylist'],
  },
  {
    category: 'user.device.device_id',
    en: [
      ...terms('high', 'deviceId', 'idfa', 'idfv', 'gaid', 'aaid', 'advertisingId', 'adId', 'androidId', 'imei',
        'pushToken', 'fcmToken', 'apnsToken', 'deviceToken', 'macAddress', 'udid',
        'deviceFingerprint', 'vendorId', 'advertisingIdentifier', 'deviceUuid', 'registrationToken', 'expoPushToken'),
      // An integration's installation (a GitHub or Slack app installed in an account) is not a device.
      ...inContext('device', 'high', 'installationId'),
    ],
    de: terms('high', 'geraeteId', 'geraeteKennung'),
  },
  {
    // The browser and system a person uses, as their requests and sessions record it.
    category: 'user.device',
    en: terms('medium', 'userAgent', 'userAgentString', 'uaString'),
    de: [],
  },
  {
    category: 'user.device.cookie_id',
    en: terms('high', 'cookieId', 'gaClientId', 'ajsAnonymousId', 'fbp', 'fbc'),
    de: [],
  },
  {
    category: 'user.unique_id',
    // A bare `uid` is a person's (Firebase's `user.uid`); after another noun it is that thing's (`podUid`, `fileUid`).
    // `externalId` is the id another system gives a record, whichever it is: a person's on a person (`customer.externalId`),
    // an imported page's or a document's elsewhere (`{ externalId: page.id }` of an import).
    en: [...bare('high', 'uid'), ...inContext('person', 'high', 'externalId'), ...terms('high', 'distinctId', 'externalUserId', 'customerNumber', 'accountId', 'userKey',
      'personId', 'subjectId', 'customUserId', 'appUserId', 'customerUserId', 'loggedInUserId'),
      // The account an admin or a delegate acts as (`impersonationId`, `impersonatedId`): another person's id.
      ...terms('medium', 'impersonationId', 'impersonatedId', 'impersonateId')],
    de: terms('high', 'kundennummer', 'mitgliedsnummer', 'benutzerkennung', 'kundenkennung', 'versichertennummer'),
  },
  {
    category: 'user.unique_id.pseudonymous',
    en: terms('high', 'anonymousId', 'visitorId', 'anonId', 'trackingUserId', 'sessionUserId', 'analyticsId', 'analyticsUserId'),
    de: [],
  },
  {
    category: 'user.account.username',
    en: [
      ...terms('high', 'username', 'userName', 'loginName', 'screenName', 'loginId', 'accountName', 'userHandle'),
      ...inContext('person', 'medium', 'login', 'handle'),
    ],
    de: terms('high', 'benutzername', 'nutzername', 'anmeldename', 'loginname', 'benutzerName', 'nutzerName'),
  },
  {
    category: 'user.authorization.password',
    en: [...terms('high', 'password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pass word', 'pinCode'), ...inContext('person', 'medium', 'pin')],
    de: terms('high', 'passwort', 'kennwort', 'geheimzahl'),
    exclusions: ['db', 'database', 'smtp', 'redis', 'mysql', 'postgres', 'pg', 'mongo', 'root', 'api', 'service',
      'app', 'ftp', 'proxy', 'keystore', 'key', 'cert', 'store', 'truststore', 'admin', 'master', 'bind', 'ldap',
      'rabbit', 'amqp', 'mail', 'email', 'sftp', 'ssh', 'wifi',
      // The app's secret that seals its session cookies (iron-session, WorkOS AuthKit's `cookiePassword`).
      'cookie', 'session', 'seal', 'iron'],
  },
  {
    category: 'user.authorization.credentials',
    // By role: what signs a person in or acts as them (a session, an access grant, a key they created, a one-time
    // code), not a bare `token` or `key`, which are as often a lexer's token, a pagination cursor or a map key.
    en: [
      ...terms('high', 'securityAnswer', 'secretAnswer', 'securityQuestionAnswer', 'mothersMaidenName', 'otpSecret',
        'totpSecret', 'recoveryCode', 'recoveryCodes', 'backupCodes', 'accessToken', 'refreshToken', 'sessionToken',
        'authToken', 'authenticationToken', 'idToken', 'identityToken', 'bearerToken', 'jwtToken', 'personalAccessToken',
        'userToken', 'userAccessToken', 'oauthToken', 'sessionSecret', 'resetToken',
        'passwordResetToken', 'inviteToken', 'invitationToken', 'signingToken', 'verificationToken', 'magicLinkToken',
        'loginToken', 'confirmationToken', 'emailVerificationToken', 'pendingAuthenticationToken', 'otp', 'otpCode',
        'oneTimeCode', 'oneTimePassword', 'totpCode', 'mfaCode', 'twoFactorCode', 'verificationCode', 'authCode',
        'authorizationCode', 'loginCode', 'resetCode', 'passkey', 'webauthnCredential', 'credentialId',
        'credentialPublicKey', 'authenticatorData', 'attestationObject', 'userApiKey'),
      // A bare `apiKey`, `apiToken`, `privateKey` or `credentials` is most often the app's own key to a vendor: not counted.
      ...terms('medium', 'authorization', 'authHeader', 'authorizationHeader', 'bearer'),
      // A bare `sessionId` is as often a Stripe checkout session or an analytics session as a sign-in.
      ...inContext('person', 'medium', 'credential', 'token', 'key', 'secret', 'sessionId'),
    ],
    de: terms('high', 'sicherheitsantwort', 'zugangsdaten', 'einmalpasswort', 'bestaetigungscode'),
    // The app's own secrets to its vendors (`stripeSecretKey`, `serverApiKey`), a device's push token, an ad SDK's
    // key, a form's anti-forgery token and a model's token counts are not a person's credentials.
    exclusions: ['checkout', 'billing', 'payment', 'analytics', 'replay', 'recording', 'tracking', 'csrf', 'xsrf', 'push', 'device', 'fcm', 'apns', 'expo', 'registration', 'vapid', 'webhook', 'signing',
      'encryption', 'client', 'server', 'app', 'application', 'service', 'admin', 'master', 'root', 'stripe', 'openai',
      'public', 'publishable', 'google', 'maps', 'recaptcha', 'captcha', 'turnstile', 'hcaptcha', 'storage', 'cache',
      'idempotency', 'dedupe', 'cursor', 'page', 'next', 'pagination', 'continuation', 'cancel', 'cancellation',
      'injection', 'design', 'input', 'output', 'prompt', 'completion', 'max', 'private', 'primary', 'foreign',
      'partition', 'sort', 'cache', 'i18n', 'translation', 'react', 'list', 'query', 'map', 'object', 'license',
      'developer', 'project', 'workspace', 'team', 'org', 'organization', 'root', 'bot', 'integration', 'provider',
      'environment', 'env', 'secret', 'github', 'slack', 'vercel'],
  },
  {
    category: 'user.location.precise',
    en: [
      ...terms('high', 'latitude', 'longitude', 'lat', 'lng', 'lon', 'geolocation',
        'geoLocation', 'gps', 'geoPoint', 'geopoint', 'latLng', 'latlng', 'latLong', 'preciseLocation', 'gpsLocation',
        'currentPosition', 'geoCoords', 'geoCoordinates', 'gpsCoords', 'gpsCoordinates'),
      // Coordinates alone are as often geometry (a canvas element's, a pointer's) as a place: a geo owner decides.
      ...inContext('geo', 'high', 'coords', 'coordinates'),
    ],
    de: [...terms('high', 'breitengrad', 'laengengrad', 'geoposition'), ...inContext('geo', 'high', 'koordinaten')],
    exclusions: ['map', 'center', 'centre', 'viewport', 'bounds', 'min', 'max', 'office', 'store', 'shop', 'warehouse',
      'venue', 'default', 'initial', 'camera', 'marker', 'tile', 'origin', 'destination'],
  },
  {
    // Derived from the IP address by a CDN or a GeoIP lookup: a city at best, never a position nor a postal address.
    category: 'user.location.imprecise',
    en: terms('medium', 'geo', 'geoip', 'geoIp', 'ipGeo', 'ipLocation', 'ipCountry', 'ipCity', 'ipRegion', 'ipContinent',
      'ipTimezone', 'ipPostalCode', 'ipLatitude', 'ipLongitude', 'ipcountry', 'ipcity', 'ipcontinent', 'iplatitude',
      'iplongitude', 'x-vercel-ip-country-region', 'cf-ipcountry', 'cf-ipcity', 'cf-region', 'cf-region-code',
      'x-appengine-country', 'x-appengine-city', 'x-appengine-region', 'x-country-code', 'cloudfront-viewer-country',
      'cloudfront-viewer-city', 'cloudfront-viewer-country-region'),
    de: [],
    exclusions: ['server', 'host', 'node', 'default', 'map', 'office', 'store'],
  },
  {
    category: 'user.location',
    en: [...terms('medium', 'userLocation', 'lastLocation', 'lastKnownLocation'), ...inContext('person', 'medium', 'location')],
    de: terms('medium', 'standort', 'aufenthaltsort'),
    exclusions: ['map', 'office', 'store', 'shop', 'warehouse', 'venue', 'default', 'file', 'storage', 'scroll', 'cursor', 'mouse'],
  },
  {
    category: 'user.government_id.national_identification_number',
    en: terms('high', 'ssn', 'socialSecurityNumber', 'socialSecurity', 'nationalId', 'nationalIdNumber',
      'nationalInsuranceNumber', 'nino', 'taxId', 'taxNumber', 'taxpayerId', 'idCardNumber', 'identityCardNumber',
      'personalIdNumber', 'personnummer', 'nationalIdentificationNumber', 'governmentId', 'aadhaar', 'cpf'),
    de: terms('high', 'steuerId', 'steuerIdentifikationsnummer', 'steuernummer', 'steuerNummer', 'personalausweis',
      'personalausweisnummer', 'ausweisnummer', 'sozialversicherungsnummer', 'svNummer', 'rentenversicherungsnummer',
      'identifikationsnummer'),
  },
  {
    category: 'user.government_id.passport_number',
    en: terms('high', 'passport', 'passportNumber', 'passportNo', 'passportId'),
    de: terms('high', 'reisepass', 'reisepassnummer', 'passnummer'),
  },
  {
    category: 'user.government_id.drivers_license_number',
    en: terms('high', 'driverLicense', 'driversLicense', 'driverLicence', 'drivingLicence', 'drivingLicense',
      'driverLicenseNumber', 'licenseNumber', 'dlNumber'),
    de: terms('high', 'fuehrerschein', 'fuehrerscheinnummer'),
  },
  {
    category: 'user.government_id.birth_certificate',
    en: terms('high', 'birthCertificate', 'birthCertificateNumber'),
    de: terms('high', 'geburtsurkunde'),
  },
  {
    category: 'user.government_id.vehicle_registration',
    en: terms('high', 'licensePlate', 'licencePlate', 'numberPlate', 'vehicleRegistration', 'plateNumber', 'vin'),
    de: terms('high', 'kennzeichen', 'kfzKennzeichen', 'nummernschild'),
  },
  {
    category: 'user.government_id.immigration',
    en: terms('high', 'visaNumber', 'immigrationStatus', 'residencePermit', 'workPermit', 'alienNumber'),
    de: terms('high', 'aufenthaltstitel', 'aufenthaltserlaubnis', 'arbeitserlaubnis'),
  },
  {
    category: 'user.financial.credit_card',
    en: [
      ...terms('high', 'cardNumber', 'creditCard', 'creditCardNumber', 'cardNo', 'ccNumber', 'ccn', 'cvc', 'cvv',
        'cvv2', 'cvc2', 'debitCard', 'debitCardNumber', 'primaryAccountNumber', 'cardCvc', 'cardCvv'),
      ...terms('medium', 'cardLast4', 'last4', 'cardExpiry', 'cardExp'),
      ...inContext('card', 'high', 'pan', 'securityCode', 'csc'),
      // A session, token or trial expires too: only a card's expiry date is card data.
      ...inContext('card', 'medium', 'expiryDate', 'expirationDate', 'expiry', 'expMonth', 'expYear'),
    ],
    de: terms('high', 'kreditkarte', 'kreditkartennummer', 'kartennummer', 'pruefziffer'),
  },
  {
    category: 'user.financial.bank_account',
    en: [
      ...terms('high', 'iban', 'bankAccount', 'bankAccountNumber', 'routingNumber', 'sortCode', 'accountNumber',
        'bankDetails', 'swiftCode'),
      ...terms('medium', 'bic'),
      ...inContext('bank', 'medium', 'swift'),
    ],
    de: terms('high', 'kontonummer', 'kontoNummer', 'bankleitzahl', 'blz', 'bankverbindung'),
  },
  {
    category: 'user.financial',
    en: [
      ...terms('medium', 'salary', 'income', 'annualIncome', 'creditScore', 'netWorth', 'creditRating', 'accountBalance',
        'cashBalance', 'bankBalance', 'walletBalance', 'portfolioValue', 'portfolioPositions', 'transactionInvestment',
        'realizedGains', 'unrealizedGains', 'capitalGains'),
      // A person's money only where the owner or the word before says so (`account.balance`, `holding.quantity`,
      // `transactionFee`): a product's price, a cart's quantity or a plan's fee are not.
      ...inContext('finance', 'medium', 'balance', 'quantity', 'unitPrice', 'fee', 'fees', 'amount', 'value',
        'valueInBaseCurrency', 'investment', 'position', 'positions', 'shares', 'units', 'costBasis', 'transactions',
        'dividend', 'dividends', 'holdings', 'investments', 'performance', 'grossPerformance', 'netPerformance'),
    ],
    de: [...terms('medium', 'gehalt', 'einkommen', 'jahreseinkommen', 'bonitaet', 'kontostand', 'vermoegen', 'depotwert'),
      ...inContext('finance', 'medium', 'saldo', 'betrag', 'anzahl', 'stueckzahl')],
    exclusions: ['product', 'plan', 'shipping', 'delivery', 'tax', 'cart', 'item', 'sku', 'listing', 'platform', 'service'],
  },
  {
    category: 'user.health_and_medical',
    en: terms('high', 'diagnosis', 'medication', 'allergy', 'bloodType', 'bloodGroup', 'disease', 'illness',
      'medicalCondition', 'medicalHistory', 'healthCondition', 'symptom', 'prescription', 'therapy', 'disability',
      'pregnancy', 'bloodPressure', 'heartRate', 'bloodSugar', 'glucose', 'insulin', 'mentalHealth', 'healthData',
      'healthRecord', 'medicalRecord', 'vaccination', 'vaccinationStatus', 'sickNote'),
    de: terms('high', 'diagnose', 'medikament', 'medikamente', 'medikation', 'allergie', 'blutgruppe', 'krankheit',
      'erkrankung', 'vorerkrankung', 'vorerkrankungen', 'symptome', 'therapie', 'behinderung', 'schwangerschaft', 'blutdruck',
      'gesundheitsdaten', 'krankengeschichte', 'impfstatus', 'befund', 'krankmeldung', 'arbeitsunfaehigkeit'),
  },
  {
    category: 'user.health_and_medical.insurance_beneficiary_id',
    en: terms('high', 'healthInsuranceNumber', 'insuranceMemberId', 'memberInsuranceId', 'medicareNumber', 'medicaidNumber'),
    de: terms('high', 'krankenversicherungsnummer', 'versichertenNummer', 'krankenkassennummer'),
  },
  {
    category: 'user.health_and_medical.record_id',
    en: terms('high', 'medicalRecordNumber', 'mrn', 'patientRecordId', 'healthRecordId'),
    de: terms('high', 'patientennummer', 'fallnummer'),
  },
  {
    category: 'user.health_and_medical.genetic',
    en: terms('high', 'dna', 'genome', 'geneticData', 'genotype', 'geneticTest'),
    de: terms('high', 'erbgut', 'gentest'),
  },
  {
    category: 'user.biometric',
    en: [...terms('high', 'faceId', 'faceScan', 'faceTemplate', 'facialFeatures', 'biometric',
      'biometricData', 'faceEmbedding', 'faceprint')],
    de: terms('high', 'biometrie', 'biometrischeDaten', 'gesichtsbild'),
  },
  {
    category: 'user.biometric.fingerprint',
    en: [...terms('high', 'fingerprintTemplate', 'fingerprintScan'), ...inContext('person', 'medium', 'fingerprint')],
    de: terms('high', 'fingerabdruck'),
  },
  {
    category: 'user.biometric.retinal',
    en: [...terms('high', 'retinaScan', 'irisScan'), ...inContext('person', 'medium', 'retina', 'iris')],
    de: terms('high', 'netzhaut'),
  },
  {
    category: 'user.biometric.voice',
    en: terms('high', 'voicePrint', 'voiceprint', 'voiceSample', 'voiceRecording'),
    de: terms('high', 'stimmprobe', 'sprachaufnahme'),
  },
  {
    category: 'user.content.self_image',
    en: [
      ...terms('high', 'avatar', 'avatarUrl', 'profilePicture', 'profilePhoto', 'profileImage', 'profilePic',
        'selfie', 'headshot', 'userPhoto', 'photoUrl'),
      ...inContext('person', 'medium', 'photo', 'picture', 'image', 'portrait'),
    ],
    de: [...terms('high', 'profilbild', 'profilfoto', 'passbild'), ...inContext('person', 'medium', 'foto', 'bild')],
    suffixes: ['url', 'uri', 'src', 'link', 'path', 'key', 'file', 'blob', 'base64', 'data'],
  },
  {
    category: 'user.content.public',
    // A chat user's custom status (Slack, Mattermost, Rocket.Chat: an emoji and a line of text the person sets for
    // everyone to see). A bare `status` or `statusText` is a request's or a record's state, not a person's words.
    en: terms('medium', 'bio', 'biography', 'aboutMe', 'customStatus', 'customStatusText'),
    de: terms('medium', 'ueberMich'),
  },
  {
    category: 'user.content.private',
    // Bare `message`, `comment` or `note` are mostly UI or log text; only names that say the content is someone's count.
    en: terms('medium', 'privateMessage', 'directMessage', 'chatMessage', 'diaryEntry', 'personalNote'),
    de: terms('medium', 'privatnachricht'),
  },
  {
    category: 'user.job_title',
    en: terms('high', 'jobTitle', 'occupation', 'profession', 'jobPosition', 'jobRole'),
    de: terms('high', 'beruf', 'berufsbezeichnung', 'taetigkeit', 'stellenbezeichnung'),
  },
  {
    category: 'user.workplace',
    en: terms('medium', 'employer', 'workplace', 'employerName'),
    de: terms('medium', 'arbeitgeber'),
  },
  {
    category: 'user.contact.organization',
    en: inContext('person', 'low', 'company', 'companyName', 'organization', 'organisation', 'organizationName',
      'organisationName'),
    de: inContext('person', 'low', 'firma', 'unternehmen', 'firmenname'),
  },
  {
    category: 'user.contact.url',
    en: [...terms('medium', 'personalWebsite', 'linkedinUrl', 'twitterUrl', 'facebookUrl', 'instagramUrl',
      'githubUrl', 'linkedinProfile', 'socialProfile', 'profileUrl'), ...inContext('person', 'medium', 'website', 'homepage', 'blog'),
    // A person's own link (`user.url`, `authorUrl`), not a page of the app about them (`billingUrl`, `accountUrl`).
    { phrase: 'url', confidence: 'medium', context: 'person',
      exclusions: ['billing', 'shipping', 'delivery', 'mailing', 'home', 'account', 'admin', 'agent', 'client', 'portal'] }],
    de: inContext('person', 'medium', 'webseite'),
  },
  {
    category: 'user.behavior.purchase_history',
    en: [...terms('medium', 'purchaseHistory', 'orderHistory', 'transactionHistory', 'pastOrders', 'previousPurchases'),
      ...inContext('person', 'low', 'purchases', 'orders')],
    de: terms('medium', 'bestellhistorie', 'kaufhistorie', 'bestellverlauf'),
  },
  {
    category: 'user.behavior.search_history',
    en: [...terms('medium', 'searchQuery', 'searchTerm', 'searchHistory', 'searchText', 'searchString', 'searchKeyword',
      'searchPhrase', 'searchInput', 'recentSearches', 'searchMessage', 'searchMsg'),
    ...inContext('search', 'medium', 'term', 'terms', 'query', 'keyword', 'keywords')],
    de: terms('medium', 'suchbegriff', 'suchanfrage', 'suchverlauf', 'suchtext'),
  },
  {
    category: 'user.behavior.browsing_history',
    // The page a person came from (the HTTP `Referer` header, spelt so only there); a `referrer` is also a person who refers.
    en: terms('medium', 'browsingHistory', 'browserHistory', 'visitedUrls', 'visitedPages', 'pageHistory', 'clickstream', 'referer',
      'refererUrl', 'referrerUrl', 'httpReferer'),
    de: terms('medium', 'browserverlauf'),
  },
  {
    category: 'user.criminal_history',
    en: terms('high', 'criminalRecord', 'criminalHistory', 'convictions', 'criminalConvictions', 'backgroundCheck'),
    de: terms('high', 'vorstrafen', 'fuehrungszeugnis', 'strafregister'),
  },
];
