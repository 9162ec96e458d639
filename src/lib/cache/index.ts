/** Build cache for analysis results (Node-only: uses node:fs and node:crypto). */
export { cacheEntryPath, cachedJson, cacheKey, canonicalJson, defaultCacheDir, type CacheOptions, type CacheValidator } from './json-cache.ts';
