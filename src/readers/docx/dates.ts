/**
 * What a date picker content control bound to data shows (`w:sdtPr/w:date` with `w:dataBinding`,
 * ECMA-376 Part 1 §17.5.2.7): the bound value, an XML Schema date or dateTime when the control stores
 * its date so (`w:storeMappedDataAs` date or dateTime, §17.18.85), written through the control's
 * display format (`w:dateFormat`, §17.5.2.8) in the language its `w:lid` names (§17.5.2.18).
 *
 * The format is Word's picture of a date: `d` `dd` (day), `ddd` `dddd` (short and long day name),
 * `M` `MM` (month), `MMM` `MMMM` (short and long month name), `yy` `yyyy` (year), text in single quotes
 * taken as it is (two quote marks together are not read), any other character that is not a letter as it stands. Names are English and French
 * (Windows' forms: "janv.", "lun."). Anything else (a time, an era, another calendar, names in another
 * language) is not done: the control's saved text stands, and the reader says so.
 */

/** What a bound date control shows: its text, or why vo-lines cannot tell. */
export type DateShown = { text: string } | { unread: 'date-format' | 'date-language' | 'date-value' };

export interface DateControl {
  /** `w:dateFormat` (Word's default when absent: the short date of the language, which vo-lines does not know). */
  format?: string;
  /** `w:lid`: the language of the names. */
  lid?: string;
  /** `w:storeMappedDataAs`: `text` (the default: the data holds the text shown), `date` or `dateTime`. */
  mapping?: string;
  /** `w:calendar`: only the Gregorian calendar is done. */
  calendar?: string;
}

const NAMES: Record<string, { months: string[]; shortMonths: string[]; days: string[]; shortDays: string[] }> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  },
  fr: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    shortMonths: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    shortDays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  },
};

/** An XML Schema date or dateTime (a time and a zone may follow the day; the day is the one written). */
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:\d{2})?\s*$/u;
/** Longest format read (Word's formats are a few dozen characters). */
const MAX_FORMAT = 256;

/** The text a bound date control shows for the bound `value`. */
export function dateShown(value: string, control: DateControl): DateShown {
  const mapping = control.mapping ?? 'text';
  const m = ISO_DATE.exec(value);
  if (!m) {
    // Stored as text: the data holds what the control shows. Stored as a date, a value that is none: not known.
    return mapping === 'text' ? { text: value } : { unread: 'date-value' };
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return mapping === 'text' ? { text: value } : { unread: 'date-value' };
  const calendar = control.calendar;
  if (calendar !== undefined && calendar !== 'gregorian' && calendar !== '') return { unread: 'date-format' };
  const format = control.format;
  if (format === undefined || format === '' || format.length > MAX_FORMAT) return { unread: 'date-format' };
  const language = /^\s*([A-Za-z]{2,3})(?:[-_]|\s*$)/u.exec(control.lid ?? '')?.[1]?.toLowerCase();
  const names = language === undefined ? undefined : NAMES[language];
  let out = '';
  for (let k = 0; k < format.length; ) {
    const c = format[k]!;
    if (c === "'") {
      // Quoted text. (How Word writes a quote mark itself is not known here: two quotes together are not read.)
      const end = format.indexOf("'", k + 1);
      if (end < 0 || end === k + 1 || format[end + 1] === "'") return { unread: 'date-format' };
      out += format.slice(k + 1, end);
      k = end + 1;
      continue;
    }
    if (!/\p{L}/u.test(c)) {
      out += c;
      k++;
      continue;
    }
    let n = 1;
    while (format[k + n] === c) n++;
    k += n;
    if (c === 'd' && n <= 4) {
      if (n <= 2) out += n === 2 ? String(day).padStart(2, '0') : String(day);
      else if (!names) return { unread: 'date-language' };
      else out += (n === 3 ? names.shortDays : names.days)[date.getUTCDay()]!;
    } else if (c === 'M' && n <= 4) {
      if (n <= 2) out += n === 2 ? String(month).padStart(2, '0') : String(month);
      else if (!names) return { unread: 'date-language' };
      else out += (n === 3 ? names.shortMonths : names.months)[month - 1]!;
    } else if (c === 'y' && (n === 2 || n === 4)) {
      out += n === 2 ? String(year % 100).padStart(2, '0') : String(year).padStart(4, '0');
    } else {
      // A time (h, H, m, s, am/pm), an era, a letter Word reads otherwise: not done.
      return { unread: 'date-format' };
    }
  }
  return { text: out };
}
