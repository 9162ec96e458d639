/**
 * Worker thread of the analysis pool (analysis-pool.ts): analyses the stories it is sent and stores
 * each result in the on-disk cache under the key the build computed, where the build then reads it.
 * Runs as plain Node TypeScript (type stripping), outside Vite.
 */
import { parentPort } from 'node:worker_threads';
import { cachedJson } from '../cache/index.ts';
import { analyseInput, type AnalysisInput } from './story-analysis.ts';
import { storedAnalysisProblem } from './stored-analysis.ts';

export interface AnalysisJob {
  key: string;
  input: AnalysisInput;
  /** The analysis cache folder (the build's `defaultCacheDir()`). */
  dir: string;
}

parentPort!.on('message', async (job: AnalysisJob) => {
  try {
    await cachedJson(job.key, () => analyseInput(job.input), (value) => storedAnalysisProblem(value, job.input.accounts), { dir: job.dir });
    parentPort!.postMessage({ key: job.key });
  } catch (error) {
    parentPort!.postMessage({ key: job.key, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
