import { describe, expect, test } from 'vitest';
import { isKnownCategory } from '../../taxonomy/index.js';
import { classifyAttachedFile, classifyFreeText, classifyName, isContentWord, getVocabularyTerms, isMetadataName, isNonPersonalType, isPersonObjectName, isThingIdentifierName, tokenize } from './index.js';
import { VOCABULARY } from './vocabulary.js';

const EMAIL = 'user.contact.email';
const PHONE = 'user.contact.phone_number';
const NAME = 'user.name';
const FIRST = 'user.name.first';
const LAST = 'user.name.last';
const ADDRESS = 'user.contact.address';
const STREET = 'user.contact.address.street';
const POSTAL = 'user.contact.address.postal_code';
const CITY = 'user.contact.address.city';
const STATE = 'user.contact.address.state';
const COUNTRY = 'user.contact.address.country';
const DOB = 'user.demographic.date_of_birth';
const AGE = 'user.demographic.age_range';
const GENDER = 'user.demographic.gender';
const IP = 'user.device.ip_address';
const DEVICE = 'user.device.device_id';
const CREDENTIALS = 'user.authorization.credentials';
const FINANCIAL = 'user.financial';
const IMPRECISE = 'user.location.imprecise';
const USER_ID = 'user.unique_id';
const USERNAME = 'user.account.username';
const PASSWORD = 'user.authorization.password';
const PRECISE = 'user.location.precise';
const NATIONAL_ID = 'user.government_id.national_identification_number';
const CARD = 'user.financial.credit_card';
const BANK = 'user.financial.bank_account';
const HEALTH = 'user.health_and_medical';
const SELF_IMAGE = 'user.content.self_image';

// name → category, or undefined when the name is not personal data or only describes it.
const NAMES: ReadonlyArray<[string, string | undefined]> = [
  // email
  ['email', EMAIL],
  ['e-mail', EMAIL],
  ['E-Mail', EMAIL],
  ['E_MAIL', EMAIL],
  ['eMail', EMAIL],
  ['mail', EMAIL],
  ['emailAddress', EMAIL],
  ['email_address', EMAIL],
  ['EMAIL_ADDRESS', EMAIL],
  ['mailAdresse', EMAIL],
  ['emailAdresse', EMAIL],
  ['userEmail', EMAIL],
  ['customer_email', EMAIL],
  ['receipt_email', EMAIL],
  ['emails', EMAIL],
  ['emailAddresses', EMAIL],
  ['hashedEmail', EMAIL],
  ['emailHash', EMAIL],
  ['newEmail', EMAIL],
  ['contactEmail', EMAIL],
  ['last_login_email', EMAIL],
  ['usersWithPhone', undefined],
  ['billingUrl', undefined],
  ['accountUrl', undefined],
  ['expiryDate', undefined],
  ['cardExpiry', CARD],
  // phone
  ['phone', PHONE],
  ['phoneNumber', PHONE],
  ['phone_number', PHONE],
  ['phoneNumbers', PHONE],
  ['mobile', PHONE],
  ['mobileNumber', PHONE],
  ['tel', PHONE],
  ['telefon', PHONE],
  ['telefonnummer', PHONE],
  ['telefonNummer', PHONE],
  ['handy', PHONE],
  ['handynummer', PHONE],
  ['msisdn', PHONE],
  ['phoneE164', PHONE],
  ['customerPhone', PHONE],
  // names
  ['firstName', FIRST],
  ['first_name', FIRST],
  ['FIRST_NAME', FIRST],
  ['givenName', FIRST],
  ['vorname', FIRST],
  ['Vorname', FIRST],
  ['lastName', LAST],
  ['surname', LAST],
  ['familyName', LAST],
  ['nachname', LAST],
  ['fullName', NAME],
  ['customerName', NAME],
  ['billingName', NAME],
  ['cardholderName', NAME],
  // address
  ['address', ADDRESS],
  ['billingAddress', ADDRESS],
  ['anschrift', ADDRESS],
  ['adresse', ADDRESS],
  ['street', STREET],
  ['strasse', STREET],
  ['straße', STREET],
  ['Straße', STREET],
  ['streetAddress', STREET],
  ['addressLine1', STREET],
  ['address_line_2', STREET],
  ['houseNumber', STREET],
  ['hausnummer', STREET],
  ['zip', POSTAL],
  ['zipCode', POSTAL],
  ['postalCode', POSTAL],
  ['postcode', POSTAL],
  ['plz', POSTAL],
  ['PLZ', POSTAL],
  ['postleitzahl', POSTAL],
  ['city', CITY],
  ['shippingCity', CITY],
  ['customerCity', CITY],
  ['toAddress', ADDRESS],
  ['homeCountry', COUNTRY],
  ['ort', CITY],
  ['stadt', CITY],
  ['billingState', STATE],
  ['shipping_region', STATE],
  ['province', STATE],
  ['bundesland', STATE],
  ['country', COUNTRY],
  ['countryCode', COUNTRY],
  // demographics
  ['dob', DOB],
  ['birthDate', DOB],
  ['birthday', DOB],
  ['dateOfBirth', DOB],
  ['date_of_birth', DOB],
  ['geburtsdatum', DOB],
  ['Geburtstag', DOB],
  ['age', AGE],
  ['ageGroup', AGE],
  ['gender', GENDER],
  ['geschlecht', GENDER],
  ['religion', 'user.demographic.religious_belief'],
  ['ethnicity', 'user.demographic.race_ethnicity'],
  ['sexualOrientation', 'user.demographic.sexual_orientation'],
  ['politicalOpinion', 'user.demographic.political_opinion'],
  ['maritalStatus', 'user.demographic.marital_status'],
  ['familienstand', 'user.demographic.marital_status'],
  ['nationality', 'user.demographic'],
  // device and online identifiers
  ['ip', IP],
  ['ipAddress', IP],
  ['IPAddress', IP],
  ['ip_address', IP],
  ['ipAddr', IP],
  ['remoteAddress', IP],
  ['REMOTE_ADDR', IP],
  ['x-forwarded-for', IP],
  ['X-Forwarded-For', IP],
  ['clientIp', IP],
  ['userAgent', 'user.device'],
  ['user-agent', 'user.device'],
  ['user_agent', 'user.device'],
  ['referer', 'user.behavior.browsing_history'],
  ['deviceId', DEVICE],
  ['idfa', DEVICE],
  ['gaid', DEVICE],
  ['advertisingId', DEVICE],
  ['androidId', DEVICE],
  ['pushToken', DEVICE],
  ['macAddress', DEVICE],
  ['cookieId', 'user.device.cookie_id'],
  ['userId', USER_ID],
  ['user_id', USER_ID],
  ['USER_ID', USER_ID],
  ['userIds', USER_ID],
  ['uid', USER_ID],
  ['userUid', USER_ID],
  ['podUids', undefined],
  ['fileUid', undefined],
  ['customerId', USER_ID],
  ['accountId', USER_ID],
  // An id another system gives a record is a person's only on a person (see the owner table).
  ['externalId', undefined],
  ['customerExternalId', USER_ID],
  ['distinct_id', USER_ID],
  ['distinctId', USER_ID],
  ['memberId', USER_ID],
  ['kundennummer', USER_ID],
  ['kundenNummer', USER_ID],
  ['appUserID', USER_ID],
  ['anonymousId', 'user.unique_id.pseudonymous'],
  ['analyticsId', 'user.unique_id.pseudonymous'],
  ['analytics_user_id', 'user.unique_id.pseudonymous'],
  // accounts and credentials
  ['username', USERNAME],
  ['userName', USERNAME],
  ['user_name', USERNAME],
  ['benutzername', USERNAME],
  ['loginName', USERNAME],
  ['password', PASSWORD],
  ['passwort', PASSWORD],
  ['Kennwort', PASSWORD],
  ['confirmPassword', PASSWORD],
  ['passwordHash', PASSWORD],
  // location
  ['lat', PRECISE],
  ['lng', PRECISE],
  ['latitude', PRECISE],
  ['longitude', PRECISE],
  ['gpsCoords', PRECISE],
  ['userCoordinates', PRECISE],
  ['geolocation', PRECISE],
  ['latLng', PRECISE],
  ['standort', 'user.location'],
  // government ids
  ['ssn', NATIONAL_ID],
  ['socialSecurityNumber', NATIONAL_ID],
  ['taxId', NATIONAL_ID],
  ['steuerId', NATIONAL_ID],
  ['steuerIdentifikationsnummer', NATIONAL_ID],
  ['personalausweis', NATIONAL_ID],
  ['passport', 'user.government_id.passport_number'],
  ['passportNumber', 'user.government_id.passport_number'],
  ['driversLicense', 'user.government_id.drivers_license_number'],
  ['fuehrerschein', 'user.government_id.drivers_license_number'],
  ['Führerschein', 'user.government_id.drivers_license_number'],
  // financial
  ['cardNumber', CARD],
  ['creditCard', CARD],
  ['credit_card_number', CARD],
  ['cvc', CARD],
  ['cvv', CARD],
  ['kreditkarte', CARD],
  ['iban', BANK],
  ['IBAN', BANK],
  ['bic', BANK],
  ['accountNumber', BANK],
  ['kontonummer', BANK],
  ['bankAccount', BANK],
  ['salary', 'user.financial'],
  // health, biometrics and other special categories
  ['diagnosis', HEALTH],
  ['medication', HEALTH],
  ['allergies', HEALTH],
  ['bloodType', HEALTH],
  ['diagnose', HEALTH],
  ['krankheit', HEALTH],
  ['vorerkrankungen', HEALTH],
  ['faceId', 'user.biometric'],
  ['fingerabdruck', 'user.biometric.fingerprint'],
  ['voicePrint', 'user.biometric.voice'],
  // content, work and behaviour
  ['avatar', SELF_IMAGE],
  ['avatarUrl', SELF_IMAGE],
  ['profilePicture', SELF_IMAGE],
  ['profileImageUrl', SELF_IMAGE],
  ['profilbild', SELF_IMAGE],
  ['jobTitle', 'user.job_title'],
  ['beruf', 'user.job_title'],
  ['employer', 'user.workplace'],
  ['searchQuery', 'user.behavior.search_history'],
  ['suchbegriff', 'user.behavior.search_history'],
  ['purchaseHistory', 'user.behavior.purchase_history'],
  ['linkedinUrl', 'user.contact.url'],
  ['bio', 'user.content.public'],
  ['customStatus', 'user.content.public'],
  ['customStatusExpirySupported', undefined],
  ['customStatusEnabled', undefined],
  ['statusText', undefined],
  // Compounds glued without a case change: German, or all-lowercase English.
  ['kundenemail', EMAIL],
  ['kundentelefon', PHONE],
  ['benutzerid', USER_ID],
  ['userid', USER_ID],
  ['useremail', EMAIL],
  ['shippingaddress', ADDRESS],
  ['rootpassword', undefined],
  ['userdata', undefined],
  ['useragent', undefined],
  // Person nouns that also name code things (a database driver, a web worker, a tree's parent) qualify nothing.
  ['driverName', undefined],
  ['workerId', undefined],
  ['clientName', undefined],
  ['parentId', undefined],
  ['childName', undefined],
  ['memberName', NAME],
  // Vetoes: metadata about data, not the data.
  ['emailVerified', undefined],
  ['isEmailVerified', undefined],
  ['email_verified', undefined],
  ['emailTemplateId', undefined],
  ['emailCount', undefined],
  ['hasPhone', undefined],
  ['emailEnabled', undefined],
  ['sendEmail', undefined],
  ['emailSubject', undefined],
  ['emailType', undefined],
  ['phoneVerified', undefined],
  ['nameSpace', undefined],
  ['namespace', undefined],
  ['fileName', undefined],
  ['filename', undefined],
  ['hostname', undefined],
  ['productName', undefined],
  ['companyName', undefined],
  ['eventName', undefined],
  ['className', undefined],
  ['displayName', undefined],
  ['ipc', undefined],
  ['ipcMain', undefined],
  ['zipFile', undefined],
  ['gzip', undefined],
  ['mailer', undefined],
  ['emailService', undefined],
  ['validateEmail', undefined],
  ['EMAIL_REGEX', undefined],
  ['emailPattern', undefined],
  ['emailFormat', undefined],
  ['emailLabel', undefined],
  ['emailPlaceholder', undefined],
  ['emailError', undefined],
  ['emailField', undefined],
  ['emailStatus', undefined],
  ['emailDomain', undefined],
  ['emailSettings', undefined],
  ['emailProvider', undefined],
  ['phoneLength', undefined],
  ['supportEmail', undefined],
  ['noreplyEmail', undefined],
  ['fromEmail', undefined],
  ['companyAddress', undefined],
  ['maxAge', undefined],
  ['MAX_AGE', undefined],
  ['cacheAge', undefined],
  ['averageAge', undefined],
  ['pageUrl', undefined],
  ['imageUrl', undefined],
  ['url', undefined],
  ['walletAddress', undefined],
  ['serverIp', undefined],
  ['mapCenterLat', undefined],
  ['dbPassword', undefined],
  ['SMTP_PASSWORD', undefined],
  ['showPassword', undefined],
  ['passwordMinLength', undefined],
  ['mobileMenu', undefined],
  ['isMobile', undefined],
  ['orderId', undefined],
  ['sessionId', undefined],
  ['cityId', undefined],
  ['emailState', undefined],
  ['usersWithPhone', undefined],
  ['findByEmail', undefined],
  ['groupByCountry', undefined],
  ['avatarCount', undefined],
  ['setEmail', undefined],
  ['useEmail', undefined],
  ['sgMail', undefined],
  ['storeCity', undefined],
  ['warehouseZip', undefined],
  ['originCountry', undefined],
  ['storeStreet', undefined],
  ['state', undefined],
  ['region', undefined],
  ['name', undefined],
  ['id', undefined],
  ['locale', undefined],
  ['language', undefined],
  ['location', undefined],
  ['credentials', undefined],
  ['pan', undefined],
  ['line1', undefined],
  ['phoneCountryCode', PHONE],
  ['fingerprint', undefined],
  ['data', undefined],
  ['info', undefined],
  ['payload', undefined],
  ['body', undefined],
  ['value', undefined],
  ['details', undefined],
  ['token', undefined],
  ['apiKey', undefined],
  ['title', undefined],
];

// [name, owner, category]: the owner decides ambiguous names.
const OWNED: ReadonlyArray<[string, string, string | undefined]> = [
  ['id', 'user', USER_ID],
  ['id', 'currentUser', USER_ID],
  ['id', 'customers', USER_ID],
  ['id', 'order', undefined],
  ['id', 'userRepository', undefined],
  ['name', 'user', NAME],
  ['name', 'CreateUserDto', NAME],
  ['name', 'kunde', NAME],
  ['name', 'product', undefined],
  ['name', 'event', undefined],
  ['name', 'file', undefined],
  ['displayName', 'user', NAME],
  ['displayName', 'product', undefined],
  ['state', 'billingAddress', STATE],
  ['state', 'shipping', STATE],
  ['state', 'user', undefined],
  ['region', 'address', STATE],
  ['land', 'adresse', COUNTRY],
  ['login', 'user', USERNAME],
  ['handle', 'member', USERNAME],
  ['credentials', 'user', 'user.authorization.credentials'],
  ['credentials', 'options', undefined],
  ['pan', 'card', CARD],
  ['photo', 'user', SELF_IMAGE],
  ['image', 'user', SELF_IMAGE],
  ['image', 'product', undefined],
  ['locale', 'user', 'user.demographic.language'],
  ['location', 'user', 'user.location'],
  ['location', 'window', undefined],
  ['fingerprint', 'patient', 'user.biometric.fingerprint'],
  ['company', 'user', 'user.contact.organization'],
  ['website', 'customer', 'user.contact.url'],
  ['alter', 'kunde', AGE],
  ['email', 'user', EMAIL],
  ['email', 'order', EMAIL],
  ['email', 'form', EMAIL],
  ['email', 'values', EMAIL],
  ['email', 'errors', undefined],
  ['email', 'touched', undefined],
  ['email', 'config', undefined],
  ['email', 'labels', undefined],
  ['phone', 'company', undefined],
  ['countryCode', 'product', undefined],
  ['lat', 'map', undefined],
  ['remoteAddress', 'socket', IP],
  ['ip', 'req', IP],
  ['uuid', 'member', USER_ID],
  ['_id', 'user', USER_ID],
  ['email', 'env', undefined],
  ['name', 'client', undefined],
  ['line1', 'address', STREET],
  ['line2', 'shippingAddress', STREET],
  ['sub', 'user', USER_ID],
  ['sub', 'token', undefined],
  ['city', 'venue', undefined],
  ['phone', 'restaurant', undefined],
  ['address', 'socket', undefined],
  ['address', 'wallet', undefined],
  ['country', 'locale', undefined],
  ['latitude', 'store', undefined],
  ['line', 'location', undefined],
  ['line', 'error', undefined],
  ['line1', 'billingAddress', STREET],
  ['url', 'user', 'user.contact.url'],
  ['url', 'billing', undefined],
  ['expirationDate', 'card', CARD],
  ['expirationDate', 'session', undefined],
  // The owner decides (issue 15): things people own or share are not people.
  ['name', 'team', undefined],
  ['name', 'currentTeam', undefined],
  ['name', 'teamMember', NAME],
  ['password', 'link', undefined],
  ['password', 'shareLink', undefined],
  ['name', 'preset', undefined],
  ['address', 'group', undefined],
  ['name', 'dataroom', undefined],
  ['name', 'transport', undefined],
  ['name', 'from', undefined],
  ['url', 'assetProfile', undefined],
  ['name', 'assetProfile', undefined],
  ['countries', 'assetProfile', undefined],
  ['holdings', 'currentAssetProfileWithOverrides', undefined],
  ['name', 'userProfile', NAME],
  ['url', 'profile', 'user.contact.url'],
  ['externalId', 'document', undefined],
  ['externalId', 'customer', USER_ID],
  ['externalId', 'item', undefined],
  ['address', 'network', undefined],
  ['email', 'organization', undefined],
  ['name', 'certificate', undefined],
  ['password', 'certificate', 'user.authorization.password'],
  ['ownerId', 'collection', USER_ID],
  ['creatorEmail', 'team', EMAIL],
  ['profileId', 'asset', undefined],
  ['avatarUrl', 'workspace', undefined],
  ['username', 'proxyUrl', undefined],
  ['password', 'parsedProxyURL', undefined],
  // A Result named after what it holds (`userOrError`): the value's owner, not an error's.
  ['analyticsId', 'analyticsMetadataOrError', 'user.unique_id.pseudonymous'],
  ['email', 'userOrError', EMAIL],
  ['email', 'teamOrError', undefined],
  // Upper-case members of an enum-like owner are constants (issue 15).
  ['FORGOT_PASSWORD', 'events', undefined],
  ['FP_FORGOT_PASSWORD', 'events', undefined],
  ['EMAIL', 'ChannelTypeEnum', undefined],
  ['PHONE', 'Fields', undefined],
  ['EMAIL', 'row', EMAIL],
  // A bare search word is what a person searched for only on a search's own record, never on URL search params.
  ['term', 'teamSearchHistory', 'user.behavior.search_history'],
  ['query', 'recentSearch', 'user.behavior.search_history'],
  ['keywords', 'savedSearches', 'user.behavior.search_history'],
  ['term', 'glossary', undefined],
  ['terms', 'PostSearchParams', 'user.behavior.search_history'],
  ['query', 'searchParams', undefined],
  ['query', 'urlSearchParams', undefined],
  ['query', 'request', undefined],
  // IP-derived geolocation is approximate, never a position or a postal address.
  ['country', 'geo', IMPRECISE],
  ['city', 'geo', IMPRECISE],
  ['latitude', 'geo', IMPRECISE],
  ['region', 'geo', IMPRECISE],
  ['country', 'cf', IMPRECISE],
  ['city', 'ipInfo', IMPRECISE],
  ['email', 'geo', EMAIL],
  // Money of a person only in a finance context.
  ['balance', 'account', FINANCIAL],
  ['quantity', 'holding', FINANCIAL],
  ['unitPrice', 'transaction', FINANCIAL],
  ['quantity', 'cart', undefined],
  ['price', 'product', undefined],
  ['fee', 'plan', undefined],
  ['token', 'user', CREDENTIALS],
  ['sessionId', 'user', CREDENTIALS],
  ['checkoutSessionId', 'user', undefined],
  ['token', 'page', undefined],
];

// Credentials by role, money, IP-derived location (issue 15).
const ROLES: ReadonlyArray<[string, string | undefined]> = [
  ['accessToken', CREDENTIALS],
  ['refresh_token', CREDENTIALS],
  ['sessionToken', CREDENTIALS],
  ['authToken', CREDENTIALS],
  ['idToken', CREDENTIALS],
  ['identityToken', CREDENTIALS],
  ['passwordResetToken', CREDENTIALS],
  ['inviteToken', CREDENTIALS],
  ['signingToken', CREDENTIALS],
  ['otp', CREDENTIALS],
  ['verificationCode', CREDENTIALS],
  ['totpCode', CREDENTIALS],
  ['passkey', CREDENTIALS],
  ['webauthnCredential', CREDENTIALS],
  ['credentialId', CREDENTIALS],
  ['personalAccessToken', CREDENTIALS],
  ['userApiKey', CREDENTIALS],
  ['authorization', CREDENTIALS],
  ['password', 'user.authorization.password'],
  ['hashedPassword', 'user.authorization.password'],
  ['csrfToken', undefined],
  ['pushToken', DEVICE],
  ['nextPageToken', undefined],
  ['maxTokens', undefined],
  ['promptTokens', undefined],
  ['stripeSecretKey', undefined],
  ['tokenCount', undefined],
  ['tokenExpiry', undefined],
  ['cancellationToken', undefined],
  ['accountBalance', FINANCIAL],
  ['portfolioHoldings', FINANCIAL],
  ['holdings', undefined],
  ['privateKey', undefined],
  ['apiToken', undefined],
  ['transactionFee', FINANCIAL],
  ['balance', undefined],
  ['quantity', undefined],
  ['price', undefined],
  ['unitPrice', undefined],
  ['x-vercel-ip-country', IMPRECISE],
  ['x-vercel-ip-city', IMPRECISE],
  ['x-vercel-ip-country-region', IMPRECISE],
  ['cf-ipcountry', IMPRECISE],
  ['geo', IMPRECISE],
  ['symbolProfileId', undefined],
  ['AssetProfileIdentifier', undefined],
  ['assetProfileUrl', undefined],
  ['profileId', USER_ID],
  ['workspaceLogo', undefined],
];

describe('classifyName', () => {
  test('the table holds at least 150 names', () => {
    expect(NAMES.length + OWNED.length).toBeGreaterThanOrEqual(150);
  });

  test.each([...NAMES, ...ROLES])('%s → %s', (name, expected) => {
    expect(classifyName(name)?.category).toBe(expected);
  });

  test.each(OWNED)('%s of %s → %s', (name, owner, expected) => {
    expect(classifyName(name, { owner })?.category).toBe(expected);
  });

  test('confidence follows how specific the name is', () => {
    expect(classifyName('email')?.confidence).toBe('high');
    expect(classifyName('phoneNumber')?.confidence).toBe('high');
    expect(classifyName('mail')?.confidence).toBe('medium');
    expect(classifyName('city')?.confidence).toBe('medium');
    expect(classifyName('zip')?.confidence).toBe('medium');
    expect(classifyName('address')?.confidence).toBe('medium');
    expect(classifyName('name', { owner: 'user' })?.confidence).toBe('medium');
    expect(classifyName('coords', { owner: 'position' })?.category).toBe('user.location.precise');
    expect(classifyName('coords', { owner: 'location' })?.category).toBe('user.location.precise');
    expect(classifyName('installationId', { owner: 'Application' })?.category).toBe('user.device.device_id');
    expect(classifyName('deviceInstallationId')?.category).toBe('user.device.device_id');
    expect(classifyName('projectOwnerEmail')?.category).toBe('user.contact.email');
    expect(classifyName('newPassword')?.category).toBe('user.authorization.password');
    expect(classifyName('company', { owner: 'user' })?.confidence).toBe('low');
  });

  test('evidence names the matched term, and the owner when it decided', () => {
    expect(classifyName('emailAddress')?.evidence).toEqual({ by: 'name', matched: 'emailAddress', term: 'emailAddress' });
    expect(classifyName('name', { owner: 'user' })?.evidence).toEqual({
      by: 'name',
      matched: 'name',
      term: 'name',
      detail: 'property of `user`',
    });
  });

  test('manifest aliases win, matched exactly or by tokens, even over vetoes', () => {
    const aliases = { kdnr: 'user.unique_id', contact_channel: 'user.contact.email', emailVerified: 'user.contact.email' };
    expect(classifyName('kdnr', { aliases })).toEqual({
      category: 'user.unique_id',
      confidence: 'high',
      evidence: { by: 'alias', matched: 'kdnr', term: 'kdnr' },
    });
    expect(classifyName('contactChannel', { aliases })?.evidence).toEqual({ by: 'alias', matched: 'contactChannel', term: 'contact_channel' });
    expect(classifyName('emailVerified', { aliases })?.category).toBe('user.contact.email');
    expect(classifyName('hasOwnProperty', { aliases })).toBeUndefined();
    expect(classifyName('constructor', { aliases: {} })).toBeUndefined();
  });
});

describe('isMetadataName', () => {
  test.each<[string, string | undefined, boolean]>([
    ['emailVerified', undefined, true],
    ['avatarCount', undefined, true],
    ['usersWithPhone', undefined, true],
    ['maxAge', undefined, true],
    ['lat', 'map', true],
    ['street', 'store', true],
    ['email', 'config', true],
    // Ambiguous without context, personal, or unrelated: not metadata.
    ['name', 'order', false],
    ['fileName', undefined, false],
    ['email', undefined, false],
    ['data', undefined, false],
  ])('%s of %s → %s', (name, owner, expected) => {
    expect(isMetadataName(name, owner === undefined ? {} : { owner })).toBe(expected);
  });

  test('an alias is never metadata', () => {
    expect(isMetadataName('emailVerified', { aliases: { emailVerified: 'user.contact.email' } })).toBe(false);
  });
});

describe('tokenize', () => {
  test.each<[string, string[]]>([
    ['emailAddress', ['email', 'address']],
    ['EmailAddress', ['email', 'address']],
    ['email_address', ['email', 'address']],
    ['email-address', ['email', 'address']],
    ['EMAIL_ADDRESS', ['email', 'address']],
    ['IPAddress', ['ip', 'address']],
    ['userID', ['user', 'id']],
    ['addressLine1', ['address', 'line', '1']],
    ['user.email', ['user', 'email']],
    ["headers['x-forwarded-for']", ['headers', 'x', 'forwarded', 'for']],
    ['Straße', ['strasse']],
    ['Führerschein', ['fuehrerschein']],
    ['E-Mail', ['e', 'mail']],
    ['', []],
    ['__proto__', ['proto']],
  ])('%s', (name, expected) => {
    expect(tokenize(name)).toEqual(expected);
  });
});

describe('isPersonObjectName', () => {
  test.each<[string, boolean]>([
    ['user', true],
    ['users', true],
    ['currentUser', true],
    ['CreateUserDto', true],
    ['IUser', true],
    ['customerProfile', true],
    ['patient', true],
    ['kunde', true],
    ['Mitarbeiter', true],
    ['me', true],
    ['userData', true],
    ['userId', false],
    ['userRepository', false],
    ['userService', false],
    ['client', false],
    ['product', false],
    ['data', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    expect(isPersonObjectName(name)).toBe(expected);
  });
});

describe('isThingIdentifierName', () => {
  test.each<[string, string | undefined, boolean]>([
    ['sharedVaultUuid', undefined, true],
    ['monitorId', undefined, true],
    ['id', 'workspace', true],
    ['id', 'monitor', true],
    ['id', 'user', false],
    ['id', undefined, false],
    ['userId', undefined, false],
    ['teamMemberId', undefined, false],
    ['workspaceOwnerId', undefined, false],
    ['accountId', undefined, false],
    ['name', 'workspace', false],
  ])('%s of %s → %s', (name, owner, expected) => {
    expect(isThingIdentifierName(name, owner)).toBe(expected);
  });
});

describe('isNonPersonalType', () => {
  test.each<[string, boolean]>([
    ['boolean', true],
    ['boolean | null', true],
    ['boolean | undefined', true],
    ['true', true],
    ['readonly boolean[]', true],
    ['Array<boolean>', true],
    ['Promise<void>', true],
    ['() => void', true],
    ['(email: string) => Promise<void>', true],
    ['RegExp', true],
    ['HTMLInputElement', true],
    ['RefObject<HTMLInputElement | null>', true],
    ['React.ReactNode', true],
    ["'true' | 'false'", true],
    ['"true" | "false" | undefined', true],
    ["'true' | 'false' | 'mention'", false],
    ['string', false],
    ['string | null', false],
    ['number', false],
    ['Date', false],
    ["'female' | 'male' | 'diverse'", false],
    ['boolean | string', false],
    ['User', false],
    ['Array<string>', false],
    ['{ email: string }', false],
    ['', false],
  ])('%s → %s', (typeText, expected) => {
    expect(isNonPersonalType(typeText)).toBe(expected);
  });
});

describe('vocabulary', () => {
  test('every category is a fideslang data category', () => {
    const unknown = VOCABULARY.map((entry) => entry.category).filter((category) => !isKnownCategory(category));
    expect(unknown).toEqual([]);
  });

  test('every category has one entry', () => {
    const categories = VOCABULARY.map((entry) => entry.category);
    expect(new Set(categories).size).toBe(categories.length);
  });

  test('no phrase is listed twice, so no name has two meanings', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { tokens, entry } of getVocabularyTerms()) {
      const key = tokens.join(' ');
      const previous = seen.get(key);
      if (previous !== undefined) duplicates.push(`${key}: ${previous} and ${entry.category}`);
      seen.set(key, entry.category);
    }
    expect(duplicates).toEqual([]);
  });

  test('every phrase tokenizes to at least one token', () => {
    const empty = getVocabularyTerms().filter(({ tokens }) => tokens.length === 0);
    expect(empty).toEqual([]);
  });

  test('German terms are present for the everyday categories', () => {
    const withGerman = VOCABULARY.filter((entry) => entry.de.length > 0).map((entry) => entry.category);
    expect(withGerman).toEqual(expect.arrayContaining([EMAIL, PHONE, FIRST, LAST, STREET, POSTAL, CITY, DOB, GENDER, PASSWORD, BANK]));
  });
});

describe('free text: content words', () => {
  test('a record field named by one content word holds free text (the data model asks this); compounds and other words do not', () => {
    for (const word of ['message', 'notes', 'subject', 'transcript', 'nachricht']) expect(isContentWord(word)).toBe(true);
    for (const word of ['status', 'notecontent', 'slug', 'name']) expect(isContentWord(word)).toBe(false);
  });

  test('a content name is never personal through classifyName alone', () => {
    for (const name of ['message', 'content', 'prompt', 'comment', 'body', 'description', 'feedback', 'note', 'title']) {
      expect(classifyName(name)).toBeUndefined();
    }
  });

  test("free text from a person's input is their content, whatever the app calls it", () => {
    for (const name of ['message', 'messages', 'userPrompt', 'commentText', 'feedback', 'body', 'description', 'notes', 'nachricht']) {
      expect(classifyFreeText(name, 'body', 'request-input')?.category).toBe('user.content.private');
    }
    expect(classifyFreeText('content', 'document', 'request-input')?.category).toBe('user.content.private');
  });

  test("an attachment's bytes are the file someone attached; its link, name, type and size are not", () => {
    for (const [name, owner] of [['file', 'attachment'], ['content', 'attachments'], ['buffer', 'emailAttachment'], ['blob', 'anhang']] as const) {
      expect(classifyAttachedFile(name, owner)?.category, `${owner}.${name}`).toBe('user.content.private');
    }
    for (const [name, owner] of [['data', 'attachment'], ['name', 'attachment'], ['contentType', 'attachment'], ['fileSize', 'attachment'], ['file', 'logo'], ['file', undefined]] as const) {
      expect(classifyAttachedFile(name, owner), `${owner}.${name}`).toBeUndefined();
    }
  });

  test("the app's own text, labels and what a thing owns are not a person's content, even from their input", () => {
    for (const name of ['systemPrompt', 'errorMessage', 'welcomeMessage', 'defaultDescription', 'pageTitle', 'title', 'subject', 'messageId', 'contentType', 'bodyLength', 'isDraft', 'failureMessage', 'utm_content', 'sourceBody']) {
      expect(classifyFreeText(name, 'body', 'request-input')).toBeUndefined();
    }
    for (const owner of ['product', 'template', 'config', 'team', 'mapping']) expect(classifyFreeText('description', owner, 'request-input')).toBeUndefined();
  });

  test("what a workspace configures (roles, permissions, monitors, workflow steps) owns its free text; a person's comment on it does not", () => {
    for (const owner of ['permissionSchema', 'rbacRoleSchema', 'monitor', 'incident', 'variablesSchema', 'workflowStep']) {
      expect(classifyFreeText('description', owner, 'request-input'), owner).toBeUndefined();
    }
    expect(classifyFreeText('roleDescription', 'input', 'request-input')).toBeUndefined();
    expect(classifyFreeText('body', 'workflowComment', 'request-input')?.category).toBe('user.content.private');
    expect(classifyFreeText('message', 'input', 'request-input')?.category).toBe('user.content.private');
  });

  test("a message's or a bot's avatar is the picture set on what it posts, not a person's own picture", () => {
    for (const owner of ['message', 'lastMessage', 'post', 'bot', 'webhook']) expect(classifyName('avatar', { owner }), owner).toBeUndefined();
    expect(classifyName('botAvatarUrl')).toBeUndefined();
    expect(classifyName('avatar', { owner: 'user' })?.category).toBe('user.content.self_image');
    expect(classifyName('avatar', { owner: 'author' })?.category).toBe('user.content.self_image');
  });
});

describe('geometry and integrations are not devices or places', () => {
  test.each([
    ['coords', undefined],
    ['segmentMidPointHoveredCoords', undefined],
    ['lastPointerMoveCoords', undefined],
    ['coords', 'element'],
    ['coordinates', 'pointer'],
    ['installationId', undefined],
    ['installationId', 'githubApp'],
    ['repositoryFullName', undefined],
    ['linkPassword', undefined],
    ['teamEmail', undefined],
  ])('%s of %s is not personal', (name, owner) => {
    expect(classifyName(name, owner === undefined ? {} : { owner })).toBeUndefined();
  });
});

describe("records the project's data model says are not people's", () => {
  const thingRecords = new Set(['account']);
  test.each([
    ['name', 'account'],
    ['id', 'UpdateAccountDto'],
    ['accountId', undefined],
    ['accountIdTo', 'transfer'],
    ['accountName', undefined],
  ])('%s (owner %s) of a non-person Account model is the record\'s own', (name, owner) => {
    expect(classifyName(name, { ...(owner ? { owner } : {}), thingRecords })).toBeUndefined();
  });
  test('its money stays its holder\'s, and a person noun elsewhere in the name still names a person', () => {
    expect(classifyName('balance', { owner: 'account', thingRecords })?.category).toBe(FINANCIAL);
    expect(classifyName('userId', { owner: 'account', thingRecords })?.category).toBe(USER_ID);
    expect(classifyName('accountId')?.category).toBe(USER_ID);
    expect(classifyName('name', { owner: 'account' })?.category).toBe(NAME);
  });
});
