/**
 * Fetching a capture from the web for `npm run ingest -- https://…`: a live page, or a Wayback
 * Machine snapshot (`--wayback <timestamp>`, or an archive URL given directly). Bounded: a timeout
 * for the whole exchange, a size limit read as the bytes arrive, redirects followed (the final URL
 * is the one recorded). Snapshots are requested in the archive's raw form (`id_`), so the page is
 * the publisher's as archived, without the archive's toolbar or rewritten links.
 */

export class FetchError extends Error {
  override name = 'FetchError';
}

export interface FetchOptions {
  /** Whole request, body included. Default 30 s: a slow news site answers well within it. */
  timeoutMs?: number;
  /** Largest body accepted. Default 10 MiB: a news page with inline scripts and styles is a few MiB at most. */
  maxBytes?: number;
  /** A Wayback timestamp (`YYYYMMDDhhmmss`, or a prefix of it) to fetch a snapshot of the URL instead. */
  wayback?: string;
  /** The archive's origin. Default `https://web.archive.org`; tests point it at a local server. */
  archiveOrigin?: string;
}

export interface FetchedCapture {
  bytes: Uint8Array;
  /** The page's own address: the final URL after redirects, or the original of a snapshot. */
  url: string;
  /** The snapshot's address, when the page came from the archive. */
  archived?: string;
  /** The day the text was captured: the snapshot's date, else undefined (the caller's today). */
  snapshotDate?: string;
  /** `text/html`, `text/plain`… from the Content-Type header. */
  mediaType: string;
  /** The header's charset parameter, when present. */
  charset?: string;
}

const DEFAULT_FETCH = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024, archiveOrigin: 'https://web.archive.org' } as const;

/** Wayback timestamps: 4 to 14 digits (a prefix picks the nearest snapshot). */
const TIMESTAMP = /^\d{4,14}$/;
/** Media types that hold a capture this tool can read. */
const READABLE = /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/;

export const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

/** `<origin>/web/<timestamp><flags>/<original URL>`, with or without flags such as `id_`. */
function snapshotParts(url: string, archiveOrigin: string): { timestamp: string; original: string } | undefined {
  const prefix = `${archiveOrigin.replace(/\/$/, '')}/web/`;
  if (!url.startsWith(prefix)) return undefined;
  const match = /^(\d{4,14})(?:[a-z]{2}_)?\/(https?:\/\/.+)$/i.exec(url.slice(prefix.length));
  return match ? { timestamp: match[1]!, original: match[2]! } : undefined;
}

const snapshotDate = (timestamp: string) => (timestamp.length >= 8 ? `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}` : undefined);

async function readBounded(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchError(`${url}: the page is ${declared} bytes, larger than the ${maxBytes}-byte limit`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new FetchError(`${url}: the page is larger than the ${maxBytes}-byte limit; stopped reading`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export async function fetchCapture(address: string, options: FetchOptions = {}): Promise<FetchedCapture> {
  const { timeoutMs, maxBytes, archiveOrigin } = { ...DEFAULT_FETCH, ...options };
  if (!isWebUrl(address) || !URL.canParse(address)) throw new FetchError(`expected an http or https URL, got "${address}"`);
  if (options.wayback !== undefined && !TIMESTAMP.test(options.wayback)) {
    throw new FetchError(`--wayback: expected a Wayback timestamp of 4 to 14 digits (YYYYMMDDhhmmss), got "${options.wayback}"`);
  }
  const given = snapshotParts(address, archiveOrigin);
  const snapshot = given ?? (options.wayback ? { timestamp: options.wayback, original: address } : undefined);
  const request = snapshot ? `${archiveOrigin.replace(/\/$/, '')}/web/${snapshot.timestamp}id_/${snapshot.original}` : address;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(request, { redirect: 'follow', signal, headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' } });
    if (!response.ok) throw new FetchError(`${request}: the server answered ${response.status} ${response.statusText}`.trim());
    const [mediaType = '', ...params] = (response.headers.get('content-type') ?? 'text/html').split(';').map((p) => p.trim());
    if (!READABLE.test(mediaType.toLowerCase())) throw new FetchError(`${response.url}: expected an HTML page or plain text, got ${mediaType || 'no Content-Type'}`);
    const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]).find(Boolean);
    const bytes = await readBounded(response, maxBytes, response.url);
    const landed = snapshot ? snapshotParts(response.url, archiveOrigin) ?? snapshot : undefined;
    return {
      bytes,
      url: landed ? landed.original : response.url,
      ...(landed ? { archived: `${archiveOrigin.replace(/\/$/, '')}/web/${landed.timestamp}/${landed.original}`, snapshotDate: snapshotDate(landed.timestamp) } : {}),
      mediaType: mediaType.toLowerCase(),
      ...(charset ? { charset } : {}),
    };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError(`${request}: no complete answer within ${timeoutMs / 1000} s (timeout)`);
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new FetchError(`${request}: could not fetch the page (${cause})`);
  }
}
