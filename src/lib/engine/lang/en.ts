import type { NameSpelling } from './types.ts';
import { defineLanguage } from './define.ts';
import { snowballStemmer } from './snowball.ts';
import { collapseDoubles, latinNameSpelling } from './fold.ts';

/*
 * English. Stopwords: the project's own short list, not stopwords-iso's
 * 1,300 English entries, which include reporting and content words of news
 * prose ("said", "according", "million", "world", "home") that IDF weighs
 * better than a list can. Stemmer: Porter2 (Snowball).
 */

const STOPWORDS =
  'a about above after again against all am an and any are as at be because been before being below ' +
  'between both but by can could did do does doing down during each few for from further had has have ' +
  'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
  'my myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
  'so some such than that the their theirs them themselves then there these they this those through to ' +
  'too under until up very was we were what when where which while who whom why will with would you your ' +
  "yours yourself yourselves also it's that's there's he's she's we're they're i'm";

/**
 * English inflectional endings (plural, possessive, past, participle, the
 * silent e dropped before them): two keys with one stem whose tails after
 * their common prefix are both among these differ by inflection only.
 */
const INFLECTIONS = new Set(['', 's', 'es', 'ed', 'd', 'ing', "'s", "'", 'e', 'ies', 'ied', 'y']);

/**
 * Words that can state a figure, a date or a time in English news prose (see `Language.factWords`;
 * added for the facts pre-filter): cardinals and ordinals, their multipliers and plural counts
 * ("hundreds"), fractions, and relative dates, parts of the day and units of time that compromise
 * reads as dates ("last week", "Sunday evening", "8 p.m.").
 */
const FACT_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion ' +
  'dozen dozens hundreds thousands millions billions tens score scores couple half quarter third thirds once twice ' +
  'first second fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth thousandth ' +
  'today tonight yesterday tomorrow morning afternoon evening night noon midday midnight dawn dusk overnight weekend ' +
  'spring summer autumn fall winter ago earlier later ' +
  'seconds minute minutes hour hours day days week weeks fortnight month months year years decade decades century centuries ' +
  'am pm gmt utc';

/**
 * An English noun in `-ment` is folded onto its verb for loose matching (`agreement` ~ `agreed`):
 * Porter2 keeps the two apart but already folds `assessment` ~ `assessing`. Only a stem with at least
 * this many letters before the `ment` (`agree`, `settle`): shorter ones are words of their own
 * (`comment`, `element`, `segment`, `moment`) whose remainder is no verb of theirs (`com`, `ele`).
 */
const MENT_MIN_ROOT = 4;

const stem = snowballStemmer('english');

/**
 * Spelling and transliteration variants of names and words written in
 * English: `ks`→`x` before a vowel (Aleksei/Alexei, not plural "talks"),
 * `ph`→`f`, non-initial `y`→`i` (Sergey/Sergei, Dmitry/Dmitri), British
 * `-our`/`-ise` (colour/color, organise/organize), British `-ence` after a
 * consonant for American `-ense` (defence/defense, offences/offenses,
 * licence/license; "science", with a vowel before, is no such pair), doubled
 * letters (travelled/traveled, Gaddafi/Gadafi). Short keys are left alone.
 */
function foldVariants(key: string): string {
  if (key.length < 4) return key;
  return collapseDoubles(
    key
      .replace(/ks(?=[aeiouy])/g, 'x')
      .replace(/ph/g, 'f')
      .replace(/(?<=.)y/g, 'i')
      .replace(/our$/, 'or')
      .replace(/(?<=[^aeiou])ence(s?)$/, 'ense$1')
      .replace(/is(e|ed|es|ing|ation)$/, 'iz$1'),
  );
}

/**
 * Name spellings (Latin transliterations, `latinNameSpelling`): the spelling fold above with `ck`
 * read as `k` (Sergei/Sergey, Aleksei/Alexei, Kiev/Kyiv).
 */
const NAME_SPELLING: NameSpelling = latinNameSpelling((key) => foldVariants(key).replace(/ck/g, 'k'));

export const english = defineLanguage(
  {
    code: 'en',
    stopwords: STOPWORDS,
    titles: 'mr mrs ms dr gen lt col sgt capt sen rep gov prof maj adm cmdr rev hon pres gens sens reps atty supt det insp amb st mt ft no nos vs vol pp fig approx cf',
    ambiguousAbbreviations: 'jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd jr sr etc bros ave dept univ govt est',
    attribution: {
      speechVerbs:
        'said says say told tells added adds stated states noted notes stressed stresses described describes reiterated reiterates warned warns ' +
        'claimed claims argued argues insisted insists declared declares announced announces explained explains wrote writes tweeted tweets ' +
        'asked asks replied replies answered answers confirmed confirms acknowledged acknowledges admitted admits expressed expresses urged urges ' +
        'emphasized emphasised emphasizes emphasises suggested suggests commented comments remarked remarks recalled conceded complained ' +
        'pledged pledges promised promises vowed vows demanded demands denied denies responded responds concluded continued called calls',
      speechPhrases: ['was quoted as saying', 'is quoted as saying', 'were quoted as saying', 'quoted as saying'],
      pronouns: 'he she they it we',
      titleWords:
        'president minister secretary state foreign prime chancellor spokesman spokeswoman spokesperson general gen ambassador senator sen rep ' +
        'governor mayor king queen pope leader chief director official officials critic deputy dr mr mrs ms department council ministry agency ' +
        'news according however',
      nameJoiners: 'of',
      possessivePattern: "[’']s",
      leadAdverbsPattern: 'also|then|later|again|previously|earlier',
      clauseWordsPattern: 'that|and|but|while|after|as',
      subjectOpenersPattern: 'and|but|while|as|then',
      articlesPattern: 'the|a|an',
    },
    figures: {
      months: 'january february march april may june july august september october november december',
      weekdays: 'sunday monday tuesday wednesday thursday friday saturday',
      numberWords: {
        one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
        thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
        thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
        million: 1e6, billion: 1e9, dozen: 12,
      },
    },
    furniture: {
      months: 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
      weekdays: '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?',
      clockSuffix: '[ap]\\.?m\\.?',
      relativeTime: '\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago',
      nameJoiners: 'and|&|de|da|van|von|der|al|el|bin|ibn',
      prompts:
        '(?:sign up|subscribe|register|get|join|want|never miss|don\'t miss|stay (?:informed|up to date))\\b.{0,160}\\b(?:newsletters?|inbox|briefing|alerts)\\b.*|' +
        'follow (?:us|@?[\\w.]+) on (?:twitter|x|facebook|instagram|telegram|threads|bluesky|whatsapp|youtube|tiktok)\\b.*',
      stampWords: 'published|updated|last updated|last modified|posted|first published|modified|update|updated on|published on|posted on',
      controls:
        'share(?: this| on \\w+| via \\w+)?(?: article| story| post| page| link)?|copy link|link copied|tweet|email|e-mail|print|save|bookmark|' +
        'follow(?: us)?(?: on \\w+)?|subscribe(?: now| for free| to \\w+)?|sign up(?: for (?:our|the|free) [\\w\\s]{0,30}newsletters?)?|' +
        '(?:get|join) our [\\w\\s]{0,20}newsletter|newsletter|read more|continue reading|show more|load more|leave a (?:comment|reply)|' +
        '(?:\\d+\\s+)?comments?|view comments|click here\\b.*|listen to (?:this )?(?:article|story)|\\d+ min(?:ute)?s? read|download (?:our|the) app',
      related:
        '(?:related|recommended|suggested|popular|trending|top|latest|more)(?: \\w+)?(?: stories| articles| news| posts| reads| videos| coverage| content| on this story| from \\w+(?: \\w+)?)?|' +
        'you (?:may|might) (?:also )?(?:like|be interested in)|most (?:read|popular|viewed|shared|watched)|read (?:also|next)|see also|also read|' +
        'more (?:on|from|about) (?:this|the) (?:story|topic|author)|editor\'?s? picks?|(?:don\'t|do not) miss|in (?:other|case you missed)[\\w\\s]{0,20}|around the web',
      ads: 'advertisement|advertising|sponsored(?: content)?|ad|promoted|paid (?:content|post)|partner content|story continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|scroll to continue(?: with content)?',
      consent:
        'we use cookies\\b.*|this (?:site|website) uses cookies\\b.*|accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|consent)|cookie (?:settings|policy|preferences)|' +
        'by continuing to (?:use|browse)\\b.*|privacy (?:policy|settings)|do not sell my (?:personal )?info(?:rmation)?',
      mediaWords: 'photo(?:graph)?s?|image|picture|video|footage|illustration|graphic|credit|source|pictured|file photo|image source|image caption|media caption|caption',
      creditKinds: 'handout|pool|file|courtesy(?: of)?|via|supplied|getty images|stringer|staff',
      creditBy: 'by|via',
      stubWords: 'poster|placeholder|thumbnail',
      video: 'watch(?: now| live| video)?|play(?: video)?|pause|replay|mute|unmute|full ?screen|loading(?: video)?|now playing|up next|video (?:unavailable|ad)|duration|this video (?:cannot|can\'t|could not) be played\\b.*',
      gallery: 'gallery|photo gallery|slideshow|next(?: image| photo| slide)?|previous(?: image| photo| slide)?|prev|close|enlarge|expand|view (?:gallery|all|images|photos|slideshow)|open gallery|\\d+ (?:images|photos|pictures)|in pictures',
      counterOf: 'of',
      byline: 'by|written by|reporting by|reported by|words by|story by',
      aiNotice:
        '(?:this )?(?:summary|article|story|text) (?:was |is )?(?:generated|written|created|produced|summari[sz]ed) (?:with the help of |with |using |by )?(?:an )?(?:ai|artificial intelligence)\\b.*|' +
        '(?:ai|ai-generated|automated) summary\\b.*|key points? (?:generated|written) by ai\\b.*|summary by ai\\b.*',
      comment: "comments?|commentary|our comment|reader'?s? comment|editor'?s? (?:comment|note)",
      authorBox: 'author|written by|about the author|reporter|editor',
      mirror: 'can (?:also )?be accessed at|alternat(?:e|ive) (?:address|addresses|domains?|urls?)|mirror sites?',
      captureStamp: 'date|captured|archived|retrieved|scraped|fetched',
      publishedStamp: 'date',
      stampJoiners: 'on|at',
      ordinalSuffix: 'st|nd|rd|th',
      authorFollow: 'follow (?:him|her|them|me|us) on (?:twitter|x|facebook|instagram|mastodon|bluesky|threads|telegram)',
      authorBio: 'is (?:a|an|the)\\b[^.]{0,80}\\b(?:editor|reporter|correspondent|writer|journalist|contributor|columnist|author)\\b',
    },
    factWords: FACT_WORDS,
  },
  {
    stem,
    foldVariants,
    inflectionOnly(a: string, b: string) {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return INFLECTIONS.has(a.slice(i)) && INFLECTIONS.has(b.slice(i));
    },
    names: NAME_SPELLING,
    looseStem: (s) => (s.length - 'ment'.length >= MENT_MIN_ROOT && s.endsWith('ment') ? stem(s.slice(0, -'ment'.length)) : s),
  },
);
