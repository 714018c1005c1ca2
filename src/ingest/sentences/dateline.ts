/**
 * A wire story's dateline: where it was filed, in capitals, before a dash at the start of its
 * first paragraph ("ASHBY CROSS — Fenmore General Hospital paid …", "KYIV, Ukraine (AP) — …",
 * "LONDON (Reuters) - …"). It is furniture, not part of the first claim: left in, every
 * article's lede would start with its city, titles would read "ASHBY CROSS — Hospital paid …",
 * and the city would count as a shared word between unrelated ledes.
 *
 * A live blog's entries open with their time the same way ("09:40 — Maredia's government
 * spokeswoman …", "9:15am BST – …", "08:05 — Recap: the clash began …"): furniture too.
 */

/**
 * One to four words in capitals (a city), an optional ", Region", an optional date (", June 11",
 * ", June 11, 2025"), an optional "(Agency)", then a dash: "LONDON, June 11 (Meridian) - …".
 */
const DATELINE = /^\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]*){0,3}(?:,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*(?:\([\p{L} .&-]+\)\s*)?[—–-]{1,2}\s+(?=\S)/u;

/**
 * A time ("09:40", "9:15am", "10:05 a.m. BST"), a dash, and an entry's label ("Recap:",
 * "Update:"), which a live blog's markup may wrap in a bold tag ("<strong>BREAKING:</strong>").
 * Or a time with no dash before a capital ("10:15 Police have closed …"), or labelled first
 * ("Update 11:03: …", "Update, 11.05: …"). British style writes the hours and minutes with a
 * point, and then always with am or pm ("4.58pm: …"; "4.5 million" is no time).
 */
const TIMESTAMP = /^(?:(?:Update|Updated|Latest),?\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*[ap]\.?m\.?)?|\.[0-5]\d\s*[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT))?(?:\s*[—–-]{1,2}\s+|\s*:\s+|\s+(?=(?-i:\p{Lu})))(?:(?:<(?:b|strong|em|i)>)?(?:Recap|Update|Updated|Breaking|Latest)(?:\s*:\s*<\/(?:b|strong|em|i)>|<\/(?:b|strong|em|i)>\s*:|\s*:)\s+)?(?=\S)/iu;

/**
 * An entry's label with its date or time in brackets: "Update (7 March, 2.15pm): An earlier
 * version of this update said …", "Correction (11:05): …". Furniture like a timestamp: the
 * claim, or the correction, starts after it.
 */
const LABEL_WITH_TIME = /^(?:Update|Updated|Latest|Correction|Clarification)\s*\((?=[^()]*\d)[^()]{1,40}\)\s*:\s+(?=\S)/iu;

/**
 * A wire service's name in a press release's dateline: "/PRNewswire/", "(BUSINESS WIRE)",
 * "/GLOBE NEWSWIRE/". What follows it is the issuer's own statement, not a newsroom's.
 */
export const RELEASE_WIRE = /[/(]\s*(?:PR\s?Newswire|Business\s?Wire|Globe\s?Newswire|EIN\s?Presswire|Accesswire|PRWeb|Newsfile)(?:\s*-\s*PRWeb)?\s*[/)]/iu;

/** A release's dateline: a place and date, the wire, then a dash ("HOLLIS BEND, …, Sept. 17, 2025 /PRNewswire/ -- "). */
const RELEASE_DATELINE = new RegExp(`^[^\\n—–]{0,160}?${RELEASE_WIRE.source}\\s*[—–-]{1,2}\\s+(?=\\S)`, 'iu');

/**
 * Does `text` open with a time and a dash ("10:55 — The last of us get off.")? After a paragraph
 * announcing a list ("Here's how the morning went:"), such lines are a timeline, whose times are
 * what it states, not when an entry was written.
 */
export const opensWithTime = (text: string): boolean => TIMESTAMP.test(text);

/** Length of the dateline or live-blog time `text` starts with (0: none). */
export function datelineLength(text: string, options: { keepTimes?: boolean } = {}): number {
  // (An official update's timeline, "2:40 a.m. – First 911 call …", keeps its times: they are
  // what it states. A live page's entry times only say when the entry was written.)
  const time = options.keepTimes ? null : TIMESTAMP.exec(text);
  if (time) return time[0].length;
  const label = LABEL_WITH_TIME.exec(text);
  if (label) return label[0].length;
  const release = RELEASE_DATELINE.exec(text);
  if (release) return release[0].length;
  const m = DATELINE.exec(text);
  // "US — …" or "I — …" are too short to tell a city from a word in capitals.
  if (!m || m[0].replace(/[^\p{Lu}]/gu, '').length < 3) return 0;
  return m[0].length;
}

/** A list item's bullet: "- ", "• ", "* ", "– ", "· " (a dash alone, before a word). */
const BULLET = /^[-•*–·▪‣◦]\s+(?=\S)/u;

/** Length of the list bullet `text` starts with (0: none). */
export function bulletLength(text: string): number {
  return BULLET.exec(text)?.[0].length ?? 0;
}

/**
 * A numbered list item's number ("1. ", "2) ") or a Q&A explainer's label ("Q: ", "A: "). Unlike
 * a bullet it looks like a sentence of its own to the splitter ("2." would be one, and be
 * underlined and anchored in the article view), so it is cut off before the block is split.
 * So is a minute's or a report's paragraph number ("3.9 The Chair said …", "4.2.1 Members …").
 */
const ITEM_LABEL = /^(?:\d{1,3}[.)]|[QA]:|\d{1,2}(?:\.\d{1,2}){1,2}(?=[ \t]+\p{Lu}))[ \t]+(?=\S)/u;

/** Length of the item number or Q&A label `text` starts with (0: none). */
export function itemLabelLength(text: string): number {
  return ITEM_LABEL.exec(text)?.[0].length ?? 0;
}
