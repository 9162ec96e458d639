import { defineLanguage } from './define.ts';
import { snowballStemmer } from './snowball.ts';
import { isoStopwords } from './stopwords.ts';

/*
 * Russian: Snowball's Russian stemmer and stopwords-iso's Russian list. The
 * stemmer removes case, number, gender and verb endings (inflection), so two
 * keys with one stem are inflections of one word. Keys have ё folded into е
 * (normalizeKey strips the diaeresis), as Russian print mostly does anyway.
 */

export const russian = defineLanguage(
  {
    code: 'ru',
    stopwords: isoStopwords('ru'),
    titles: 'г гг т тт им ул д стр рис см тыс млн млрд руб коп проф акад',
    ambiguousAbbreviations: 'янв фев февр мар апр авг сент окт нояб дек др пр',
    attribution: {
      speechVerbs:
        'сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул подчеркнула подчеркнули добавил добавила ' +
        'добавили написал написала написали сообщил сообщила сообщили пояснил пояснила пояснили предупредил предупредила ответил ответила ' +
        'говорит говорят заявляет заявляют',
      speechPhrases: [],
      pronouns: 'он она они мы',
      titleWords: 'президент министр глава премьер пресс-секретарь посол сенатор губернатор мэр король королева папа директор представитель министерство агентство',
      nameJoiners: '',
      possessivePattern: "[’']s",
      leadAdverbsPattern: 'также|затем|позже|снова|ранее',
      clauseWordsPattern: 'что|и|но|а|после|как',
      subjectOpenersPattern: 'и|но|а|как|затем',
      articlesPattern: '(?!)',
    },
    figures: {
      months: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
      // In the accusative, the form a day takes in prose ("в среду", "в пятницу"; four of seven are the nominative too);
      // the nominative opens a dateline, which is furniture (`furniture.weekdays`).
      weekdays: 'воскресенье понедельник вторник среду четверг пятницу субботу',
      numberWords: {
        два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, двадцать: 20, тридцать: 30,
        сто: 100, тысяча: 1000, тысячи: 1000, миллион: 1e6, миллиона: 1e6, миллиард: 1e9, миллиарда: 1e9,
      },
    },
    furniture: {
      months: 'январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]|янв|фев|мар|апр|авг|сент|окт|нояб|дек',
      weekdays: 'пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье',
      clockSuffix: '',
      relativeTime: '\\d+\\s+(?:минут[уы]?|мин|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи])\\s+назад',
      nameJoiners: 'и',
      prompts: '(?:подпишитесь|подписывайтесь)\\b.{0,160}|читайте нас в \\w+.*',
      stampWords: 'опубликовано|обновлено|дата публикации|последнее обновление|изменено',
      controls: 'поделиться|скопировать ссылку|распечатать|подписаться|подписывайтесь на нас(?: в \\w+)?|читать далее|комментарии|\\d+ комментари[йяев]+|рассылка|подпишитесь на рассылку',
      related: 'читайте также|по теме|еще по теме|ещё по теме|самое читаемое|популярное|рекомендуем|другие новости|новости по теме|смотрите также',
      ads: 'реклама|на правах рекламы|партнерский материал|спонсорский материал',
      consent: 'мы используем (?:файлы )?cookies?\\b.*|сайт использует (?:файлы )?cookies?\\b.*|принять|согласен|политика конфиденциальности',
      mediaWords: 'фото|фотография|изображение|видео|источник|иллюстрация',
      creditKinds: 'пресс-служба|архив|соцсети|скриншот',
      creditBy: 'через',
      stubWords: 'заставка|превью|миниатюра',
      video: 'смотреть(?: видео)?|воспроизвести|загрузка(?: видео)?|видео|на весь экран|длительность',
      gallery: 'фотогалерея|галерея|следующее фото|предыдущее фото|далее|назад|закрыть|увеличить|\\d+ фото',
      counterOf: 'из',
      byline: 'автор|текст',
      aiNotice: '(?:этот )?(?:пересказ|текст) (?:создан|сгенерирован)[\\w\\s]{0,10}(?:ии|нейросет\\w*)\\b.*',
      comment: 'комментарий|от редакции|примечание редакции',
      authorBox: 'автор|об авторе',
      mirror: 'также доступен по адресам?|зеркал[оа] сайта',
      captureStamp: 'дата|сохранено|архив',
      publishedStamp: 'дата',
      stampJoiners: 'в|от',
      ordinalSuffix: '',
      authorFollow: 'подписывайтесь на (?:нас|него|неё|ее) в (?:twitter|x|facebook|instagram|telegram|вконтакте)',
      authorBio: '[—-] (?:редактор|корреспондент|обозреватель|журналист|колумнист)',
    },
  },
  {
    stem: snowballStemmer('russian'),
    /** No fold: Cyrillic spellings of names do not vary the way their Latin transliterations do. */
    foldVariants: (key) => key,
    inflectionOnly: () => true,
  },
);
