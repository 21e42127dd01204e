import { call, promptedBy } from './shapes.js';

// The user's turns of a chat request; the system prompt is the app's.
const USER_TURNS = ['messages[role=user].content'];
const chat = (method: string) => promptedBy(call(method, 0), 0, USER_TURNS);
import type { CatalogEntry } from './types.js';

// https://platform.openai.com/docs/api-reference/chat/create
export const openai: CatalogEntry = {
  id: 'openai',
  name: 'OpenAI',
  kind: 'ai',
  docs: 'https://platform.openai.com/docs/api-reference/chat/create',
  packages: ['openai'],
  calls: [
    chat('chat.completions.create'),
    chat('chat.completions.stream'),
    chat('chat.completions.parse'),
    call('completions.create', 0),
    promptedBy(call('responses.create', 0), 0, ['input[role=user].content']),
    call('responses.stream', 0),
    call('embeddings.create', 0),
    call('audio.transcriptions.create', 0),
    call('files.create', 0),
    call('moderations.create', 0),
    call('createChatCompletion', 0),
    call('createCompletion', 0),
  ],
  endpoints: [{ host: 'api.openai.com', pathPrefix: '/v1/' }],
};

// https://docs.anthropic.com/en/api/messages
export const anthropic: CatalogEntry = {
  id: 'anthropic',
  name: 'Anthropic',
  kind: 'ai',
  docs: 'https://docs.anthropic.com/en/api/messages',
  packages: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
  calls: [chat('messages.create'), chat('messages.stream'), call('messages.countTokens', 0), call('completions.create', 0)],
  endpoints: [{ host: 'api.anthropic.com', pathPrefix: '/v1/' }],
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
  calls: [chat('chat.complete'), chat('chat.stream'), call('embeddings.create', 0), call('fim.complete', 0)],
};

// https://ai-sdk.dev/docs/reference/ai-sdk-core/generate-text
export const vercelAi: CatalogEntry = {
  id: 'vercel-ai',
  name: 'Vercel AI SDK',
  kind: 'ai',
  docs: 'https://ai-sdk.dev/docs/reference/ai-sdk-core/generate-text',
  packages: ['ai', '@ai-sdk/react', '@ai-sdk/vue', '@ai-sdk/svelte', '@ai-sdk/angular'],
  calls: [
    // A bare `prompt` is the request's one user message (the `system` option is the app's instruction).
    ...['generateText', 'streamText', 'generateObject', 'streamObject'].map((method) => promptedBy(chat(method), 0, ['prompt'])),
    call('embed', 0),
    call('embedMany', 0),
    // https://ai-sdk.dev/docs/reference/ai-sdk-ui/use-chat: the chat hook keeps the conversation the person types;
    // sending it is the transport's request to the app's own route, whose model call is reported there.
    { method: 'useChat', args: [], returnsContent: ['messages'] },
  ],
};

// https://js.langchain.com/docs/concepts/runnables/
export const langchain: CatalogEntry = {
  id: 'langchain',
  name: 'LangChain',
  kind: 'ai',
  docs: 'https://js.langchain.com/docs/concepts/runnables/',
  packages: [
    'langchain', '@langchain/core', '@langchain/openai', '@langchain/anthropic', '@langchain/google-genai', '@langchain/mistralai',
    '@langchain/google-vertexai', '@langchain/groq', '@langchain/aws', '@langchain/cohere', '@langchain/ollama', '@langchain/community',
  ],
  calls: [call('invoke', 0), call('stream', 0), call('batch', 0), call('call', 0), call('embedQuery', 0), call('embedDocuments', 0)],
};


// https://cloud.google.com/vertex-ai/generative-ai/docs/reference/nodejs/latest
export const googleVertexAi: CatalogEntry = {
  id: 'google-vertex-ai',
  name: 'Google Vertex AI',
  kind: 'ai',
  docs: 'https://cloud.google.com/vertex-ai/generative-ai/docs/reference/nodejs/latest',
  packages: ['@google-cloud/vertexai', '@google-cloud/aiplatform'],
  // vertexAI.getGenerativeModel({ model }).generateContent(request); chats through startChat().sendMessage(text).
  calls: [
    call('generateContent', 0),
    call('generateContentStream', 0),
    call('sendMessage', 0),
    call('sendMessageStream', 0),
    call('countTokens', 0),
    call('predict', 0),
  ],
  // Regional hosts (us-central1-aiplatform.googleapis.com) are not a subdomain: HttpEndpoint cannot name them yet.
  endpoints: [{ host: 'aiplatform.googleapis.com' }],
};

// https://docs.cohere.com/reference/chat
export const cohere: CatalogEntry = {
  id: 'cohere',
  name: 'Cohere',
  kind: 'ai',
  docs: 'https://docs.cohere.com/reference/chat',
  packages: ['cohere-ai'],
  calls: [
    call('chat', 0),
    call('chatStream', 0),
    call('generate', 0),
    call('embed', 0),
    call('rerank', 0),
    call('classify', 0),
    call('summarize', 0),
  ],
  endpoints: [{ host: 'api.cohere.com' }, { host: 'api.cohere.ai' }],
};

// https://console.groq.com/docs/libraries
export const groq: CatalogEntry = {
  id: 'groq',
  name: 'Groq',
  kind: 'ai',
  docs: 'https://console.groq.com/docs/libraries',
  packages: ['groq-sdk'],
  calls: [chat('chat.completions.create'), call('audio.transcriptions.create', 0), call('audio.translations.create', 0)],
  endpoints: [{ host: 'api.groq.com', pathPrefix: '/openai/v1/' }],
};

// https://docs.together.ai/docs/quickstart
export const together: CatalogEntry = {
  id: 'together',
  name: 'Together AI',
  kind: 'ai',
  docs: 'https://docs.together.ai/docs/quickstart',
  packages: ['together-ai'],
  calls: [chat('chat.completions.create'), call('completions.create', 0), call('embeddings.create', 0), call('images.create', 0)],
  endpoints: [{ host: 'api.together.xyz', pathPrefix: '/v1/' }],
};

// https://replicate.com/docs/reference/node
export const replicate: CatalogEntry = {
  id: 'replicate',
  name: 'Replicate',
  kind: 'ai',
  docs: 'https://replicate.com/docs/reference/node',
  packages: ['replicate'],
  // replicate.run(model, { input }); predictions.create({ version, input }).
  calls: [call('run', 1), call('stream', 1), call('deployments.predictions.create', 2), call('predictions.create', 0)],
  endpoints: [{ host: 'api.replicate.com', pathPrefix: '/v1/' }],
};

// https://openrouter.ai/docs/api-reference/chat-completion
export const openrouter: CatalogEntry = {
  id: 'openrouter',
  name: 'OpenRouter',
  kind: 'ai',
  docs: 'https://openrouter.ai/docs/api-reference/chat-completion',
  // The AI SDK provider only builds a model; its prompts go through the AI SDK's calls (vercel-ai). The OpenRouter SDK sends them itself.
  packages: ['@openrouter/sdk'],
  calls: [call('chat.send', 0), call('completions.generate', 0)],
  endpoints: [{ host: 'openrouter.ai', pathPrefix: '/api/v1/' }],
};

// https://huggingface.co/docs/huggingface.js/inference/README
export const huggingFace: CatalogEntry = {
  id: 'hugging-face',
  name: 'Hugging Face Inference',
  kind: 'ai',
  docs: 'https://huggingface.co/docs/huggingface.js/inference/README',
  packages: ['@huggingface/inference'],
  calls: [
    call('chatCompletion', 0),
    call('chatCompletionStream', 0),
    call('textGeneration', 0),
    call('textGenerationStream', 0),
    call('featureExtraction', 0),
    call('summarization', 0),
    call('translation', 0),
    call('textClassification', 0),
    call('automaticSpeechRecognition', 0),
    call('textToImage', 0),
  ],
  endpoints: [{ host: 'api-inference.huggingface.co' }, { host: 'router.huggingface.co' }],
};

// https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/bedrock-runtime/command/ConverseCommand/
export const awsBedrock: CatalogEntry = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock',
  kind: 'ai',
  docs: 'https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/client/bedrock-runtime/command/ConverseCommand/',
  packages: ['@aws-sdk/client-bedrock-runtime', '@aws-sdk/client-bedrock-agent-runtime'],
  // client.send(new InvokeModelCommand({ body })) or new ConverseCommand({ messages, system }).
  calls: [{ method: 'send', args: [{ index: 0, paths: ['body', 'messages', 'system', 'input', 'inputText'] }] }],
};

// https://learn.microsoft.com/en-us/javascript/api/@azure/openai/openaiclient
export const azureOpenAi: CatalogEntry = {
  id: 'azure-openai',
  name: 'Azure OpenAI',
  kind: 'ai',
  docs: 'https://learn.microsoft.com/en-us/javascript/api/@azure/openai/openaiclient',
  packages: ['@azure/openai'],
  // @azure/openai v1: client.getChatCompletions(deployment, messages); v2 wraps the openai package (AzureOpenAI).
  calls: [call('getChatCompletions', 1), call('streamChatCompletions', 1), call('getCompletions', 1), call('getEmbeddings', 1)],
  endpoints: [{ host: '*.openai.azure.com' }],
};

// https://github.com/ollama/ollama-js#api
export const ollama: CatalogEntry = {
  id: 'ollama',
  name: 'Ollama',
  kind: 'ai',
  docs: 'https://github.com/ollama/ollama-js#api',
  packages: ['ollama'],
  calls: [chat('chat'), call('generate', 0), call('embed', 0), call('embeddings', 0)],
};

// https://elevenlabs.io/docs/api-reference/text-to-speech/convert
export const elevenlabs: CatalogEntry = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  kind: 'ai',
  docs: 'https://elevenlabs.io/docs/api-reference/text-to-speech/convert',
  packages: ['@elevenlabs/elevenlabs-js', 'elevenlabs'],
  calls: [call('textToSpeech.convert', 1), call('textToSpeech.stream', 1), call('speechToText.convert', 0)],
  endpoints: [{ host: 'api.elevenlabs.io', pathPrefix: '/v1/' }],
};

// https://developers.deepgram.com/docs/js-sdk-v3-migration
export const deepgram: CatalogEntry = {
  id: 'deepgram',
  name: 'Deepgram',
  kind: 'ai',
  docs: 'https://developers.deepgram.com/docs/js-sdk-v3-migration',
  packages: ['@deepgram/sdk'],
  calls: [call('listen.prerecorded.transcribeFile', 0), call('listen.prerecorded.transcribeUrl', 0), call('speak.request', 0), call('read.analyzeText', 0)],
  endpoints: [{ host: 'api.deepgram.com', pathPrefix: '/v1/' }],
};

// https://www.assemblyai.com/docs/getting-started/transcribe-an-audio-file
export const assemblyai: CatalogEntry = {
  id: 'assemblyai',
  name: 'AssemblyAI',
  kind: 'ai',
  docs: 'https://www.assemblyai.com/docs/getting-started/transcribe-an-audio-file',
  packages: ['assemblyai'],
  calls: [call('transcripts.transcribe', 0), call('transcripts.submit', 0), call('files.upload', 0), call('lemur.task', 0)],
  endpoints: [{ host: 'api.assemblyai.com' }],
};

export const AI: readonly CatalogEntry[] = [
  openai, anthropic, googleGemini, mistral, vercelAi, langchain, googleVertexAi, cohere, groq, together, replicate, openrouter,
  huggingFace, awsBedrock, azureOpenAi, ollama, elevenlabs, deepgram, assemblyai,
];
