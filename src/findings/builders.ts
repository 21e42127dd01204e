import { ts } from './typescript.js';
import { unwrap } from './scope.js';

/*
 * Fluent builders of an SDK's request objects: `new EmailParams().setFrom(sender).setRecipients(recipients)`,
 * `new SendSmtpEmail().withTo(to)`. Each setter keeps its argument in the object and hands the object back; nothing
 * leaves the process until the object is passed to a call that sends it.
 */

const BUILDER_SETTER = /^(set|with|add)[A-Z]/;

export function isBuilderSetter(method: string): boolean {
  return BUILDER_SETTER.test(method);
}

/** Whether `call` is a setter in a chain of setters on an object made in place: `new EmailParams().setFrom(a).setTo(b)`. */
export function isBuilderChainCall(call: ts.CallExpression): boolean {
  let node: ts.Expression = call;
  for (;;) {
    node = unwrap(node);
    if (ts.isNewExpression(node)) return true;
    if (!ts.isCallExpression(node)) return false;
    const callee = unwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !isBuilderSetter(callee.name.text)) return false;
    node = callee.expression;
  }
}
