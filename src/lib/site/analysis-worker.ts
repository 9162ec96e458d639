/**
 * Worker thread of the analysis pool (analysis-pool.ts): analyses the stories it is sent and stores
 * each result in the on-disk cache under the key the build computed, where the build then reads it;
 * then draws the story's share cards that are not yet in the card cache (story-cards.ts), so the
 * build's own thread, which renders every page, never draws one. Runs as plain Node TypeScript
 * (type stripping), outside Vite.
 */
import { parentPort } from 'node:worker_threads';
import { cachedJson } from '../cache/index.ts';
import { analyseInput, type AnalysisInput } from './story-analysis.ts';
import { storedAnalysisProblem, type StoredAnalysis } from './stored-analysis.ts';
import { drawStoryCards, type CardsJob } from './story-cards.ts';

export interface AnalysisJob {
  key: string;
  input: AnalysisInput;
  /** The analysis cache folder (the build's `defaultCacheDir()`); the cards go to its `cards/`. */
  dir: string;
  /** The story's cards to draw once it is analysed; absent when they are all drawn. */
  cards?: CardsJob;
}

/** What a worker reports of a job: the analysis stored, then the cards drawn (how many), or an error. */
export type AnalysisReport = { key: string; stage: 'analysed' } | { key: string; stage: 'done'; drawn: number } | { key: string; error: string };

const report = (message: AnalysisReport) => parentPort!.postMessage(message);

parentPort!.on('message', async (job: AnalysisJob) => {
  try {
    const stored = await cachedJson<StoredAnalysis>(job.key, () => analyseInput(job.input), (value) => storedAnalysisProblem(value, job.input.accounts), { dir: job.dir });
    report({ key: job.key, stage: 'analysed' });
    report({ key: job.key, stage: 'done', drawn: job.cards ? await drawStoryCards(job.cards, stored.comparisons, job.dir) : 0 });
  } catch (error) {
    report({ key: job.key, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
