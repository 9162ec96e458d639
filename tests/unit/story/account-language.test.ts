import { describe, expect, it } from 'vitest';
import { buildStoryContext, compareAccounts, type AccountInput, type Comparison } from '@lib/engine/index.ts';
import { analyseStory, type StoryAccountInput, type StoryFindings } from '@lib/engine/story/index.ts';

/*
 * Each story finding reads an account's words with the rules of the account's own language (its
 * `lang`): its stopwords decide what is a content word, its stemmer what is one word in several
 * forms. Every fixture below is invented German or Russian news prose whose finding comes out
 * differently when the words are read with English rules, so each test fails if a module drops
 * the account's `lang` again. The comparisons are the engine's, read in the same language.
 */

const account = (id: string, published: string, lang: string, paragraphs: string[]): StoryAccountInput => ({ id, outlet: `outlet-${id}`, published, lang, paragraphs });

function analyse(accounts: StoryAccountInput[]): StoryFindings {
  const inputs = new Map<string, AccountInput>(accounts.map((a) => [a.id, { id: a.id, paragraphs: [...a.paragraphs], ...(a.lang ? { lang: a.lang } : {}) }]));
  const context = buildStoryContext([...inputs.values()]);
  const memo = new Map<string, Comparison>();
  return analyseStory(accounts, (a, b) => {
    let c = memo.get(`${a}/${b}`);
    if (!c) memo.set(`${a}/${b}`, (c = compareAccounts(inputs.get(a)!, inputs.get(b)!, context)));
    return c;
  });
}

describe('passage clusters read each member in its own language', () => {
  // Three wordings of one Russian sentence. In content words (Russian stems, Russian stopwords left
  // out) b's carries both details, "закрытые" and "торговой", and a's and c's one each, so b's is
  // the medoid. Read as English, the function words "при этом уже" that a and c add count as
  // content and pull the reference to a.
  const tail = 'Стороны договорились встретиться снова весной в Токио.';
  const accounts = [
    account('a', '2027-03-02', 'ru', ['Министр иностранных дел при этом уже провёл закрытые переговоры с делегацией Японии в Женеве во вторник.', tail]),
    account('b', '2027-03-03', 'ru', ['Министр иностранных дел провёл закрытые переговоры с торговой делегацией Японии в Женеве во вторник.', tail]),
    account('c', '2027-03-04', 'ru', ['Министр иностранных дел при этом уже провёл переговоры с торговой делегацией Японии в Женеве во вторник.', tail]),
  ];

  it('takes as reference the wording that shares most content with the others', () => {
    const [first, second] = analyse(accounts).clusters;
    expect(first!.members.map((m) => m.version)).toEqual(['a', 'b', 'c']);
    expect(first!.reference).toBe('b');
    expect(first!.members.map((m) => m.wording)).toEqual(['reworded', 'reference', 'reworded']);
    // Control: where every wording is the same, the earliest account is the reference.
    expect(second!.reference).toBe('a');
  });
});

describe('a cluster member is graded in its reference’s language', () => {
  it('calls a Russian wording that changes only case endings the same wording', () => {
    const found = analyse([
      account('a', '2027-03-02', 'ru', ['Делегация Японии прибыла в Женеву для переговоров с министром иностранных дел во вторник.']),
      // Plural for singular, one case ending: an inflection, which Russian rules grade minor.
      account('b', '2027-03-03', 'ru', ['Делегации Японии прибыли в Женеву для переговоров с министром иностранных дел во вторник.']),
      // Control: another verb is a rewording in any language.
      account('c', '2027-03-04', 'ru', ['Делегация Японии приехала в Женеву для переговоров с министром иностранных дел во вторник.']),
    ]).clusters;
    expect(found).toHaveLength(1);
    expect(found[0]!.members.map((m) => `${m.version}:${m.wording}`)).toEqual(['a:reference', 'b:same', 'c:reworded']);
  });
});

describe('lineage reads wording only two accounts share in their language', () => {
  // All three carry the agency's opening sentence word for word. Only a and b add the same closing
  // sentence, "Ob es dazu kommt, ist aber noch nicht klar.", which holds one German content word
  // ("klar"): German stopwords make it no wording of their own, English rules eight words of it.
  const agency = 'Die Regierung in Berlin kündigte am Montag neue Gespräche mit den Gewerkschaften über die Löhne im öffentlichen Dienst an.';
  const close = 'Ob es dazu kommt, ist aber noch nicht klar.';
  const accounts = [
    account('a', '2027-05-03', 'de', [agency, 'Die Verhandlungen sollen noch vor dem Sommer beginnen.', close]),
    account('b', '2027-05-04', 'de', [agency, 'Beide Seiten wollen sich bis Juni auf einen Termin einigen.', close]),
    account('c', '2027-05-04', 'de', [agency, 'Die Gewerkschaften hatten zuvor mit Warnstreiks gedroht.']),
  ];

  it('finds no exclusive wording in a shared sentence of function words', () => {
    const edges = analyse(accounts).lineage;
    const ab = edges.find((e) => [e.from, e.to].sort().join('/') === 'a/b')!;
    expect(ab).toBeDefined();
    expect(ab.signals.exclusiveWords).toBe(0);
    expect(ab.signals.exclusiveExample).toBe('');
    expect(ab.reasons).toContain('no-exclusive-wording');
  });

  it('control: a shared sentence with German content words is exclusive wording', () => {
    const shared = 'Die Arbeitgeber nannten die Forderungen der Gewerkschaften unbezahlbar und überzogen.';
    const edges = analyse(accounts.map((a) => (a.id === 'c' ? a : { ...a, paragraphs: [...a.paragraphs.slice(0, 2), shared] }))).lineage;
    const ab = edges.find((e) => [e.from, e.to].sort().join('/') === 'a/b')!;
    expect(ab.signals.exclusiveWords).toBeGreaterThanOrEqual(8);
  });
});

describe('word choices read each side in its account’s language', () => {
  const sentence = (verb: string, however: string) =>
    `Der Bürgermeister ${verb} am Montag vor dem Stadtrat, die Hilfen seien ${however} erst im Herbst zu erwarten.`;
  const later = 'Der Rat will am Freitag über Soforthilfen für die betroffenen Familien entscheiden.';

  it('lists a German choice of verb, not a swap of German function words (jedoch / allerdings)', () => {
    const found = analyse([
      account('a', '2027-07-12', 'de', [sentence('erklärte', 'jedoch'), later]),
      account('b', '2027-07-12', 'de', [sentence('betonte', 'allerdings'), later]),
    ]).wordChoices;
    // Read as English, "jedoch" and "allerdings" are content words, and a second entry appears.
    expect(found.map((w) => `${w.forms[0].text} / ${w.forms[1].text}`)).toEqual(['betonte / erklärte']);
  });

  it('groups Russian verb forms by their Russian stems (заявил, заявила / сообщил)', () => {
    const said = (verb: string) => `Представитель министерства ${verb} журналистам, что переговоры продолжатся в среду в Женеве.`;
    const found = analyse([
      account('a', '2027-03-02', 'ru', [said('заявил')]),
      account('b', '2027-03-03', 'ru', [said('сообщил')]),
      account('c', '2027-03-04', 'ru', [said('заявила')]),
    ]).wordChoices;
    // Read as English, "заявил" / "сообщил" and "сообщил" / "заявила" are two entries.
    expect(found).toHaveLength(1);
    expect(found[0]!.count).toBe(2);
    expect(found[0]!.forms.map((f) => f.versions.join(','))).toEqual(['a,c', 'b']);
  });

  it('leaves out a Russian preposition swap (в / на): grammar, not a choice of words', () => {
    const found = analyse([
      account('a', '2027-03-02', 'ru', ['Колонна грузовиков с гуманитарной помощью остановилась в границе области утром в четверг.']),
      account('b', '2027-03-03', 'ru', ['Колонна грузовиков с гуманитарной помощью остановилась на границе области утром в четверг.']),
    ]).wordChoices;
    expect(found).toEqual([]);
  });
});
