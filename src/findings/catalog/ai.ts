import { call } from './shapes.js';
import type { CatalogEntry } from './types.js';

// https://platform.openai.com/docs/api-reference/chat/create
export const openai: CatalogEntry = {
  id: 'openai',
  name: 'OpenAI',
  kind: 'ai',
  docs: 'https://platform.openai.com/docs/api-reference/chat/create',
  packages: ['openai'],
  calls: [
    call('chat.completions.create', 0),
    call('chat.completions.stream', 0),
    call('completions.create', 0),
    call('responses.create', 0),
    call('responses.stream', 0),
    call('embeddings.create', 0),
    call('audio.transcriptions.create', 0),
    call('files.create', 0),
    call('moderations.create', 0),
    call('createChatCompletion', 0),
    call('createCompletion', 0),
  ],
};

// https://docs.anthropic.com/en/api/messages
export const anthropic: CatalogEntry = {
  id: 'anthropic',
  name: 'Anthropic',
  kind: 'ai',
  docs: 'https://docs.anthropic.com/en/api/messages',
  packages: ['@anthropic-ai/sdk'],
  calls: [call('messages.create', 0), call('messages.stream', 0), call('messages.countTokens', 0), call('completions.create', 0)],
};

// https://googleapis.github.io/js-genai/
export const googleGemini: CatalogEntry = {
  id: 'google-gemini',
  name: 'Google Gemini',
  kind: 'ai',
  docs: 'https://googleapis.github.io/js-genai/',
  packages: ['@google/genai', '@google/generative-ai'],
  // @google/genai: ai.models.generateContent({ contents }); @google/generative-ai: model.generateContent(prompt).
  calls: [
    call('generateContent', 0),
    call('generateContentStream', 0),
    call('embedContent', 0),
    call('sendMessage', 0),
    call('sendMessageStream', 0),
    call('startChat', 0),
    call('chats.create', 0),
  ],
};

// https://docs.mistral.ai/api/#tag/chat
export const mistral: CatalogEntry = {
  id: 'mistral',
  name: 'Mistral AI',
  kind: 'ai',
  docs: 'https://docs.mistral.ai/api/#tag/chat',
  packages: ['@mistralai/mistralai'],
  calls: [call('chat.complete', 0), call('chat.stream', 0), call('embeddings.create', 0), call('fim.complete', 0)],
};

// https://ai-sdk.dev/docs/reference/ai-sdk-core/generate-text
export const vercelAi: CatalogEntry = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  kind: 'ai',
  docs: 'https://ai-sdk.dev/docs/reference/ai-sdk-core/generate-text',
  packages: ['ai'],
  calls: [
    call('generateText', 0),
    call('streamText', 0),
    call('generateObject', 0),
    call('streamObject', 0),
    call('embed', 0),
    call('embedMany', 0),
  ],
};

// https://js.langchain.com/docs/concepts/runnables/
export const langchain: CatalogEntry = {
  id: 'langchain',
  name: 'LangChain',
  kind: 'ai',
  docs: 'https://js.langchain.com/docs/concepts/runnables/',
  packages: ['langchain', '@langchain/core', '@langchain/openai', '@langchain/anthropic', '@langchain/google-genai', '@langchain/mistralai'],
  calls: [call('invoke', 0), call('stream', 0), call('batch', 0), call('call', 0), call('embedQuery', 0), call('embedDocuments', 0)],
};

export const AI: readonly CatalogEntry[] = [openai, anthropic, googleGemini, mistral, vercelAi, langchain];
