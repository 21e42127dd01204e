import { ts } from './typescript.js';
import type { BindingResolver } from './bindings.js';
import type { Declaration } from './scope.js';
import { propertyNameText, unwrap } from './scope.js';

const CREDENTIALS = 'user.authorization.credentials';
const EMAIL = 'user.contact.email';

/*
 * Auth.js (next-auth v4/v5, @auth/core) calls an e-mail provider's `sendVerificationRequest(params)` with the person
 * signing in: `identifier` is their address, `url` the magic sign-in link (it carries the token and the address), `token`
 * the token itself (https://authjs.dev/reference/core/providers_email, EmailProviderSendVerificationRequestParams).
 * The rest (`expires`, `provider`, `theme`, `request`) is the app's own.
 */
const VERIFICATION_PARAMS: ReadonlyMap<string, string> = new Map([['identifier', EMAIL], ['url', CREDENTIALS], ['token', CREDENTIALS]]);
const AUTH_MODULE = /^(next-auth|@auth\/[\w-]+)(\/|$)/;

/**
 * What a member of an Auth.js e-mail provider's verification callback parameter is (`params.url`, or `url` of
 * `({ identifier, url }) => ...`): the callback must be the `sendVerificationRequest` of a provider written for Auth.js,
 * an object handed to one of its provider factories (`Resend({ sendVerificationRequest(params) { ... } })`) or one
 * declaring `type: 'email'` itself. A function of that name anywhere else says nothing.
 */
export function verificationRequestMember(resolver: BindingResolver, declaration: Declaration, member: string): string | undefined {
  if (declaration.kind !== 'parameter' || declaration.index !== 0) return undefined;
  const category = VERIFICATION_PARAMS.get(member);
  if (category === undefined) return undefined;
  const provider = providerObjectOf(declaration.fn);
  return provider && isAuthProvider(resolver, provider) ? category : undefined;
}

/** The object literal whose `sendVerificationRequest` the function is, written as a method or a property. */
function providerObjectOf(fn: ts.SignatureDeclaration): ts.ObjectLiteralExpression | undefined {
  if (ts.isMethodDeclaration(fn)) return fn.name && propertyNameText(fn.name) === 'sendVerificationRequest' && ts.isObjectLiteralExpression(fn.parent) ? fn.parent : undefined;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  const property = fn.parent;
  if (!ts.isPropertyAssignment(property) || propertyNameText(property.name) !== 'sendVerificationRequest') return undefined;
  return ts.isObjectLiteralExpression(property.parent) ? property.parent : undefined;
}

function isAuthProvider(resolver: BindingResolver, provider: ts.ObjectLiteralExpression): boolean {
  const declaresEmail = provider.properties.some((property) => {
    if (!ts.isPropertyAssignment(property) || propertyNameText(property.name) !== 'type') return false;
    const value = unwrap(property.initializer);
    return ts.isStringLiteralLike(value) && value.text === 'email';
  });
  if (declaresEmail) return true;
  let holder: ts.Node = provider.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isAsExpression(holder) || ts.isSatisfiesExpression(holder)) holder = holder.parent;
  if (!ts.isCallExpression(holder) || !holder.arguments.some((argument) => unwrap(argument) === provider)) return false;
  const factory = resolver.resolveExpression(holder.expression);
  return factory?.type === 'library' && AUTH_MODULE.test(factory.module);
}
