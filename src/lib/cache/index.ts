/** Build cache for analysis results (Node-only: uses node:fs and node:crypto). */
export { cacheEntryPath, cachedJson, cacheKey, canonicalJson, defaultCacheDir, type CacheOptions } from './json-cache.ts';
