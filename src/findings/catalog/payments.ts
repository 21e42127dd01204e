import { call, setter } from './shapes.js';
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
    call('checkout.sessions.create', 0),
    call('paymentIntents.create', 0),
    call('paymentIntents.update', 1),
    call('setupIntents.create', 0),
    call('subscriptions.create', 0),
    call('invoices.create', 0),
    call('charges.create', 0),
    call('accounts.create', 0),
    call('paymentMethods.create', 0),
    // Stripe.js in the browser: billing details ride in the confirm/create params.
    call('confirmPayment', 0),
    call('confirmCardPayment', 1),
    call('confirmSetup', 0),
    call('createPaymentMethod', 0),
    call('createToken', 1),
  ],
};

// https://developer.paypal.com/docs/api/orders/v2/#orders_create
export const paypal: CatalogEntry = {
  id: 'paypal',
  name: 'PayPal',
  kind: 'payments',
  docs: 'https://developer.paypal.com/docs/api/orders/v2/#orders_create',
  packages: ['@paypal/checkout-server-sdk', '@paypal/paypal-server-sdk', '@paypal/paypal-js', '@paypal/react-paypal-js'],
  calls: [call('requestBody', 0), call('createOrder', 0), call('orders.create', 0)],
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
};

export const PAYMENTS: readonly CatalogEntry[] = [stripe, paypal, revenuecat];
