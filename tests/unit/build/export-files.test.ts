/**
 * Which output files a story JSON route owns (src/lib/site/export-files.ts): the out-dir integration
 * keeps them while their owner is kept and deletes them with it, so a file wrongly claimed would be
 * deleted with a story, and a file wrongly left out would be deleted by every rebuild that keeps it.
 */
import { describe, expect, it } from 'vitest';
import { compareCardFile, compareJsonFile, exportOwner, ownsExports, storyCardFile, storyExportFolders, storyJsonFile, synopsisJsonFile, timelineJsonFile } from '../../../src/lib/site/export-files.ts';

describe('story export files', () => {
  it('every export names its story JSON file as owner, and lies in one of its export folders', () => {
    const exports = [compareJsonFile('harbour', 'coast', 'valley'), synopsisJsonFile('harbour'), timelineJsonFile('harbour'), storyCardFile('harbour'), compareCardFile('harbour', 'coast', 'valley')];
    for (const file of exports) expect(exportOwner(file), file).toBe('api/stories/harbour.json');
    expect(ownsExports(storyJsonFile('harbour'))).toBe(true);
    // The story card sits beside the folder (cards/<story>.png): the owner's route lists it apart.
    const folders = storyExportFolders('harbour');
    expect(exports.filter((file) => file !== storyCardFile('harbour')).every((file) => folders.some((folder) => file.startsWith(`${folder}/`)))).toBe(true);
  });

  it('claims no file a route writes itself', () => {
    for (const file of ['api/stories/harbour.json', 'api/outlets/coast.json', 'stories/harbour/index.html', 'stories/harbour/compare/coast/valley/index.html', 'stories/harbour/synopsis/index.html', 'cards/index.html', 'rss.xml', 'sitemap-0.xml', 'pagefind/pagefind.js']) {
      expect(exportOwner(file), file).toBeUndefined();
    }
    for (const file of ['api/stories/harbour/synopsis.json', 'api/outlets/coast.json', 'stories/harbour/index.html']) expect(ownsExports(file), file).toBe(false);
  });

  it('claims nothing deeper or of another shape under a story folder', () => {
    // Neither a file one level too deep nor an unknown JSON name: such a file is no export, and the
    // integration must treat it as any other file (deleted unless a build wrote it).
    for (const file of ['api/stories/harbour/compare/coast.json', 'api/stories/harbour/compare/a/b/c.json', 'api/stories/harbour/extra.json', 'cards/harbour/coast.png', 'cards/harbour/a/b/c.png', 'cards/harbour/coast/valley.json']) {
      expect(exportOwner(file), file).toBeUndefined();
    }
  });
});
