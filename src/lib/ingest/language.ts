/**
 * Language of a capture, detected at ingest when the editor does not give one (`--lang`), with
 * franc (`franc-min`: trigram profiles of the 82 most spoken languages, shipped in the package, no
 * download). It answers ISO 639-3 codes; accounts store ISO 639-1, which `Intl.Segmenter` and the
 * engine's language modules use.
 */
import { franc } from 'franc-min';

/** ISO 639-3 (as franc answers) → ISO 639-1, for the franc-min languages that have a two-letter code. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', ukr: 'uk',
  bel: 'be', bul: 'bg', ces: 'cs', hrv: 'hr', srp: 'sr', bos: 'bs', ron: 'ro', hun: 'hu', swe: 'sv', tur: 'tr',
  arb: 'ar', pes: 'fa', urd: 'ur', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi',
  ind: 'id', zlm: 'ms', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', amh: 'am',
  kaz: 'kk', uzn: 'uz', azj: 'az', ell: 'el', heb: 'he', tha: 'th', ben: 'bn', tam: 'ta', tel: 'te', kan: 'kn',
  mal: 'ml', guj: 'gu', pan: 'pa', mya: 'my', khm: 'km', kat: 'ka', hye: 'hy', sin: 'si', jav: 'jv', sun: 'su',
  ckb: 'ku', pbu: 'ps', kin: 'rw', run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg', uig: 'ug', aka: 'ak',
};

/**
 * Least characters of text to trust a detection: franc's own default (10) is for a phrase; a
 * caption or a headline alone is too short to tell Serbian from Croatian or English from Scots.
 */
const MIN_DETECT_LENGTH = 200;

/** The capture's language as an ISO 639-1 code, or `undefined` when franc is unsure or the text is too short. */
export function detectLanguage(paragraphs: readonly string[]): string | undefined {
  const text = paragraphs.join('\n');
  if (text.length < MIN_DETECT_LENGTH) return undefined;
  const code = franc(text, { minLength: MIN_DETECT_LENGTH });
  return ISO_639_1[code];
}
