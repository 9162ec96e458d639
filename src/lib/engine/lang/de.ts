import { defineLanguage } from './define.ts';
import { snowballStemmer } from './snowball.ts';
import { isoStopwords } from './stopwords.ts';
import { collapseDoubles, latinNameSpelling } from './fold.ts';

/*
 * German: Snowball's German stemmer and stopwords-iso's German list. German
 * Snowball stems remove inflection (case, number, verb endings), so two keys
 * with one stem are inflections of one word. Keys have lost their umlauts
 * (normalizeKey strips diacritics), so ä ~ a on both sides alike.
 */

/**
 * ß as ss and doubled letters only (Strauß/Strauss): German spells names as its language does
 * (Sergej, Lawrow), consistently per outlet. Its name spellings are compared on this fold
 * (`latinNameSpelling`), not on English's transliteration fold, which would read ß as a letter of its own.
 */
const foldVariants = (key: string) => (key.length < 4 ? key : collapseDoubles(key.replace(/ß/g, 'ss')));

export const german = defineLanguage(
  {
    code: 'de',
    stopwords: isoStopwords('de'),
    // Every noun is capitalized ("die Not", "eine Krise"): case tells no name from a common noun.
    capitalizesNouns: true,
    titles: 'dr prof hr fr nr st bzw vgl ca gen abs art',
    ambiguousAbbreviations: 'jan feb mär apr jun jul aug sep sept okt nov dez usw etc inc gmbh ag',
    attribution: {
      speechVerbs:
        'sagte sagt sagten sagen erklärte erklärt erklärten betonte betont betonten meinte meint warnte warnt schrieb schreibt ' +
        'kritisierte kritisiert forderte fordert versprach verspricht antwortete antwortet bestätigte bestätigt bekräftigte bekräftigt ' +
        'berichtete berichtet fragte fragt mahnte mahnt',
      speechPhrases: ['wurde zitiert mit den worten', 'wird zitiert mit den worten'],
      pronouns: 'er sie es wir',
      titleWords:
        'präsident präsidentin minister ministerin außenminister außenministerin kanzler kanzlerin sprecher sprecherin botschafter ' +
        'botschafterin senator senatorin gouverneur bürgermeister bürgermeisterin könig königin papst chef chefin direktor direktorin ' +
        'dr herr frau ministerium regierung rat agentur laut',
      nameJoiners: 'von der zu',
      possessivePattern: "[’']s",
      leadAdverbsPattern: 'auch|dann|später|erneut|zuvor|bereits',
      clauseWordsPattern: 'dass|und|aber|während|nachdem|als',
      subjectOpenersPattern: 'und|aber|während|als|dann',
      articlesPattern: 'der|die|das|ein|eine',
    },
    figures: {
      months: 'januar februar märz april mai juni juli august september oktober november dezember',
      weekdays: 'sonntag montag dienstag mittwoch donnerstag freitag samstag',
      // "ein"/"eine" are left out: they are the indefinite article far more often than the number.
      numberWords: {
        zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwanzig: 20,
        dreißig: 30, vierzig: 40, fünfzig: 50, hundert: 100, tausend: 1000, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, dutzend: 12,
      },
    },
    furniture: {
      months: 'jan(?:uar)?|jän(?:ner)?|feb(?:ruar)?|mär(?:z)?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?',
      weekdays: '(?:mo|di|mi|do|fr|sa|so)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
      clockSuffix: 'uhr',
      relativeTime: 'vor\\s+\\d+\\s+(?:minuten?|min|stunden?|std|tagen?|wochen?)',
      nameJoiners: 'und|&|von|van|de|der|zu',
      prompts: '(?:melden sie sich|abonnieren sie|jetzt|hier)\\b.{0,160}\\bnewsletter\\b.*|folgen sie uns auf \\w+.*',
      stampWords: 'veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|erstellt|update',
      controls: 'teilen|artikel teilen|link kopieren|drucken|merken|folgen sie uns(?: auf \\w+)?|abonnieren|newsletter(?: abonnieren)?|jetzt anmelden|weiterlesen|mehr lesen|kommentare?|\\d+ kommentare|vorlesen|\\d+ min(?:\\.|uten)? lesezeit',
      related: 'mehr zum thema|das könnte sie auch interessieren|auch interessant|meistgelesen|empfohlene artikel|weitere artikel|lesen sie auch|ähnliche artikel|top-themen|neueste artikel',
      ads: 'anzeige|werbung|gesponsert|sponsored',
      consent: 'wir verwenden cookies\\b.*|diese (?:seite|website) verwendet cookies\\b.*|alle akzeptieren|akzeptieren|ablehnen|einstellungen|datenschutz(?:erklärung)?',
      mediaWords: 'foto|fotos|bild|bilder|video|quelle|bildquelle|bildunterschrift|grafik',
      creditKinds: 'handout|pool|archiv|archivbild|symbolbild|dpa|via',
      creditBy: 'von|via',
      stubWords: 'platzhalter|vorschaubild|vorschau',
      video: 'video abspielen|abspielen|ansehen|jetzt ansehen|video|wird geladen|vollbild|dauer',
      gallery: 'bildergalerie|galerie|bilderstrecke|nächstes bild|vorheriges bild|weiter|zurück|schließen|vergrößern|\\d+ bilder',
      counterOf: 'von',
      byline: 'von|autor|autorin',
      aiNotice: '(?:diese )?zusammenfassung (?:wurde )?(?:mit|von) (?:ki|künstlicher intelligenz)\\b.*|ki-generierte zusammenfassung\\b.*',
      comment: 'kommentar|unser kommentar|anmerkung der redaktion',
      authorBox: 'autor|autorin|über den autor|über die autorin',
      mirror: 'auch erreichbar unter|alternative adressen?',
      captureStamp: 'datum|erfasst|archiviert|abgerufen',
      publishedStamp: 'datum',
      stampJoiners: 'am|um',
      ordinalSuffix: '',
      authorFollow: 'folgen sie (?:ihm|ihr|uns) auf (?:twitter|x|facebook|instagram|mastodon|bluesky|threads|telegram)',
      authorBio: 'ist (?:redakteur|reporter|korrespondent|autor|journalist|kolumnist)(?:in)?\\b',
    },
  },
  {
    stem: snowballStemmer('german'),
    foldVariants,
    inflectionOnly: () => true,
    names: latinNameSpelling(foldVariants),
  },
);
