/**
 * Analyses stories in worker threads, one per core, ahead of the pages that need them: Astro renders
 * pages one at a time on one thread, and a cold build of a large archive spends most of its time in
 * the engine and drawing share cards. Results go to the on-disk analysis cache (and the cards to
 * its card cache); the build reads them from there, so the pages are the same whichever thread
 * analysed a story or drew its cards.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisJob, AnalysisReport } from './analysis-worker.ts';

/**
 * The worker's source file. Astro bundles this module into its build output, so the file is found
 * from the project root (the build's working directory), not from this module's URL.
 */
const WORKER_FILE = path.resolve(process.cwd(), 'src/lib/site/analysis-worker.ts');

/**
 * Worker threads: one per core by default (`RETOLD_ANALYSIS_WORKERS` overrides; 0 analyses in the
 * build's own thread). While they run, the build's thread mostly waits for them, so every core
 * analyses; a machine with one core gains nothing from a worker.
 */
function workerCount(): number {
  const configured = process.env.RETOLD_ANALYSIS_WORKERS;
  const count = configured === undefined ? availableParallelism() : Number(configured);
  if (!Number.isInteger(count) || count < 0) throw new Error(`RETOLD_ANALYSIS_WORKERS: expected a whole number of worker threads, got "${configured}"`);
  return count > 1 && existsSync(WORKER_FILE) ? count : 0;
}

/**
 * What a worker thread costs before its first job, in stories: it loads the engine, its language
 * models and the card renderer afresh (the build's thread has them loaded already). Measured on a
 * 1,000 × 5 rebuild after one account changed (1 December, rb14's profile): the one worker's
 * loading was 6.5 s of its busy samples, the story's analysis and cards 2.8 s.
 */
const WORKER_START_IN_STORIES = 6.5 / 2.8;

/**
 * Whether `workers` worker threads are worth starting for `stories` stories to analyse or draw cards for. Left to the
 * build's thread, they cost a story each, one after the other; in n workers, the start-up plus
 * a story each spread over the n cores, while the build's thread waits. So the workers save time
 * once stories > start-up × n / (n − 1): at 2 workers from 5 stories on. A rebuild after one
 * account changed analyses its one story here instead of loading everything again in a worker.
 */
export const worthWorkers = (stories: number, workers: number) => workers > 1 && stories > (WORKER_START_IN_STORIES * workers) / (workers - 1);

/** A job's two results: its analysis stored, then its cards drawn (how many were missing). */
export interface JobResults {
  analysed: Promise<void>;
  drawn: Promise<number>;
}

interface Pending {
  job: AnalysisJob;
  analysed: PromiseWithResolvers<void>;
  drawn: PromiseWithResolvers<number>;
}

export class AnalysisPool {
  readonly size: number;
  #queue: Pending[] = [];
  #idle: Worker[] = [];
  #busy = new Map<Worker, Pending>();

  constructor(size = workerCount()) {
    this.size = size;
  }

  /**
   * `analysed` resolves once the story's analysis is in the cache, `drawn` once its cards are too
   * (a worker takes its next job only then). Jobs run in the order they are submitted.
   */
  analyse(job: AnalysisJob): JobResults {
    const pending = { job, analysed: Promise.withResolvers<void>(), drawn: Promise.withResolvers<number>() };
    this.#queue.push(pending);
    this.#dispatch();
    return { analysed: pending.analysed.promise, drawn: pending.drawn.promise };
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#busy.size < this.size ? this.#spawn() : undefined);
      if (!worker) return;
      const next = this.#queue.shift()!;
      this.#busy.set(worker, next);
      // Referenced only while it has work: an idle pool never keeps the build from exiting.
      worker.ref();
      worker.postMessage(next.job);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER_FILE);
    worker.on('message', (message: AnalysisReport) => {
      const done = this.#busy.get(worker)!;
      if ('stage' in message && message.stage === 'analysed') return done.analysed.resolve();
      this.#busy.delete(worker);
      if ('error' in message) {
        const error = new Error(`analysis or share cards of story ${done.job.input.story} failed in a worker thread:\n${message.error}`);
        done.analysed.reject(error); // no-op when the analysis was reported done
        done.drawn.reject(error);
      } else done.drawn.resolve(message.drawn);
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      const done = this.#busy.get(worker);
      this.#busy.delete(worker);
      done?.analysed.reject(error);
      done?.drawn.reject(error);
      this.#dispatch();
    });
    return worker;
  }
}
