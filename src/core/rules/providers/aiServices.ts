import type { Rule } from '../types';
import { ai21Rules } from './ai21';
import { anthropicRules } from './anthropic';
import { anyscaleRules } from './anyscale';
import { assemblyAiRules } from './assemblyAi';
import { awsBedrockRules } from './awsBedrock';
import { azureOpenaiRules } from './azureOpenai';
import { basetenRules } from './baseten';
import { cerebrasRules } from './cerebras';
import { clarifaiRules } from './clarifai';
import { cohereRules } from './cohere';
import { deepgramRules } from './deepgram';
import { deepseekRules } from './deepseek';
import { elevenLabsRules } from './elevenLabs';
import { firecrawlRules } from './firecrawl';
import { fireworksRules } from './fireworks';
import { googleApiKeyRules } from './googleApiKeys';
import { groqRules } from './groq';
import { huggingFaceRules } from './huggingFace';
import { jinaRules } from './jina';
import { langSmithRules } from './langSmith';
import { mistralRules } from './mistral';
import { mixedbreadRules } from './mixedbread';
import { modalRules } from './modal';
import { nvidiaRules } from './nvidia';
import { openaiRules } from './openai';
import { openRouterRules } from './openRouter';
import { perplexityRules } from './perplexity';
import { pineconeRules } from './pinecone';
import { replicateRules } from './replicate';
import { roboflowRules } from './roboflow';
import { stabilityAiRules } from './stabilityAi';
import { tavilyRules } from './tavily';
import { togetherAiRules } from './togetherAi';
import { voyageAiRules } from './voyageAi';
import { weightsAndBiasesRules } from './weightsAndBiases';
import { xaiRules } from './xai';

/**
 * Catalogue section; see ../index.ts for ordering. Within it: prefixed (high-confidence) formats
 * first, then rules that need a provider name in context; where two could claim the same text the
 * more specific one comes first (Gemini before the generic Google API key, OpenAI's marker-bearing
 * user key before the context-only `sk-` rule).
 */
export const aiRules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...googleApiKeyRules,
  ...huggingFaceRules,
  ...openRouterRules,
  ...groqRules,
  ...replicateRules,
  ...xaiRules,
  ...perplexityRules,
  ...togetherAiRules,
  ...fireworksRules,
  ...langSmithRules,
  ...weightsAndBiasesRules,
  ...pineconeRules,
  ...tavilyRules,
  ...firecrawlRules,
  ...cerebrasRules,
  ...nvidiaRules,
  ...jinaRules,
  ...awsBedrockRules,
  ...voyageAiRules,
  ...mixedbreadRules,
  ...anyscaleRules,
  ...modalRules,
  ...azureOpenaiRules,
  ...elevenLabsRules,
  ...cohereRules,
  ...mistralRules,
  ...deepseekRules,
  ...stabilityAiRules,
  ...assemblyAiRules,
  ...deepgramRules,
  ...basetenRules,
  ...ai21Rules,
  ...clarifaiRules,
  ...roboflowRules,
];
