import { describe, expect, test } from 'vitest';
import { categoryOfEventName } from './analytics-events.js';

describe('categoryOfEventName', () => {
  test.each([
    ['Page Viewed', 'user.behavior.browsing_history'],
    ['$pageview', 'user.behavior.browsing_history'],
    ['page_view', 'user.behavior.browsing_history'],
    ['screenView', 'user.behavior.browsing_history'],
    ['search_performed', 'user.behavior.search_history'],
    ['Products Searched', 'user.behavior.search_history'],
    ['Order Completed', 'user.behavior.purchase_history'],
    ['purchase', 'user.behavior.purchase_history'],
    ['Checkout Started', 'user.behavior.purchase_history'],
    ['Signed Up', 'user.behavior'],
    ['email_link_clicked', 'user.behavior'],
    ['Product Viewed', 'user.behavior'],
    ['Reorder List', 'user.behavior'],
    ['page_title_changed', 'user.behavior'],
  ])('%s is %s', (name, category) => {
    expect(categoryOfEventName(name)).toBe(category);
  });
});
