import type { AutoCollection, CallSignature, EventArgument } from './types.js';

// Small constructors so each catalog file reads as a table of call shapes rather than nested literals.

/** A call whose arguments at `indices` carry data. */
export function call(method: string, ...indices: number[]): CallSignature {
  return { method, args: indices.map((index) => ({ index })) };
}

/** A command-style call (`fbq('track', ...)`, `_hsq.push(['identify', {...}])`); indices count the command itself. */
export function command(method: string, name: string, ...indices: number[]): CallSignature {
  return { method, command: name, args: indices.map((index) => ({ index })) };
}

/** A setter whose argument is a known category whatever its name (`setEmail(x)`, `setUserId(id)`). */
export function setter(method: string, category: string, index = 0): CallSignature {
  return { method, args: [{ index, category }] };
}

/** A call whose object argument carries data only under `paths` (`prisma.user.create({ data })`). */
export function atPaths(method: string, index: number, paths: string[]): CallSignature {
  return { method, args: [{ index, paths }] };
}

/** A key/value write: the key names the data, the value is the data (`Cookies.set('email', v)`). */
export function keyed(method: string, keyIndex: number, valueIndex: number): CallSignature {
  return { method, args: [{ index: keyIndex, key: true }, { index: valueIndex }] };
}

/** A call where every argument may carry data (loggers). */
export function everyArgument(method: string): CallSignature {
  return { method, args: 'all' };
}

/**
 * Adds the addressee fields of a message call (`to`, `cc` of a mail API; `to` of an SMS API): whatever their value is
 * called, it is the person's address or number. A literal or configured address (`to: 'ops@acme.example'`,
 * `to: env.ALERTS_TO`) is not a person's data; the engine skips those.
 */
export function addressedTo(signature: CallSignature, index: number, paths: string[], category: string): CallSignature {
  const args = signature.args === 'all' ? [] : signature.args;
  return { ...signature, args: [...args, { index, paths, category }] };
}

/**
 * Adds the parts of an AI request that a person wrote: the user's turns of a chat (`messages[role=user].content`; the
 * segment in brackets keeps the array elements whose `role` is the literal `user`). The system prompt, literal or
 * configured text, and text the app composes in place (a template around other values) are the app's own.
 */
export function promptedBy(signature: CallSignature, index: number, paths: string[]): CallSignature {
  const args = signature.args === 'all' ? [] : signature.args;
  return { ...signature, args: [...args, { index, paths, category: 'user.content.private', authored: true }] };
}

/** A device API call that reads personal data (`openCamera()` takes a photo): the call is the finding, whatever its arguments. */
export function reads(method: string, ...categories: string[]): CallSignature {
  return { method, args: [], yields: categories };
}

/**
 * A call that opens the vendor's own page where the person enters data (a hosted checkout): the
 * categories it collects there are findings at the call, beside what its arguments carry.
 */
export function collecting(signature: CallSignature, ...categories: string[]): CallSignature {
  return { ...signature, collects: categories };
}

/** A record write whose argument at `index` is a builder function setting the record's fields (`create((m) => { m.x = v })`). */
export function builds(method: string, index: number): CallSignature {
  return { method, args: [{ index, builder: true }] };
}

/**
 * Adds the properties of an object argument whose category the API itself names (`customerEmail` of a lead,
 * `profileId` of an identify call): the value is that category whatever the variable holding it is called.
 */
export function knownPaths(signature: CallSignature, index: number, categories: Record<string, string>): CallSignature {
  const args = signature.args === 'all' ? [] : signature.args;
  const known = Object.entries(categories).map(([path, category]) => ({ index, paths: [path], category }));
  return { ...signature, args: [...args, ...known] };
}

/** An identify call: the first argument is the person's id in the app (`identify(userId, traits)`), the others their data. */
export function identify(method: string, ...dataIndices: number[]): CallSignature {
  return { method, args: [{ index: 0, category: 'user.unique_id' }, ...dataIndices.map((index) => ({ index }))] };
}

/**
 * Marks a call as an analytics event (CallSignature.event): `index` is the argument naming the event, or the event
 * argument's details; a page or screen view passes its category.
 */
export function tracks(signature: CallSignature, event: number | EventArgument = {}): CallSignature {
  return { ...signature, event: typeof event === 'number' ? { index: event } : event };
}

/** A start call (`init`) after which the SDK records data by itself, as its options say (CallSignature.starts). */
export function starting(method: string, ...collections: AutoCollection[]): CallSignature {
  return { method, args: [], starts: collections };
}
