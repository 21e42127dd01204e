import { call, setter } from './shapes.js';
import type { CallSignature, CatalogEntry } from './types.js';

const EMAIL = 'user.contact.email';
const USER_ID = 'user.unique_id';
const CREDENTIALS = 'user.authorization.credentials';

/** A sign-in call whose object argument's `code` is the one-time code or authorization code the person entered or was given. */
function withCode(method: string): CallSignature {
  return { method, args: [{ index: 0 }, { index: 0, paths: ['code'], category: CREDENTIALS }] };
}

// Hosted identity providers receive the person's account data. DESIGN.md has no kind for them; they are `http`
// (an outside service reached over its API), named by their catalog id, as the team's benchmark labels them.

// https://clerk.com/docs/reference/backend/user/create-user
export const clerk: CatalogEntry = {
  id: 'clerk',
  name: 'Clerk',
  kind: 'http',
  docs: 'https://clerk.com/docs/reference/backend/user/create-user',
  packages: ['@clerk/backend', '@clerk/nextjs', '@clerk/clerk-sdk-node', '@clerk/express', '@clerk/fastify', '@clerk/remix', '@clerk/astro'],
  calls: [
    call('users.createUser', 0),
    { method: 'users.updateUser', args: [{ index: 0, category: USER_ID }, { index: 1 }] },
    { method: 'users.updateUserMetadata', args: [{ index: 0, category: USER_ID }, { index: 1 }] },
    call('invitations.createInvitation', 0),
    call('emailAddresses.createEmailAddress', 0),
    call('phoneNumbers.createPhoneNumber', 0),
    call('organizations.createOrganizationMembership', 0),
  ],
  endpoints: [{ host: 'api.clerk.com', pathPrefix: '/v1/' }],
};

// https://auth0.github.io/node-auth0/classes/management.UsersManager.html#create
export const auth0: CatalogEntry = {
  id: 'auth0',
  name: 'Auth0',
  kind: 'http',
  docs: 'https://auth0.github.io/node-auth0/classes/management.UsersManager.html#create',
  packages: ['auth0'],
  // node-auth0 v4: management.users.create(data), users.update({ id }, data); v3: createUser(data), updateUser(params, data).
  calls: [
    call('users.create', 0),
    call('users.update', 1),
    call('createUser', 0),
    call('updateUser', 1),
    call('database.signUp', 0),
    call('passwordless.sendEmail', 0),
    call('passwordless.sendSMS', 0),
    call('tickets.changePassword', 0),
    call('tickets.verifyEmail', 0),
  ],
  endpoints: [{ host: '*.auth0.com', pathPrefix: '/api/v2/' }, { host: '*.auth0.com', pathPrefix: '/dbconnections/' }],
};

// https://workos.com/docs/reference/user-management/user/create
export const workos: CatalogEntry = {
  id: 'workos',
  name: 'WorkOS',
  kind: 'http',
  docs: 'https://workos.com/docs/reference/user-management/user/create',
  packages: ['@workos-inc/node', '@workos-inc/authkit-nextjs', '@workos-inc/authkit-remix'],
  calls: [
    call('userManagement.createUser', 0),
    call('userManagement.updateUser', 0),
    call('userManagement.authenticateWithPassword', 0),
    withCode('userManagement.authenticateWithMagicAuth'),
    withCode('userManagement.authenticateWithCode'),
    withCode('userManagement.authenticateWithTotp'),
    withCode('userManagement.authenticateWithEmailVerification'),
    // https://workos.com/docs/reference/mfa/challenge: `mfa`, `multiFactorAuth` in later versions of the SDK.
    withCode('mfa.verifyChallenge'),
    withCode('multiFactorAuth.verifyChallenge'),
    call('userManagement.createMagicAuth', 0),
    call('userManagement.sendMagicAuthCode', 0),
    call('userManagement.sendInvitation', 0),
    call('userManagement.createPasswordReset', 0),
    call('userManagement.sendPasswordResetEmail', 0),
    call('userManagement.createOrganizationMembership', 0),
  ],
  endpoints: [{ host: 'api.workos.com' }],
};

// https://docs.hanko.io/jsdoc/hanko-frontend-sdk/UserClient.html#create
export const hanko: CatalogEntry = {
  id: 'hanko',
  name: 'Hanko',
  kind: 'http',
  docs: 'https://docs.hanko.io/jsdoc/hanko-frontend-sdk/UserClient.html#create',
  packages: ['@teamhanko/hanko-frontend-sdk', '@teamhanko/hanko-elements'],
  calls: [setter('user.create', EMAIL), setter('email.create', EMAIL)],
  endpoints: [{ host: '*.hanko.io' }],
};

// https://firebase.google.com/docs/auth/admin/manage-users#create_a_user
export const firebaseAuth: CatalogEntry = {
  id: 'firebase-auth',
  name: 'Firebase Authentication',
  kind: 'http',
  docs: 'https://firebase.google.com/docs/auth/admin/manage-users#create_a_user',
  // firebase-admin itself is Firestore's entry too: only the `auth()` chains below are this service's.
  packages: ['firebase-admin', 'firebase-admin/auth', 'firebase/auth', 'firebase/compat/auth'],
  calls: [
    ...['createUser', 'importUsers', 'generatePasswordResetLink', 'generateEmailVerificationLink', 'generateSignInWithEmailLink'].flatMap((method) => [
      call(`auth.${method}`, 0),
      call(`getAuth.${method}`, 0),
    ]),
    ...['updateUser', 'setCustomUserClaims'].flatMap((method) => [
      { method: `auth.${method}`, args: [{ index: 0, category: USER_ID }, { index: 1 }] },
      { method: `getAuth.${method}`, args: [{ index: 0, category: USER_ID }, { index: 1 }] },
    ]),
    // The web SDK takes the auth instance first: createUserWithEmailAndPassword(auth, email, password).
    call('createUserWithEmailAndPassword', 1, 2),
    call('signInWithEmailAndPassword', 1, 2),
    call('sendPasswordResetEmail', 1),
    call('sendSignInLinkToEmail', 1),
    call('signInWithPhoneNumber', 1),
    call('updateProfile', 1),
    call('updateEmail', 1),
    call('updatePhoneNumber', 1),
  ],
  endpoints: [{ host: 'identitytoolkit.googleapis.com' }],
};

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/cognito-identity-provider/command/SignUpCommand/
export const awsCognito: CatalogEntry = {
  id: 'aws-cognito',
  name: 'Amazon Cognito',
  kind: 'http',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/cognito-identity-provider/command/SignUpCommand/',
  packages: ['@aws-sdk/client-cognito-identity-provider', 'amazon-cognito-identity-js', 'aws-amplify/auth', '@aws-amplify/auth'],
  calls: [
    // client.send(new SignUpCommand({ Username, Password, UserAttributes })) and the Admin* commands.
    call('send', 0),
    // amazon-cognito-identity-js: userPool.signUp(username, password, attributes, validationData, callback).
    call('signUp', 0, 1, 2),
    call('signIn', 0),
    call('updateUserAttributes', 0),
    call('updateAttributes', 0),
    call('resetPassword', 0),
  ],
};

// https://developer.okta.com/okta-sdk-nodejs/jsdocs/#create-a-user
export const okta: CatalogEntry = {
  id: 'okta',
  name: 'Okta',
  kind: 'http',
  docs: 'https://developer.okta.com/okta-sdk-nodejs/jsdocs/#create-a-user',
  packages: ['@okta/okta-sdk-nodejs', '@okta/okta-auth-js'],
  calls: [
    call('userApi.createUser', 0),
    call('userApi.updateUser', 0),
    call('createUser', 0),
    call('signInWithCredentials', 0),
    call('idx.register', 0),
    call('idx.authenticate', 0),
  ],
  endpoints: [{ host: '*.okta.com', pathPrefix: '/api/v1/' }],
};

// https://stytch.com/docs/api/create-user
export const stytch: CatalogEntry = {
  id: 'stytch',
  name: 'Stytch',
  kind: 'http',
  docs: 'https://stytch.com/docs/api/create-user',
  packages: ['stytch', '@stytch/vanilla-js', '@stytch/nextjs', '@stytch/react'],
  calls: [
    call('users.create', 0),
    call('users.update', 0),
    call('magicLinks.email.loginOrCreate', 0),
    call('magicLinks.email.send', 0),
    call('otps.sms.loginOrCreate', 0),
    call('otps.email.loginOrCreate', 0),
    call('passwords.create', 0),
    call('passwords.authenticate', 0),
  ],
  endpoints: [{ host: 'api.stytch.com', pathPrefix: '/v1/' }, { host: 'test.stytch.com', pathPrefix: '/v1/' }],
};

// https://docs.kinde.com/kinde-apis/management/#tag/users/post/api/v1/user
export const kinde: CatalogEntry = {
  id: 'kinde',
  name: 'Kinde',
  kind: 'http',
  docs: 'https://docs.kinde.com/kinde-apis/management/#tag/users/post/api/v1/user',
  packages: ['@kinde/management-api-js', '@kinde-oss/kinde-typescript-sdk'],
  // Users.createUser({ requestBody: { profile, identities } }).
  calls: [call('Users.createUser', 0), call('Users.updateUser', 0), call('createUser', 0)],
  endpoints: [{ host: '*.kinde.com', pathPrefix: '/api/v1/' }],
};

// https://docs.descope.com/api/management/users/create-user
export const descope: CatalogEntry = {
  id: 'descope',
  name: 'Descope',
  kind: 'http',
  docs: 'https://docs.descope.com/api/management/users/create-user',
  packages: ['@descope/node-sdk', '@descope/web-js-sdk', '@descope/react-sdk', '@descope/nextjs-sdk'],
  calls: [
    call('management.user.create', 0, 1, 2, 3),
    call('management.user.update', 0, 1, 2, 3),
    call('management.user.invite', 0, 1, 2, 3),
    call('otp.signUpOrIn.email', 0),
    call('otp.signUpOrIn.sms', 0),
    call('otp.signUp.email', 0, 1),
    call('magicLink.signUpOrIn.email', 0),
    call('password.signUp', 0, 1, 2),
  ],
  endpoints: [{ host: 'api.descope.com', pathPrefix: '/v1/' }],
};

// https://magic.link/docs/authentication/features/login-methods/email-otp
export const magic: CatalogEntry = {
  id: 'magic',
  name: 'Magic',
  kind: 'http',
  docs: 'https://magic.link/docs/authentication/features/login-methods/email-otp',
  packages: ['magic-sdk', '@magic-sdk/admin', '@magic-sdk/react-native-expo'],
  calls: [
    call('auth.loginWithEmailOTP', 0),
    call('auth.loginWithMagicLink', 0),
    call('auth.loginWithSMS', 0),
    call('user.updateEmailWithUI', 0),
  ],
};

export const AUTH: readonly CatalogEntry[] = [clerk, auth0, workos, hanko, firebaseAuth, awsCognito, okta, stytch, kinde, descope, magic];
