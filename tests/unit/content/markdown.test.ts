import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeParagraph, paragraphsToMarkdown, parseParagraphs } from '@lib/content/markdown.ts';

/** A paragraph as a capture can hold it: any text with single newlines but no blank line, not blank itself. */
const paragraph = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom('*', '_', '`', '[x](y)', '<b>', '&amp;', '&#32;', '# ', '> ', '- ', '1. ', '2) ', '===', '---', '~~~', '```', '    ', '\t', '\\', '  \n', '\u00a0', ' ', 'U.S.', '“q”', '<!-- c -->', '<script>alert(1)</script>'),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join('').replace(/\r/g, '').replace(/\n[ \t]*(?=\n)/g, '\n.'))
  .filter((text) => text.trim().length > 0 && !/^\n|\n$/.test(text) && !/\n\s*\n/.test(text) && !text.includes('\0'));

describe('markdown escaping', () => {
  it('reads back every paragraph exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        expect(parseParagraphs(paragraphsToMarkdown(paragraphs))).toEqual(paragraphs);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps Markdown and HTML syntax as literal text', () => {
    const hostile = '<script>alert(1)</script> **bold** [link](javascript:alert(1)) &copy;';
    expect(escapeParagraph(hostile)).not.toMatch(/(?<!\\)[<*[]/);
    expect(parseParagraphs(paragraphsToMarkdown([hostile]))).toEqual([hostile]);
  });

  it('keeps leading, trailing and non-breaking spaces', () => {
    const text = ' News\u00a0 / \u00a0Russia ';
    expect(parseParagraphs(paragraphsToMarkdown([text]))).toEqual([text]);
  });
});
