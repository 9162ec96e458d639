/** Build cache for analysis results (Node-only: uses node:fs and node:crypto). */
export { cachedJson, cacheKey, canonicalJson, defaultCacheDir, type CacheOptions, type CacheValidator } from './json-cache.ts';
