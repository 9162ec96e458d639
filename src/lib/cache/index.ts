/** Build cache for analysis results (Node-only: uses node:fs and node:crypto). */
export { cacheEntryPath, cachedJson, cacheKey, canonicalJson, defaultCacheDir, writeAtomic, type CacheOptions, type CacheValidator } from './json-cache.ts';
