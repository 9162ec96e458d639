import { beforeAll, describe, expect, it } from 'vitest';
import { toStoryJson, type StoryJson } from '@lib/engine/story/index.ts';
import { wordFindings, type WordedLineageEdge } from '@lib/site/lineage.ts';
import { analyse, SEED_STORY, seedStory } from './helpers.ts';

// The public JSON is the engine's findings with lineage worded by the site, as `site/analysis.ts` builds it.
let json: StoryJson<WordedLineageEdge>;
let ids: string[];
beforeAll(async () => {
  const story = await seedStory();
  ids = story.accounts.map((a) => a.id);
  json = JSON.parse(JSON.stringify(toStoryJson(wordFindings(analyse(story), (id) => id), SEED_STORY)));
});

const hasKeys = (o: object, keys: string[]) => expect(Object.keys(o)).toEqual(expect.arrayContaining(keys));

describe('story JSON (schema 1)', () => {
  it('has exactly the documented top-level keys (and allowed extras)', () => {
    hasKeys(json, ['schema', 'story', 'versions', 'similarity', 'clusters', 'lineage', 'quotes', 'variants']);
    expect(json.schema).toBe(1);
    expect(json.story).toBe(SEED_STORY);
  });

  it('versions: id, outlet, published, words for every account, earliest first', () => {
    expect(json.versions.map((v) => v.id).sort()).toEqual([...ids].sort());
    for (const v of json.versions) {
      hasKeys(v, ['id', 'outlet', 'published', 'words']);
      expect(v.words).toBeGreaterThan(0);
    }
    const dates = json.versions.map((v) => v.published);
    expect([...dates].sort()).toEqual(dates);
  });

  it('similarity: every pair, symmetric, 1 on the diagonal, 0–1', () => {
    for (const a of ids)
      for (const b of ids) {
        const s = json.similarity[a]![b]!;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBe(json.similarity[b]![a]);
        if (a === b) expect(s).toBe(1);
      }
  });

  it('clusters: id and members { version, segments (integer indexes), text }', () => {
    expect(json.clusters.length).toBeGreaterThan(10);
    for (const c of json.clusters) {
      expect(c.id).toMatch(/^p\d+$/);
      for (const m of c.members) {
        hasKeys(m, ['version', 'segments', 'text']);
        expect(ids).toContain(m.version);
        expect(m.segments.every((i) => Number.isInteger(i) && i >= 0)).toBe(true);
        expect(m.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('lineage: from, to, kind, confidence, evidence (and the reasons as codes)', () => {
    for (const e of json.lineage) {
      hasKeys(e, ['from', 'to', 'kind', 'confidence', 'evidence', 'reasons', 'label']);
      expect(ids).toContain(e.from);
      expect(ids).toContain(e.to);
      expect(['copy', 'revision', 'common-source']).toContain(e.kind);
      expect(e.evidence.every((x) => typeof x === 'string' && x.length > 0)).toBe(true);
    }
  });

  it('quotes: id, speaker, members { version, text, verb }', () => {
    for (const q of json.quotes) {
      hasKeys(q, ['id', 'speaker', 'members']);
      for (const m of q.members) hasKeys(m, ['version', 'text', 'verb']);
    }
  });

  it('variants: kind and forms { text, versions }', () => {
    for (const v of json.variants) {
      expect(['name', 'number', 'date']).toContain(v.kind);
      expect(v.forms.length).toBeGreaterThanOrEqual(2);
      for (const form of v.forms) hasKeys(form, ['text', 'versions']);
    }
  });
});
