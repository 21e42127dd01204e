import { describe, expect, it } from 'vitest';
import { classifyCredentialInput, classifyTokenRequestCode } from './credentials.js';

const CREDENTIAL = 'user.authorization.credentials';

describe('a token or code from a person\'s input', () => {
  it('is their credential under a bare or an auth name', () => {
    for (const name of ['token', 'code', 'inviteCode', 'magic_token', 'email-code']) {
      expect(classifyCredentialInput(name, 'query', 'request-input')?.category, name).toBe(CREDENTIAL);
    }
    expect(classifyCredentialInput('code', undefined, 'typed-input')?.category).toBe(CREDENTIAL);
  });

  it('is not when a word before it or its owner says what else it is', () => {
    for (const name of ['promoCode', 'countryCode', 'captchaToken', 'cf-turnstile-token', 'nextPageToken', 'pushToken', 'errorCode', 'currency_code', 'validateCode']) {
      expect(classifyCredentialInput(name, 'body', 'request-input'), name).toBeUndefined();
    }
    for (const owner of ['country', 'language', 'team', 'coupon']) expect(classifyCredentialInput('code', owner, 'request-input'), owner).toBeUndefined();
    expect(classifyCredentialInput('token', undefined, 'request-input', ['name', 'monitors', 'token'])).toBeUndefined();
    expect(classifyCredentialInput('token', undefined, 'request-input', ['slug', 'token'])?.category).toBe(CREDENTIAL);
  });

  it('is not from the signed-in session, and other names are not', () => {
    expect(classifyCredentialInput('token', 'session', 'session')).toBeUndefined();
    for (const name of ['tokens', 'codeBlock', 'language']) expect(classifyCredentialInput(name, 'body', 'request-input'), name).toBeUndefined();
  });
});

describe('the code of an OAuth token request', () => {
  it('is the authorization code beside two of the request\'s parameters', () => {
    const found = classifyTokenRequestCode('code', ['client_id', 'client_secret', 'code']);
    expect(found?.category).toBe(CREDENTIAL);
    expect(found?.evidence.detail).toBe('an OAuth authorization code, beside client_id, client_secret');
    expect(classifyTokenRequestCode('code', ['grantType', 'redirectUri'])?.category).toBe(CREDENTIAL);
  });

  it('is not alone, beside one parameter, or under another name', () => {
    expect(classifyTokenRequestCode('code', undefined)).toBeUndefined();
    expect(classifyTokenRequestCode('code', ['code', 'message', 'client_id'])).toBeUndefined();
    expect(classifyTokenRequestCode('statusCode', ['client_id', 'client_secret'])).toBeUndefined();
  });
});
