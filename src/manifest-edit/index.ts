export { applyAdditions } from './apply.js';
export { createDraft, type DraftOptions, type DraftSummary } from './draft.js';
export { isEmpty, planAdditions, TODO_PURPOSE, type Additions } from './plan.js';
