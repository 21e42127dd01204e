import type { ts } from 'ts-morph';
import type { Sink } from '../model.js';

/** A value that flows into a sink. */
export interface SinkValue {
  expression: ts.Expression;
  /** Set when the API says what the value is (`setEmail(x)`, the id argument of `identify`). */
  category?: string;
  /** Narrows an object value to these properties (`{ data }` of `prisma.user.create`). */
  paths?: string[];
  /** With `category` and `paths`: the API's category replaces what the value's own name says (an endpoint's body properties). */
  byApi?: boolean;
  /** A string literal naming the data (`setItem('email', v)`, `cookies().set('email', v)`): classified by its text. */
  isKey?: boolean;
  /** With `category`: text a person wrote; text composed in place by the app is not (DataArgument.authored). */
  authored?: boolean;
  /** Keys of an object value that carry the recipient's own id for a record it holds (CatalogEntry.vendorIdKeys). */
  vendorIdKeys?: readonly string[];
  /**
   * The call looks up a record the service holds by this value (`stripe.customers.list({ email })`): a person's contact
   * details or name tell the service who is being looked for; an id it already holds tells it nothing new.
   */
  lookup?: boolean;
  /** The category is a fact of the API (`getCurrentPosition` reads a precise location): no classification needed. */
  fixed?: boolean;
  /** With `fixed`: the vendor collects it from the person on a page the call opens (CallSignature.collects). */
  collected?: boolean;
  /**
   * The value is the event an analytics call records (CallSignature.event), or the call itself when the method is the
   * event: the person's behaviour at medium confidence, `category` set when the API says which (a page view).
   */
  event?: boolean;
  /**
   * With `event`: a body an HTTP call posts through the function's parameters, an event of a person's only for a
   * caller whose URL names telemetry and whose body's `event` its poster was handed (telemetry-events.ts postedEvent).
   */
  postedTo?: { url: ts.Expression; bodyPath: readonly string[] };
  /**
   * The value is a record builder the function was handed (a parameter): what reaches the sink is what the caller's
   * builder assigns to the record (DataArgument.builder).
   */
  builder?: boolean;
  /**
   * The record's field a record builder writes the value to (`teamSearchHistory.term = raw.term`): what the stored
   * column holds when the value's own name says nothing.
   */
  field?: RecordField;
}

/** A field of a record a write names: the field's name and the record's (the builder's parameter). */
export interface RecordField {
  name: string;
  record: string;
}

/** One place where data leaves the code's hands: a call or an assignment the engine recognised. */
export interface SinkSite {
  /** Where the finding is reported (its start). */
  node: ts.Node;
  sink: Sink;
  values: SinkValue[];
  /** The record the data is written to, when the call names it (`user` in `prisma.user.update`, `users` in `db.insert(users)`). */
  record?: string;
  /** A call of a catalogued service that the catalog does not list: its findings are at most this sure. */
  confidence?: 'medium';
  /** The table or entity the call names (`users` of `db.insert(users)`): its definition says what the record holds. */
  recordNode?: ts.Expression;
  /** The model definition a write goes through (`mongoose.model('User', UserSchema)`): its fields say what an opaque document holds. */
  model?: ts.CallExpression;
}
