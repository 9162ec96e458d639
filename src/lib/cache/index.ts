/** Build cache for analysis results (Node-only: uses node:fs and node:crypto). */
export { cachedJson, cacheKey, canonicalJson, defaultCacheDir, writeAtomic, type CacheOptions } from './json-cache.ts';
