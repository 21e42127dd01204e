import { call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// Issue trackers, documents, spreadsheets and calendars that apps write people's data into. DESIGN.md has no kind for
// them; they are `http` (an outside service reached over its API), named by their catalog id.

// https://octokit.github.io/rest.js/v21/#issues-create
export const github: CatalogEntry = {
  id: 'github',
  name: 'GitHub API',
  kind: 'http',
  docs: 'https://octokit.github.io/rest.js/v21/#issues-create',
  packages: ['octokit', '@octokit/rest', '@octokit/core', '@octokit/app', '@octokit/action'],
  // octokit.rest.issues.create({ owner, repo, title, body }) and octokit.request('POST /repos/{owner}/{repo}/issues', { ... }).
  calls: [
    call('issues.create', 0),
    call('issues.update', 0),
    call('issues.createComment', 0),
    call('issues.updateComment', 0),
    call('pulls.create', 0),
    call('repos.createOrUpdateFileContents', 0),
    call('repos.createDispatchEvent', 0),
    call('gists.create', 0),
    call('request', 1),
    call('graphql', 1),
  ],
  endpoints: [{ host: 'api.github.com' }],
};

// https://github.com/jdalrymple/gitbeaker/blob/main/packages/core/README.md
export const gitlab: CatalogEntry = {
  id: 'gitlab',
  name: 'GitLab API',
  kind: 'http',
  docs: 'https://github.com/jdalrymple/gitbeaker/blob/main/packages/core/README.md',
  packages: ['@gitbeaker/rest', '@gitbeaker/node', '@gitbeaker/core'],
  // api.Issues.create(projectId, title, options); api.IssueNotes.create(projectId, issueIid, body).
  calls: [
    call('Issues.create', 1, 2),
    call('Issues.edit', 2),
    call('IssueNotes.create', 2),
    call('MergeRequestNotes.create', 2),
    call('Users.create', 0),
    call('Users.edit', 1),
  ],
  endpoints: [{ host: 'gitlab.com', pathPrefix: '/api/v4/' }],
};

// https://developers.linear.app/docs/sdk/fetching-and-modifying-data#mutations
export const linear: CatalogEntry = {
  id: 'linear',
  name: 'Linear',
  kind: 'http',
  docs: 'https://developers.linear.app/docs/sdk/fetching-and-modifying-data#mutations',
  packages: ['@linear/sdk'],
  calls: [
    call('createIssue', 0),
    call('updateIssue', 1),
    call('createComment', 0),
    call('createAttachment', 0),
    call('createCustomer', 0),
    call('createCustomerNeed', 0),
  ],
  endpoints: [{ host: 'api.linear.app', pathPrefix: '/graphql' }],
};

// https://developers.notion.com/reference/post-page
export const notion: CatalogEntry = {
  id: 'notion',
  name: 'Notion',
  kind: 'http',
  docs: 'https://developers.notion.com/reference/post-page',
  packages: ['@notionhq/client'],
  calls: [
    call('pages.create', 0),
    call('pages.update', 0),
    call('blocks.children.append', 0),
    call('blocks.update', 0),
    call('databases.create', 0),
    call('comments.create', 0),
  ],
  endpoints: [{ host: 'api.notion.com', pathPrefix: '/v1/' }],
};

// https://googleapis.dev/nodejs/googleapis/latest/gmail/classes/Resource$Users$Messages.html#send
export const googleWorkspace: CatalogEntry = {
  id: 'google-workspace',
  name: 'Google Workspace APIs',
  kind: 'http',
  docs: 'https://googleapis.dev/nodejs/googleapis/latest/gmail/classes/Resource$Users$Messages.html#send',
  packages: ['googleapis', '@googleapis/gmail', '@googleapis/calendar', '@googleapis/sheets', '@googleapis/drive', '@googleapis/people'],
  // google.gmail({ version, auth }).users.messages.send({ userId, requestBody: { raw } }) and the like: the data is the requestBody.
  calls: [
    ...[
      'users.messages.send', 'users.drafts.create', 'events.insert', 'events.update', 'events.patch', 'spreadsheets.values.append',
      'spreadsheets.values.update', 'spreadsheets.values.batchUpdate', 'spreadsheets.batchUpdate', 'people.createContact',
      'people.updateContact', 'files.create', 'files.update', 'documents.batchUpdate',
    ].map((method) => ({ method, args: [{ index: 0, paths: ['requestBody', 'resource', 'media'] }] })),
  ],
  endpoints: [
    { host: 'gmail.googleapis.com' },
    { host: 'www.googleapis.com', pathPrefix: '/calendar/' },
    { host: 'sheets.googleapis.com' },
    { host: 'people.googleapis.com' },
  ],
};

// https://learn.microsoft.com/en-us/graph/sdks/create-requests?tabs=typescript
export const microsoftGraph: CatalogEntry = {
  id: 'microsoft-graph',
  name: 'Microsoft Graph',
  kind: 'http',
  docs: 'https://learn.microsoft.com/en-us/graph/sdks/create-requests?tabs=typescript',
  packages: ['@microsoft/microsoft-graph-client', '@microsoft/msgraph-sdk'],
  // client.api('/me/sendMail').post({ message }); the path is the first call, the body the second.
  calls: [call('api.post', 0), call('api.patch', 0), call('api.put', 0)],
  endpoints: [{ host: 'graph.microsoft.com' }],
};

// https://airtable.com/developers/web/api/create-records
export const airtable: CatalogEntry = {
  id: 'airtable',
  name: 'Airtable',
  kind: 'http',
  docs: 'https://airtable.com/developers/web/api/create-records',
  packages: ['airtable'],
  // base('Table').create([{ fields }]) / update(id, fields) / replace(id, fields).
  calls: [call('create', 0), call('update', 0, 1), call('replace', 0, 1)],
  endpoints: [{ host: 'api.airtable.com', pathPrefix: '/v0/' }],
};

// https://github.com/MrRefactoring/jira.js#usage
export const jira: CatalogEntry = {
  id: 'jira',
  name: 'Jira',
  kind: 'http',
  docs: 'https://github.com/MrRefactoring/jira.js#usage',
  packages: ['jira.js', 'jira-client'],
  // jira.js: client.issues.createIssue({ fields }); jira-client: jira.addNewIssue(issue), jira.addComment(issueId, comment).
  calls: [
    call('issues.createIssue', 0),
    call('issues.editIssue', 0),
    call('issueComments.addComment', 0),
    call('addNewIssue', 0),
    call('updateIssue', 1),
    call('addComment', 1),
  ],
  endpoints: [{ host: '*.atlassian.net', pathPrefix: '/rest/api/' }],
};

export const INTEGRATIONS: readonly CatalogEntry[] = [github, gitlab, linear, notion, googleWorkspace, microsoftGraph, airtable, jira];
