import { call, collecting, knownPaths, setter } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://docs.stripe.com/api/customers/create
export const stripe: CatalogEntry = {
  id: 'stripe',
  name: 'Stripe',
  kind: 'payments',
  docs: 'https://docs.stripe.com/api/customers/create',
  packages: ['stripe', '@stripe/stripe-js', '@stripe/react-stripe-js'],
  calls: [
    call('customers.create', 0),
    call('customers.update', 1),
    // https://docs.stripe.com/payments/checkout: the hosted page takes the card (or bank details) and the billing address.
    collecting(call('checkout.sessions.create', 0), 'user.financial', 'user.contact.address'),
    call('paymentIntents.create', 0),
    call('paymentIntents.update', 1),
    call('setupIntents.create', 0),
    call('subscriptions.create', 0),
    call('invoices.create', 0),
    call('charges.create', 0),
    call('accounts.create', 0),
    call('paymentMethods.create', 0),
    // https://docs.stripe.com/api/customer_portal/sessions/create: the session names the Customer whose portal opens; what
    // the portal lets them edit is configured in Stripe's dashboard, not sent here: the call sends that customer's id.
    knownPaths(call('billingPortal.sessions.create', 0), 0, { customer: 'user.unique_id' }),
    call('checkout.sessions.update', 1),
    call('paymentIntents.confirm', 1),
    call('setupIntents.update', 1),
    call('setupIntents.confirm', 1),
    call('subscriptions.update', 1),
    call('subscriptionSchedules.create', 0),
    call('invoices.update', 1),
    call('invoiceItems.create', 0),
    call('accounts.update', 1),
    call('customers.createTaxId', 1),
    call('customers.createSource', 1),
    call('identity.verificationSessions.create', 0),
    call('paymentLinks.create', 0),
    // Stripe.js in the browser: billing details ride in the confirm/create params.
    call('confirmPayment', 0),
    call('confirmCardPayment', 1),
    call('confirmSetup', 0),
    call('createPaymentMethod', 0),
    call('createToken', 1),
  ],
  endpoints: [{ host: 'api.stripe.com', pathPrefix: '/v1/' }],
  // https://docs.stripe.com/api/checkout/sessions/create#create_checkout_session-customer: the ID of an existing Customer;
  // https://docs.stripe.com/connect/authentication: `stripeAccount` of the request options is a connected account's id.
  vendorIdKeys: ['customer', 'stripeAccount'],
};

// https://developer.paypal.com/docs/api/orders/v2/#orders_create
export const paypal: CatalogEntry = {
  id: 'paypal',
  name: 'PayPal',
  kind: 'payments',
  docs: 'https://developer.paypal.com/docs/api/orders/v2/#orders_create',
  packages: ['@paypal/checkout-server-sdk', '@paypal/paypal-server-sdk', '@paypal/paypal-js', '@paypal/react-paypal-js'],
  calls: [call('requestBody', 0), call('createOrder', 0), call('orders.create', 0), call('ordersCreate', 0), call('createSubscription', 0)],
  endpoints: [{ host: 'api-m.paypal.com' }, { host: 'api-m.sandbox.paypal.com' }, { host: 'api.paypal.com' }],
};

// https://www.revenuecat.com/docs/customers/customer-attributes
export const revenuecat: CatalogEntry = {
  id: 'revenuecat',
  name: 'RevenueCat',
  kind: 'payments',
  docs: 'https://www.revenuecat.com/docs/customers/customer-attributes',
  packages: ['react-native-purchases', '@revenuecat/purchases-js', '@revenuecat/purchases-capacitor'],
  calls: [
    setter('logIn', 'user.unique_id'),
    setter('setEmail', 'user.contact.email'),
    setter('setPhoneNumber', 'user.contact.phone_number'),
    setter('setDisplayName', 'user.name'),
    call('setAttributes', 0),
    call('configure', 0, 1),
  ],
  // The server side has no SDK: apps call the REST API with the app user id in the path and attributes in the body.
  endpoints: [{ host: 'api.revenuecat.com', pathPrefix: '/v1/subscribers/' }],
};


// https://developer.paddle.com/api-reference/customers/create-customer
export const paddle: CatalogEntry = {
  id: 'paddle',
  name: 'Paddle',
  kind: 'payments',
  docs: 'https://developer.paddle.com/api-reference/customers/create-customer',
  packages: ['@paddle/paddle-node-sdk', '@paddle/paddle-js'],
  globals: ['Paddle'],
  calls: [
    call('customers.create', 0),
    call('customers.update', 1),
    call('addresses.create', 1),
    call('addresses.update', 2),
    call('businesses.create', 1),
    call('transactions.create', 0),
    call('transactions.update', 1),
    call('subscriptions.update', 1),
    // Paddle.js in the browser: Paddle.Checkout.open({ customer: { email, address } }).
    call('Checkout.open', 0),
  ],
  endpoints: [{ host: 'api.paddle.com' }, { host: 'sandbox-api.paddle.com' }],
};

// https://docs.lemonsqueezy.com/api/checkouts/create-checkout
export const lemonSqueezy: CatalogEntry = {
  id: 'lemon-squeezy',
  name: 'Lemon Squeezy',
  kind: 'payments',
  docs: 'https://docs.lemonsqueezy.com/api/checkouts/create-checkout',
  packages: ['@lemonsqueezy/lemonsqueezy.js'],
  // createCheckout(storeId, variantId, { checkoutData: { email, name, custom } }); createCustomer(storeId, { name, email }).
  calls: [call('createCheckout', 2), call('createCustomer', 1), call('updateCustomer', 1), call('updateSubscription', 1)],
  endpoints: [{ host: 'api.lemonsqueezy.com', pathPrefix: '/v1/' }],
};

// https://docs.polar.sh/api-reference/checkouts/create-session
export const polar: CatalogEntry = {
  id: 'polar',
  name: 'Polar',
  kind: 'payments',
  docs: 'https://docs.polar.sh/api-reference/checkouts/create-session',
  packages: ['@polar-sh/sdk', '@polar-sh/nextjs', '@polar-sh/better-auth'],
  calls: [
    call('checkouts.create', 0),
    call('checkouts.custom.create', 0),
    call('customers.create', 0),
    call('customers.update', 0),
    call('customers.updateExternal', 0),
    call('customerSessions.create', 0),
    call('events.ingest', 0),
  ],
  endpoints: [{ host: 'api.polar.sh', pathPrefix: '/v1/' }, { host: 'sandbox-api.polar.sh', pathPrefix: '/v1/' }],
};

// https://developer.paypal.com/braintree/docs/reference/request/customer/create/node
export const braintree: CatalogEntry = {
  id: 'braintree',
  name: 'Braintree',
  kind: 'payments',
  docs: 'https://developer.paypal.com/braintree/docs/reference/request/customer/create/node',
  packages: ['braintree', 'braintree-web', 'braintree-web-drop-in'],
  calls: [
    call('customer.create', 0),
    call('customer.update', 1),
    call('transaction.sale', 0),
    call('paymentMethod.create', 0),
    call('paymentMethod.update', 1),
    call('address.create', 0),
    call('subscription.create', 0),
  ],
};

// https://docs.adyen.com/api-explorer/Checkout/latest/post/sessions
export const adyen: CatalogEntry = {
  id: 'adyen',
  name: 'Adyen',
  kind: 'payments',
  docs: 'https://docs.adyen.com/api-explorer/Checkout/latest/post/sessions',
  packages: ['@adyen/api-library'],
  // new CheckoutAPI(client).PaymentsApi.sessions({ shopperEmail, shopperReference, billingAddress, ... }).
  calls: [
    call('PaymentsApi.sessions', 0),
    call('PaymentsApi.payments', 0),
    call('PaymentsApi.paymentsDetails', 0),
    call('PaymentLinksApi.paymentLinks', 0),
    call('RecurringApi.storedPaymentMethods', 0),
  ],
  endpoints: [{ host: 'checkout-test.adyen.com' }, { host: '*.adyenpayments.com' }],
};

// https://docs.mollie.com/reference/create-customer
export const mollie: CatalogEntry = {
  id: 'mollie',
  name: 'Mollie',
  kind: 'payments',
  docs: 'https://docs.mollie.com/reference/create-customer',
  packages: ['@mollie/api-client'],
  calls: [
    call('customers.create', 0),
    call('customers.update', 1),
    call('payments.create', 0),
    call('customerPayments.create', 0),
    call('customerSubscriptions.create', 0),
    call('paymentLinks.create', 0),
    call('orders.create', 0),
  ],
  endpoints: [{ host: 'api.mollie.com', pathPrefix: '/v2/' }],
};

// https://developer.squareup.com/reference/square/customers-api/create-customer
export const square: CatalogEntry = {
  id: 'square',
  name: 'Square',
  kind: 'payments',
  docs: 'https://developer.squareup.com/reference/square/customers-api/create-customer',
  packages: ['square'],
  // square@40+: client.customers.create({ givenName, emailAddress }); earlier: client.customersApi.createCustomer(...).
  calls: [
    call('customers.create', 0),
    call('customers.update', 0),
    call('payments.create', 0),
    call('customersApi.createCustomer', 0),
    call('customersApi.updateCustomer', 1),
    call('paymentsApi.createPayment', 0),
    call('checkoutApi.createPaymentLink', 0),
    call('checkout.paymentLinks.create', 0),
  ],
  endpoints: [{ host: 'connect.squareup.com', pathPrefix: '/v2/' }, { host: 'connect.squareupsandbox.com', pathPrefix: '/v2/' }],
};

// https://razorpay.com/docs/api/customers/create/
export const razorpay: CatalogEntry = {
  id: 'razorpay',
  name: 'Razorpay',
  kind: 'payments',
  docs: 'https://razorpay.com/docs/api/customers/create/',
  packages: ['razorpay'],
  calls: [
    call('customers.create', 0),
    call('customers.edit', 1),
    call('orders.create', 0),
    call('paymentLink.create', 0),
    call('subscriptions.create', 0),
    call('invoices.create', 0),
  ],
  endpoints: [{ host: 'api.razorpay.com', pathPrefix: '/v1/' }],
};

// https://apidocs.chargebee.com/docs/api/customers?lang=typescript#create_a_customer
export const chargebee: CatalogEntry = {
  id: 'chargebee',
  name: 'Chargebee',
  kind: 'payments',
  docs: 'https://apidocs.chargebee.com/docs/api/customers?lang=typescript#create_a_customer',
  packages: ['chargebee', 'chargebee-typescript'],
  // v3: await chargebee.customer.create({...}); v2 appends .request(): the inner create call carries the data either way.
  calls: [
    call('customer.create', 0),
    call('customer.update', 1),
    call('customer.updateBillingInfo', 1),
    call('customer.update_billing_info', 1),
    call('hostedPage.checkoutNewForItems', 0),
    call('hosted_page.checkout_new_for_items', 0),
    call('subscription.createWithItems', 1),
    call('subscription.create_with_items', 1),
  ],
};

// https://recurly.com/developers/api/v2021-02-25/index.html#operation/create_account
export const recurly: CatalogEntry = {
  id: 'recurly',
  name: 'Recurly',
  kind: 'payments',
  docs: 'https://recurly.com/developers/api/v2021-02-25/index.html#operation/create_account',
  packages: ['recurly'],
  calls: [call('createAccount', 0), call('updateAccount', 1), call('createPurchase', 0), call('updateBillingInfo', 1), call('createSubscription', 0)],
};

// https://docs.getlago.com/api-reference/customers/create
export const lago: CatalogEntry = {
  id: 'lago',
  name: 'Lago',
  kind: 'payments',
  docs: 'https://docs.getlago.com/api-reference/customers/create',
  packages: ['lago-javascript-client'],
  calls: [call('customers.createCustomer', 0), call('events.createEvent', 0), call('subscriptions.createSubscription', 0)],
  endpoints: [{ host: 'api.getlago.com', pathPrefix: '/api/v1/' }],
};

// https://docs.withorb.com/api-reference/customer/create-customer
export const orb: CatalogEntry = {
  id: 'orb',
  name: 'Orb',
  kind: 'payments',
  docs: 'https://docs.withorb.com/api-reference/customer/create-customer',
  packages: ['orb-billing'],
  calls: [call('customers.create', 0), call('customers.update', 1), call('events.ingest', 0), call('subscriptions.create', 0)],
  endpoints: [{ host: 'api.withorb.com', pathPrefix: '/v1/' }],
};

// Rewards and payouts sent to a person by e-mail, text message or link.
// https://developers.tremendous.com/reference/create-order
export const tremendous: CatalogEntry = {
  id: 'tremendous',
  name: 'Tremendous',
  kind: 'payments',
  docs: 'https://developers.tremendous.com/reference/create-order',
  packages: ['tremendous'],
  // new OrdersApi(configuration).createOrder({ payment, reward: { value, recipient: { name, email, phone }, delivery } }).
  calls: [
    knownPaths(call('OrdersApi.createOrder', 0), 0, {
      'reward.recipient.email': 'user.contact.email',
      'reward.recipient.name': 'user.name',
      'reward.recipient.phone': 'user.contact.phone_number',
    }),
  ],
  endpoints: [
    { host: 'www.tremendous.com', pathPrefix: '/api/v2/orders', body: [{ path: 'reward.recipient.email', category: 'user.contact.email' }, { path: 'reward.recipient.name', category: 'user.name' }] },
    { host: 'testflight.tremendous.com', pathPrefix: '/api/v2/orders', body: [{ path: 'reward.recipient.email', category: 'user.contact.email' }, { path: 'reward.recipient.name', category: 'user.name' }] },
  ],
};

export const PAYMENTS: readonly CatalogEntry[] = [
  stripe, paypal, revenuecat, paddle, lemonSqueezy, polar, braintree, adyen, mollie, square, razorpay, chargebee, recurly, lago, orb, tremendous,
];
