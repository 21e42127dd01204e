import type { SinkKind } from '../../model.js';

/**
 * One argument of a catalogued call that carries data.
 * `category` is set when the API itself says what the argument is (`setEmail(x)`, the user id of `identify(id, traits)`),
 * so the value counts as that category whatever its name.
 * `paths` narrows an object argument to the properties that carry personal data (`['data']` for `prisma.user.create({ data })`);
 * with `category`, a segment may keep only the array elements whose property is a literal (`messages[role=user].content`).
 */
export interface DataArgument {
  index: number;
  category?: string;
  paths?: string[];
  /**
   * Optional (added by the catalog author): the argument is a key that names the data stored under it
   * (`Cookies.set('email', value)`, `set('phone', value)` of idb-keyval), so a string literal here is
   * classified by its text; it maps to `SinkValue.isKey`.
   */
  key?: boolean;
  /**
   * With `category`: the value is text a person wrote (a chat's user turn), so text the app composes in place around
   * other values (a template, a concatenation) is the app's own; its values are classified by their names.
   */
  authored?: boolean;
  /**
   * The argument is a builder function that sets a record's fields on its first parameter
   * (WatermelonDB's `collection.create((post) => { post.body = body })`): the values are what it assigns.
   */
  builder?: boolean;
  /**
   * The index counts the arguments of the `new` that made the client, not of the call: lib-storage's
   * `new Upload({ client, params: { Body } })` is handed the object, and `upload.done()` sends it.
   */
  constructed?: boolean;
}

/**
 * A call that carries data to the service.
 * `method` is matched against the end of the member chain from the SDK binding, calls in between dropped:
 * `customers.create` matches `stripe.customers.create(...)`, `getUser.setEmail` matches `braze.getUser().setEmail(...)`.
 * The empty string matches calling the binding itself (`gtag(...)`, `fbq(...)`).
 * `command` selects command-style APIs by the string literal in the first argument
 * (`fbq('track', ...)`), or in the first element of an array argument (`_hsq.push(['identify', {...}])`).
 */
export interface CallSignature {
  method: string;
  command?: string;
  args: DataArgument[] | 'all';
  /**
   * For `device-api` entries: the categories of what the call reads from the device (a picked photo, a recording).
   * The call itself is the finding, and its result carries these categories onwards.
   */
  yields?: string[];
  /**
   * Members of what the call returns that hold what the person wrote (`messages` of the AI SDK's `useChat()`, the
   * conversation they typed): `user.content.private` wherever those members go. The call itself is no finding.
   */
  returnsContent?: string[];
  /**
   * Categories the vendor itself collects from the person on the page this call opens (Stripe Checkout asks for the
   * card and the billing address): a finding at the call whatever its arguments hold.
   */
  collects?: string[];
  /**
   * The call records an event of what the person did in the product (an analytics, product-analytics or session-replay
   * service's `track`, `capture`, `logEvent`, a page or screen view): the SDK ties it to the person's user or device id,
   * so the call itself is a finding of the person's behaviour, whatever its properties hold (see EventArgument).
   */
  event?: EventArgument;
  /**
   * What the SDK goes on to record by itself once this call starts it (`posthog.init` sends page views, Sentry's
   * replay integration records the session, `sendDefaultPii` sends the visitor's IP), as the call's options decide.
   */
  starts?: AutoCollection[];
}

/**
 * One kind of data an SDK collects by itself after its start call (CallSignature.starts). The finding is at the start
 * call: the person's behaviour at medium confidence, any other category as collected by the vendor.
 */
export interface AutoCollection {
  category: string;
  /** The argument holding the start call's options object; absent for a component, whose props are its options. */
  options?: number;
  /** On by default: off only when every one of these options is written as `false` (`capture_pageview: false`); `[]`: always on. */
  unless?: string[];
  /**
   * Off by default: on when this option is turned on (`true`, a number above 0, a non-empty string, an object not
   * `{ enabled: false }`, or a value privlint cannot read as off).
   */
  when?: string;
  /** Off by default: on when the options' `integrations` hold a call or `new` of one of these (`replayIntegration()`). */
  integrations?: string[];
}

/** Where a catalogued event call names its event (CallSignature.event). */
export interface EventArgument {
  /** The argument holding the event's name (counted like `args`); absent when the method itself is the event (`page()`). */
  index?: number;
  /** An object argument names the event under this property (`track({ userId, event })`, `dataLayer.push({ event })`). */
  property?: string;
  /** With `property`: only an object written in place with that property is an event (`dataLayer.push(arguments)` is not). */
  requireProperty?: true;
  /**
   * The argument when the method is called as an imported function rather than on an instance: Firebase's modular
   * `logEvent(analytics, name)` passes the instance first, its namespaced `analytics().logEvent(name)` does not.
   */
  standaloneIndex?: number;
  /** What the API says the event is (`page()` is a page view: `user.behavior.browsing_history`); else its name decides. */
  category?: string;
}

/**
 * A REST endpoint of the service, for raw HTTP that reaches it without its SDK
 * (`fetch('https://api.resend.com/emails', { body })`): the request is attributed to the service.
 */
export interface HttpEndpoint {
  /** The API's hostname (`api.resend.com`); a leading `*.` matches any subdomain (`*.ingest.sentry.io`). */
  host: string;
  /** Only requests whose URL path starts with this (`/emails`); any path when absent. */
  pathPrefix?: string;
  /** Body properties whose values the API itself says are of a category (`to` of an e-mail send is an address). */
  body?: { path: string; category: string }[];
}

export interface CatalogEntry {
  /** Kebab-case vendor id, used as the finding's recipient (`segment`, `posthog`, `prisma`). */
  id: string;
  name: string;
  kind: SinkKind;
  /** Vendor documentation the call shapes were taken from. */
  docs: string;
  /** npm specifiers; a specifier also matches its subpaths (`firebase` matches `firebase/analytics`). */
  packages: string[];
  /** Snippet globals, also reached as `window.X` / `globalThis.X` (`gtag`, `fbq`, `analytics`). */
  globals?: string[];
  calls: CallSignature[];
  /**
   * Methods that hand back a logger of the same library bound to their first argument (pino's `child(bindings)`,
   * next-axiom's `with(fields)`): every line the returned logger writes carries those bindings.
   */
  boundBy?: string[];
  /** A client library that sends wherever the app points it (a native HTTP client): its findings name no recipient. */
  sendsWhereConfigured?: true;
  /** Writes to the device itself (its photo library): the data stays with the person, so no recipient is named. */
  onDevice?: true;
  /**
   * A `database` service whose servers the vendor runs (Supabase, Firestore, BigQuery): what the app writes is
   * disclosed to that vendor, so it is a recipient like an SDK's, not the product's own storage.
   */
  vendorHosted?: true;
  /** REST endpoints reached by raw HTTP (see HttpEndpoint). */
  endpoints?: HttpEndpoint[];
  /**
   * Components the app renders to start the SDK (`<OpenPanelComponent trackScreenViews />`, Vercel's `<Analytics />`):
   * what each then collects by itself, as its props decide (AutoCollection without `options`).
   */
  components?: { name: string; starts: AutoCollection[] }[];
  /**
   * Properties (dotted paths from the argument) under which the app hands the vendor the vendor's own id for a record
   * it already holds (Stripe's `customer: 'cus_…'`, Plain's `customerIdentifier.customerId`): the vendor learns
   * nothing new from it, so it is not a disclosure. Other properties of the same object (`customer_email`) still are.
   */
  vendorIdKeys?: string[];
  /**
   * Declared by the user under `scan.sdks`: live without a package.json entry, and its `packages` may name the
   * project's own modules (a workspace package or a path alias wrapping a service).
   */
  declared?: true;
}
