/** CLI for `npm run ingest -- <capture file | URL> --story <id> --version <id> --outlet <id> [...]`. */
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/corpus.ts';
import { ingest, IngestError } from '../src/lib/ingest/ingest.ts';

const USAGE = `usage: npm run ingest -- <capture.txt | capture.html | https://…> --story <id> --version <id> --outlet <id>
         [--published YYYY-MM-DD] [--url URL] [--headline TEXT] [--author TEXT] [--lang CODE] [--retrieved YYYY-MM-DD]
         [--relation KIND:VERSION] [--attribution named|url|inferred --evidence TEXT] [--encoding NAME]
         [--wayback TIMESTAMP] [--content DIR] [--force] [--dry-run]`;

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' }, version: { type: 'string' }, outlet: { type: 'string' },
      published: { type: 'string' }, url: { type: 'string' }, headline: { type: 'string' },
      author: { type: 'string' }, lang: { type: 'string' }, retrieved: { type: 'string' }, relation: { type: 'string' },
      attribution: { type: 'string' }, evidence: { type: 'string' }, encoding: { type: 'string' }, wayback: { type: 'string' },
      content: { type: 'string', default: process.env.RETOLD_CONTENT ?? 'content' },
      force: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [capture, ...extra] = positionals;
  const missing = (['story', 'version', 'outlet'] as const).filter((key) => values[key] === undefined);
  if (!capture || extra.length > 0 || missing.length > 0) {
    throw new IngestError(`${!capture ? 'expected one capture file or URL' : extra.length ? `unexpected arguments: ${extra.join(' ')}` : `missing --${missing.join(', --')}`}\n${USAGE}`);
  }
  const result = await ingest({
    capture, story: values.story!, version: values.version!, outlet: values.outlet!, contentDir: values.content,
    published: values.published, url: values.url, headline: values.headline, author: values.author, lang: values.lang,
    retrieved: values.retrieved, relation: values.relation, attribution: values.attribution, evidence: values.evidence,
    encoding: values.encoding, wayback: values.wayback, force: values.force, dryRun: values['dry-run'],
    // The archive's origin can be moved (a mirror, or a local server in tests).
    ...(process.env.RETOLD_WAYBACK_ORIGIN ? { fetch: { archiveOrigin: process.env.RETOLD_WAYBACK_ORIGIN } } : {}),
  });
  console.log(result.report.join('\n'));
  if (!result.written) console.log(`\n${result.entry}`);
} catch (error) {
  if (error instanceof IngestError || error instanceof ContentError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`ingest: refused, nothing written.\n${(error as Error).message}`);
    process.exit(1);
  }
  throw error;
}
