/** Build cache for engine results (Node-only: uses node:fs and node:crypto). */
export { cachedCompare, compareCacheKey, defaultCacheDir, type CacheOptions } from './compare-cache.ts';
