/**
 * Bytes of a capture to text, without ever inventing a character: the encoding comes from a byte
 * order mark, a declaration (the HTTP `Content-Type` header, an HTML `<meta>` charset), strict UTF-8,
 * or detection by chardet, in that order (the order of the HTML standard's encoding sniffing, with
 * chardet in place of a browser's locale default). Decoding is strict (`fatal`): a byte sequence the
 * encoding cannot hold is refused with the encoding's name, never turned into U+FFFD.
 */
import { analyse } from 'chardet';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Where the encoding came from, in words for the ingest report. */
  from: string;
  /** U+FFFD characters already present in the capture (lost before it was saved; kept as they are). */
  replacementCharacters: number;
}

export interface DecodeOptions {
  /** The `charset` of an HTTP `Content-Type` header, when the capture was fetched. */
  httpCharset?: string;
  /** An encoding the editor names (`--encoding`): overrides every other source. */
  encoding?: string;
  /** Look for a `<meta>` charset declaration (HTML captures). */
  html?: boolean;
}

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The HTML standard's prescan looks for a declaration in the first 1024 bytes only. */
const PRESCAN_BYTES = 1024;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * chardet ranks candidates by confidence (0–100). Below half, its runner-up is nearly as likely
 * (short or mixed texts), so a guess that low is not trusted: the editor is asked to name it.
 */
const MIN_DETECTION_CONFIDENCE = 50;

function bomOf(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

/** A NUL byte never occurs in text in a single- or multi-byte 8-bit encoding: the file is binary. */
function nulOffset(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

function decoderFor(label: string, from: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new DecodeError(`the encoding ${JSON.stringify(label)} (${from}) is not one this tool can decode; pass --encoding with a WHATWG encoding name such as utf-8 or windows-1252`);
  }
}

function strictDecode(bytes: Uint8Array, label: string, from: string): Decoded {
  const decoder = decoderFor(label, from);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DecodeError(`the capture is not valid ${decoder.encoding} (${from}): some bytes have no character in that encoding; pass --encoding with the capture's real encoding`);
  }
  const replacementCharacters = text.match(/\uFFFD/g)?.length ?? 0;
  return { text, encoding: decoder.encoding, from, replacementCharacters };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeCapture(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new DecodeError('the capture is empty (0 bytes)');
  if (options.encoding) return strictDecode(bytes, options.encoding, 'named with --encoding');
  const bom = bomOf(bytes);
  if (bom) return strictDecode(bytes, bom, 'byte order mark');
  const nul = nulOffset(bytes);
  if (nul >= 0) throw new DecodeError(`the capture looks like a binary file, not text (a NUL byte at offset ${nul}); expected a plain-text or HTML capture`);
  if (options.httpCharset) return strictDecode(bytes, options.httpCharset, 'HTTP Content-Type header');
  if (options.html) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
    const declared = META_CHARSET.exec(head)?.[1];
    // The HTML standard reads a meta declaration of UTF-16 as UTF-8: the bytes got this far as ASCII.
    if (declared) return strictDecode(bytes, /^utf-16/i.test(declared) ? 'utf-8' : declared, '<meta> charset declaration');
  }
  if (isUtf8(bytes)) return strictDecode(bytes, 'utf-8', 'valid UTF-8');
  const [best, second] = analyse(bytes);
  if (!best || best.confidence < MIN_DETECTION_CONFIDENCE) {
    const guess = best ? `chardet's best guess is ${best.name} at ${best.confidence}%${second ? `, then ${second.name} at ${second.confidence}%` : ''}` : 'chardet has no guess';
    throw new DecodeError(`the capture is not UTF-8 and its encoding cannot be told with confidence (${guess}); pass --encoding with its encoding, e.g. --encoding windows-1252`);
  }
  return strictDecode(bytes, best.name, `detected by chardet, ${best.confidence}% confident`);
}
