/**
 * People in an article: learning names with their roles ("Police spokesman X", "X, the
 * firm's lawyer,"), merging mentions by surname, and finding a person in a span by name or role.
 */
import { alternation, escapeRe, lexicon } from './lexicon.ts';
import { allMatches } from '../all-matches.ts';
import { tokenize, type Token } from '../nlp/tokens.ts';
import type { Person, SpeakerContext } from './context.ts';
import { outletMentions } from './outlets.ts';
import { NAME_PARTICLE_WORD } from './name-particles.ts';

const TITLE_AT_START = new RegExp(`^(?:${alternation(lexicon.titles)})(?![\\p{L}])`, 'iu');
export const NAME_WORD = /^\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*$/u;
const STOP_NAME = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|(?:I|It|He|She|They|We|You)[’'](?:m|s|d|ll|re|ve)|His|Her|Their|In|On|At|As|If|But|And|Or|After|Before|During|While|Despite|Meanwhile|However|According|Several|Some|Many|Most|Few|Other|Others|All|Both|Each|Every|Our|Your|My|Its|One|Two|Three|Four|Five|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isNameToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'VERB') return false;
  if (!NAME_WORD.test(t.text) || STOP_NAME.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  if (lexicon.titleWords.has(lower) || lexicon.honorifics.has(lower) || lexicon.outletHeads.has(t.text) || lexicon.orgNouns.has(lower)) return false;
  return true;
}

/** Words of a role or title that say a person is a woman, or a man ("spokeswoman", "Mr"). */
const WOMAN = /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|policewoman|mother|daughter|wife|sister|grandmother|aunt|niece|widow|queen|princess|actress|mrs|ms|miss|madam|dame|lady)\b/i;
const MAN = /\b(?:spokesman|chairman|congressman|councilman|businessman|policeman|father|son|husband|brother|grandfather|uncle|nephew|widower|king|prince|actor|mr|sir|lord)\b/i;

/**
 * Can "he" or "she" (any case, or "his", "her", "him") be this person, as far as the article
 * says? Not "he" for a spokeswoman: "He tested negative for alcohol" after a quote of
 * "spokeswoman Ilse Brandauer" is about someone else. Unknown (no such word): yes.
 */
export function pronounFits(pronoun: string, person: Person): boolean {
  const said = `${person.role ?? ''} ${person.name}`;
  const p = pronoun.toLowerCase();
  // ("Pennant Travel has said … that he had taken a break": a company is no "he".)
  if (namesBody(person) && /^(?:he|his|him|she|her|hers)$/.test(p)) return false;
  // Once the article has called them "she" (or "he"), the other pronoun is someone else.
  if (person.pronoun) return (p === 'he' || p === 'his' || p === 'him') ? person.pronoun === 'he' : p === 'she' || p === 'her' || p === 'hers' ? person.pronoun === 'she' : true;
  if (p === 'he' || p === 'his' || p === 'him') return !WOMAN.test(said);
  if (p === 'she' || p === 'her' || p === 'hers') return !MAN.test(said);
  return true;
}

/** The key a person is known by: the last word of the name, lower case, without a possessive. */
export const surnameOf = (name: string): string => (name.split(/\s+/).pop() ?? name).toLowerCase().replace(/[’']s$/, '');

/** The given names of a full name ("Carmen" of "Carmen Velasquez", "Tobias" of "Tobias van der Berg"), '' for a surname alone. */
const givenOf = (name: string): string => {
  const words = name.split(/\s+/).slice(0, -1);
  // (Capitalised too, at a sentence's start: "Van der Berg, 55, has been …".)
  while (words.length > 0 && NAME_PARTICLE_WORD.test(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
};

/** Letters after a name that are no part of it: "Margaret de Vries KC", "Sir John Smith MP". */
const POSTNOMINAL = /\s+(?:KC|QC|SC|MP|MEP|MSP|MS|MLA|AM|TD|MBE|OBE|CBE|KBE|DBE|PhD|MD|Jr\.?|Sr\.?)$/;

/**
 * Two given names that cannot be one person's: "Carmen" and "Dara" (not "D." and "Dara", nor
 * "Maria" and "Maria Elena").
 */
function otherGiven(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const x = a.split(/\s+/)[0]!.replace(/\.$/, '');
  const y = b.split(/\s+/)[0]!.replace(/\.$/, '');
  return !(x.length === 1 ? y.startsWith(x) : y.length === 1 ? x.startsWith(y) : x === y);
}

/** A title of address alone: "Dr.", "Mr", "Mrs.", "Ms", "Miss". */
const HONORIFIC_ONLY = /^\s*(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s*$/i;

/**
 * Add or merge a person: keeps the longest name and the first role. Mentions merge by surname
 * ("Velasquez" is the Dara Velasquez named before), except a full name with other given names:
 * a mother and daughter, two brothers. The first of a surname keeps the surname as its key, so
 * the surname alone still finds her; the others are keyed by their full names.
 */
/** Ranks and offices as labels abbreviate them ("CH SUPT KERR", "DET INSP HALE", "CLLR HURST"). */
const TITLE_ABBREVIATION = /^(?:Ch|Supt|Insp|Det|Sgt|Capt|Cllr|Rev|Col|Gen|Maj|Lt|Cmdr|Cdr|Pc|Dc|Ds|Di|Dci|Dcs|Acc|Dcc|Hon|Rt)\.?$/i;

/**
 * The person the article knows by this full name: by the whole name, else by the surname unless
 * the given names clash ("Helen Marsh" is not "Ashby Marsh").
 */
export function personNamed(ctx: SpeakerContext, name: string): Person | undefined {
  // ("Mayor Pryce" is Sandra Pryce: a title is no given name.)
  const words = name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '').trim().split(/\s+/);
  while (words.length > 1 && (lexicon.titleWords.has(words[0]!.toLowerCase()) || lexicon.honorifics.has(words[0]!.toLowerCase().replace(/\.$/, '')) || TITLE_ABBREVIATION.test(words[0]!))) words.shift();
  const clean = words.join(' ');
  const namesake = ctx.persons.get(clean.toLowerCase());
  if (namesake) return namesake;
  const found = ctx.persons.get(surnameOf(clean));
  return found && !otherGiven(givenOf(found.name), givenOf(clean)) ? found : undefined;
}

export function registerPerson(ctx: SpeakerContext, name: string, givenRole: string | null): Person {
  // "Dr." or "Mr." says how to address someone, not what they do: no role.
  const role = givenRole !== null && HONORIFIC_ONLY.test(givenRole) ? null : givenRole;
  // ("Mr Lyle said …": he, whom a "she" next is not — the title goes, what it tells stays.)
  const title = /^(Mr|Mrs|Ms|Miss)\.?\s/.exec(name)?.[1];
  const pronoun = title === undefined ? undefined : title === 'Mr' ? 'he' : 'she';
  const clean = name.replace(/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+/, '').replace(/[’']s$/, '').trim().replace(POSTNOMINAL, '');
  const told = (p: Person): Person => {
    if (pronoun) p.pronoun ??= pronoun;
    return p;
  };
  const key = surnameOf(clean);
  const full = clean.toLowerCase();
  const namesake = ctx.persons.get(full);
  if (namesake && full !== key) {
    namesake.role ??= role;
    return told(namesake);
  }
  const found = ctx.persons.get(key);
  if (found && otherGiven(givenOf(found.name), givenOf(clean))) {
    const p: Person = { name: clean, role };
    ctx.persons.set(full, p);
    return told(p);
  }
  if (found) {
    if (clean.split(/\s+/).length > found.name.split(/\s+/).length && clean.endsWith(found.name.split(/\s+/).pop() ?? '')) found.name = clean;
    found.role ??= role;
    return told(found);
  }
  const p: Person = { name: clean, role };
  ctx.persons.set(key, p);
  return told(p);
}

const POSSESSIVE_S = /[’']s/;

/** Fix names glued to the next word by bad extraction ("Jon MeyerSmith’s lawyer"). */
export function unglue(text: string): string {
  // Only a possessive can be glued on: most texts have none, and the pattern is costly.
  if (!POSSESSIVE_S.test(text)) return text;
  return text.replace(/(\p{Ll})(\p{Lu}\p{Ll}+[’']s\b)/gu, '$1, $2');
}

const TITLE_AT_END = new RegExp(`(?:^|[^\\p{L}])(${alternation(lexicon.titles)})$`, 'iu');
const MODIFIER = /^(?:\p{Lu}[\p{L}.’'-]*|former|deputy|acting|interim|senior|then|’s|'s)$/u;

/** Role words right before the name at token `nameStart`: modifiers + title ("Police spokesman"). */
function roleBefore(text: string, tokens: readonly Token[], nameStart: number): string | null {
  const before = text.slice(0, tokens[nameStart]!.start).replace(/\s+$/, '');
  const m = TITLE_AT_END.exec(before);
  if (!m) return null;
  let start = before.length - m[1]!.length;
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  for (let kept = 0; k >= 0 && kept < 4; k--, kept++) {
    const t = tokens[k]!;
    if (!MODIFIER.test(t.text) || STOP_NAME.test(t.text) || t.pos === 'PUNCT' || t.pos === 'DET') break;
    start = t.start;
  }
  const role = before.slice(start).trim();
  return role === '' ? null : role;
}

/**
 * A title's office and its holder, when the name words from token `i` follow "<title> of" and
 * are three to five ("Mayor of London Sadiq Khan"): the holder is the last two, the office the
 * title with the words before them. Two words ("Mayor of Springfield Quimby") could be either.
 */
function officeHolder(text: string, tokens: readonly Token[], i: number): { name: string; role: string; end: number } | null {
  if (tokens[i - 1]?.text !== 'of' || i < 2) return null;
  let k = i;
  while (k < tokens.length && k - i < 5 && isNameToken(tokens[k]) && (k === i || tokens[k]!.start - tokens[k - 1]!.end === 1)) k++;
  if (k - i < 3 || (isNameToken(tokens[k]) && tokens[k]!.start - tokens[k - 1]!.end === 1)) return null;
  const title = roleBefore(text, tokens, i - 1);
  if (!title) return null;
  return { name: text.slice(tokens[k - 2]!.start, tokens[k - 1]!.end), role: `${title} of ${text.slice(tokens[i]!.start, tokens[k - 3]!.end)}`, end: k };
}

// Capitals stay capitals inside the case-insensitive patterns below (`(?-i:…)`): with the `i`
// flag alone \p{Lu} matches any letter, and "The mayor, who was visiting," read as a name.
const APPOS_NAME = `(?-i:\\p{Lu})[\\p{L}’'-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}’'-]+){1,2}`;
const APPOS_ROLE = `(?:(?:Mr|Mrs|Ms|Dr)\\.|[^,.;“”]){0,40}?(?:${alternation(lexicon.titles)})(?:\\s+(?:of|for|at)\\s+[^,.;“”]{1,40})?`;
/** A title anywhere: both appositive patterns need one (a cheap test before them). */
const ANY_TITLE = new RegExp(`(?:${alternation(lexicon.titles)})`, 'iu');
/** Right after a name: a title in lower case, then a capitalised name (" president Ivo Brandt"). */
const TITLE_THEN_NAME = new RegExp(`^\\s+(?:${alternation(lexicon.titles)})\\s+\\p{Lu}`, 'u');
/** A title (maybe "managing", "acting" …), then a name: what follows a company's name in "Calder Brightwell managing director Simon Reyes". */
const OWNER_OF_TITLE = new RegExp(`^\\s+(?:(?:managing|acting|executive|deputy|interim|senior)\\s+)?(?:${alternation(lexicon.titles)})\\s+\\p{Lu}`, 'u');
/** Built once; scanned through allMatches, which resets their lastIndex on every call. */
const NAME_THEN_ROLE = new RegExp(`(${APPOS_NAME}),\\s+(${APPOS_ROLE}),`, 'giu');
// (Not a clause's conjunction as the role's first word: "…, but its operations director, Karen Doyle, has …".)
const ROLE_THEN_NAME = new RegExp(`(?:^|[,;]\\s+)(?:(?:but|and|or|yet|so|while|though|although)\\s+)?(${APPOS_ROLE}),\\s+(${APPOS_NAME}),`, 'giu');
/** A sentence opening "Name is/has been (the) role", the role ending at a comma, a full stop or "since": group 1 the name, 2 the role. */
const NAME_IS_ROLE = new RegExp(`^(${APPOS_NAME})\\s+(?:is|was|has\\s+been|became)\\s+(?:the\\s+)?((?!a\\s|an\\s)${APPOS_ROLE})(?=\\s*[,.;]|\\s+(?:since|until|from|for)\\b)`, 'giu');

/**
 * After a name word, one to three name particles and a name word ("… van der Berg", "… de
 * Vries"): the index of that name word; else `j`.
 */
function particlesAt(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < j + 3 && NAME_PARTICLE_WORD.test(tokens[k]?.text ?? '') && tokens[k]!.start - tokens[k - 1]!.end === 1) k++;
  return k > j && isNameToken(tokens[k]) && tokens[k]!.start - tokens[k - 1]!.end === 1 ? k : j;
}

/** A hyphen at token `j` glued to the name word before it and to one after it ("Kovač-Duval"). */
function gluedHyphen(tokens: readonly Token[], j: number): boolean {
  const h = tokens[j];
  const next = tokens[j + 1];
  return h?.text === '-' && h.start === tokens[j - 1]!.end && !!next && next.start === h.end && isNameToken(next);
}

/**
 * Is the run of name words tokens[i..j) the end of an organisation's name? "(the Union of) Rail
 * and Transport Workers" ends "X of Y and", and "Rail Safety Investigation Office (RSIO)" is
 * followed by its acronym; "Putin and Donald Trump" is two people.
 */
function inOrganisationName(tokens: readonly Token[], i: number, j: number): boolean {
  const ofAnd = /^(?:and|&)$/.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.text.toLowerCase() === 'of';
  const acronym = tokens[j]?.text === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')';
  return ofAnd || acronym;
}

/**
 * Last words of a place's, a publication's or a company's name, never of a person's: "Tamsin
 * County", "Kestrel Falls", "Precision Assembly Weekly", "Orrin Dynamics", "Ashcombe Crown Court" are
 * nobody a "she" can be. (Only for two capitalised words with no role: "Mayor Ann Falls" is a person.)
 */
const NOT_A_PERSON_END = new RegExp(
  `^(?:county|falls|city|town|river|bay|valley|lake|park|street|road|avenue|square|bridge|station|airport|port|heights|hills|springs|island|islands|weekly|daily|news|times|post|herald|gazette|journal|courier|tribune|review|magazine|press|radio|llc|co|dynamics|laboratories|securities|chemical|consulting|consultants|court|council|service|police|department|ministry|office|committee|commission|authority|agency|university|college|school|hospital|infirmary|clinic|hospice|surgery|centre|center|church|house|manor|estate|gardens|workers|party|union|association|federation|society|league|alliance|coalition|confederation|guild|board|bank|fund|foundation|institute|trust|prison|museum|parliament|tribunal|${lexicon.companyEndings.map((w) => w.toLowerCase()).join('|')})\\.?$`,
  'i',
);

/** Is a "person" the article knows a body by its name ("Pennant Travel", "Ashcombe Crown Court"), with no role making it someone's? */
export function namesBody(person: Person): boolean {
  const words = person.name.trim().split(/\s+/);
  return !person.role && words.length >= 2 && NOT_A_PERSON_END.test(words.at(-1)!);
}

/** Prepositions of place: a name after one is where, not who. */
const PLACE_PREPOSITION = /^(?:in|near|outside|across|throughout|within|around)$/i;

/** Learn people ("Police spokesman Omar Haddad", "Jon Meyer, the firm's lawyer,") and outlets. */
export function learnFromText(ctx: SpeakerContext, raw: string, plainNames = true): void {
  const text = unglue(raw);
  outletMentions(ctx, text);
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i])) continue;
    // "Mayor of London Sadiq Khan", "Minister of Health Anna Berg": after "<title> of" the first
    // capitalised words name the office's place or field, the last two its holder.
    const office = officeHolder(text, tokens, i);
    if (office) {
      registerPerson(ctx, office.name, office.role);
      i = office.end - 1;
      continue;
    }
    // A run of name words, max 3, skipping an honorific before it.
    let j = i;
    let longer = false;
    // (The words of a name are one space apart; the first may follow anything: "issued  River".)
    for (let words = 0; j < tokens.length && words < 3 && isNameToken(tokens[j]) && (j === i || tokens[j]!.start - tokens[j - 1]!.end <= 1); words++) {
      j++;
      // "Jean-Pierre", "Kovač-Duval": the tagger splits a hyphenated name word at its hyphen.
      while (gluedHyphen(tokens, j)) j += 2;
      // "Tobias van der Berg": particles, then the last word of the surname, which ends the name
      // ("Banco de España Central" is no one's).
      const p = particlesAt(tokens, j);
      if (p > j) {
        j = p + 1;
        longer = isNameToken(tokens[j]) && tokens[j]!.start - tokens[j - 1]!.end <= 1;
        break;
      }
    }
    const name = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    const prev = tokens[i - 1];
    const next = tokens[j];
    const isOutletish = outletMentions(ctx, text.slice(tokens[i]!.start, (next?.end ?? text.length) + 1), false).length > 0;
    if (longer || isOutletish || /^(?:the|The)$/.test(prev?.text ?? '') || next?.text === '-' || inOrganisationName(tokens, i, j)) {
      i = Math.max(i, j - 1);
      continue;
    }
    const role = roleBefore(text, tokens, i);
    const hasPropn = tokens.slice(i, j).some((t) => t.pos === 'PROPN');
    // "Ashcombe Crown Court": the run stops short of the word that makes it an institution's name.
    // ("Carradine Coroner's Court": the same, past a possessive.)
    // (And past a plural possessive: "Westmarch & Borders Hauliers' Association".)
    const after = next !== undefined && (/^[’']s$/.test(next.text) || (/^[’']$/.test(next.text) && /s$/i.test(tokens[j - 1]!.text))) ? tokens[j + 1] : next;
    const institution = after !== undefined && after.start - tokens[(after === next ? j : j + 1) - 1]!.end <= 1 && /^\p{Lu}/u.test(after.text) && NOT_A_PERSON_END.test(after.text);
    // ("Head of Building Control" with no name after it: the words after "of" are the office's field, no one.)
    if (role && /\sof$/i.test(role.trim())) {
      i = Math.max(i, j - 1);
      continue;
    }
    // ("the care home in Ashby Marsh": two capitalised words after "in" are a place, not a
    // person, unless something of theirs follows: "in Helen Marsh's view".)
    const placed = !role && PLACE_PREPOSITION.test(prev?.text ?? '') && !/^[’']s$/.test(next?.text ?? '');
    if (placed) {
      i = Math.max(i, j - 1);
      continue;
    }
    if (role && hasPropn) registerPerson(ctx, name, role);
    // ("Calder Brightwell managing director Simon Reyes": a name that a title and a name follow
    // says whose director he is, a company's; it is no person.)
    else if (j - i >= 2 && plainNames && !institution && tokens.slice(i, j).every((t) => t.pos === 'PROPN' || t.text === '-' || NAME_PARTICLE_WORD.test(t.text)) && !NOT_A_PERSON_END.test(tokens[j - 1]!.text) && !OWNER_OF_TITLE.test(text.slice(tokens[j - 1]!.end))) registerPerson(ctx, name, null);
    i = Math.max(i, j - 1);
  }
  // "Catriona Marwick has been chief executive of Sollan Ferries since 2021": a role stated.
  if (/\s(?:is|was|has\s+been|became)\s/.test(text) && ANY_TITLE.test(text)) {
    for (const m of allMatches(NAME_IS_ROLE, text)) {
      if (!TITLE_AT_START.test(m[1]!)) registerPerson(ctx, m[1]!, m[2]!.trim());
    }
  }
  // A list of who attended, each with a role in brackets: "Officers: Dr Neil Fairbairn (Chief
  // Executive), Martin Pike (Head of Building Control)." — for a later "The Chief Executive said".
  if (text.includes('(') && ANY_TITLE.test(text)) {
    for (const m of allMatches(NAME_PAREN_ROLE, text)) {
      if (!ANY_TITLE.test(m[2]!)) continue;
      const p = registerPerson(ctx, m[1]!, m[2]!.trim());
      // ("Councillor Priya Nandra (Chair)": the office in brackets says more than the honorific.)
      if (p.role && /^(?:councillor|cllr)\.?$/i.test(p.role)) p.role = m[2]!.trim();
    }
  }
  // Appositives: "Name, role," and "role, Name,". Both need two commas; most sentences have
  // fewer, and these are the costliest patterns of the stage.
  const comma = text.indexOf(',');
  if (comma < 0 || text.indexOf(',', comma + 1) < 0 || !ANY_TITLE.test(text)) return;
  for (const m of allMatches(NAME_THEN_ROLE, text)) {
    // ("Tidewave Events, the organiser, …": a body's name with what it is, no person.)
    if (!TITLE_AT_START.test(m[1]!) && !bodyName(m[1]!)) registerPerson(ctx, m[1]!, m[2]!.trim().replace(/^(?:the|a|an|its|their)\s+/i, ''));
  }
  for (const m of allMatches(ROLE_THEN_NAME, text)) {
    // (A presenter's introduction is no part of the role: "Joining me is the club's director of
    // football, Lena Hartigan"; nor is a transcript's label or a clause: "PRESENTER: We asked the
    // returning officer, Margaret Ondrejka, to join us" gives her no role.)
    const role = m[1]!.trim().replace(INTRODUCED, '');
    if (/:/.test(role) || CLAUSE_OPENING.test(role)) continue;
    // ("Kettering also welcomed an offer by the Minister for Ports, Fiona Ashdown, to …": a clause
    // before the name, whose last words only are her office.)
    if (role.split(/\s+/).length > 5 && tokenize(role).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/i.test(t.text))) continue;
    if (/[’']s\b|\b(?:the|a|an|its|his|her)\b/i.test(role)) registerPerson(ctx, m[2]!, role.replace(/^(?:the|a|an|her|his|their|its)\s+/i, ''));
  }
}

/** A name whose last word says it is a body's ("Tidewave Events", "Harlow Group"), not a person's. */
const bodyName = (name: string): boolean => lexicon.orgNouns.has((name.trim().split(/\s+/).pop() ?? '').toLowerCase());

/** A full name (after an honorific, if any) and a role in brackets. Groups: 1 the name, 2 the role. */
/** (Names in capitals are a transcript's labels, read there; nor is "(CFO):" a list's role.) */
const NAME_PAREN_ROLE = /(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Prof|Sir|Dame|Captain|Capt|Supt|Insp|Det|Sgt|Rev|Lord|Lady)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*){1,2})\s+\(([^()]{3,60})\)(?!\s*:)/gu;

/** A subject pronoun, then a word: a clause, not a role ("We asked the returning officer"). */
const CLAUSE_OPENING = /^(?:we|i|you|they|he|she|it)\s+\p{L}/iu;

/** A presenter introducing a guest: "Joining me is", "Also with me now is", "I'm joined by". */
const INTRODUCED = /^(?:(?:also\s+)?(?:joining|with)\s+(?:me|us)(?:\s+(?:now|tonight|today|here|in\s+the\s+studio))?\s+(?:is|are)|(?:i[’']m|we[’']re|i\s+am|we\s+are)\s+joined\s+(?:now\s+)?by)\s+/i;

const surnameRes = new Map<string, RegExp>();
const ASCII_NAME = /^[\x20-\x7e]+$/;

/** `(?<!letter)surname(?!letter)('s)?`, case-insensitive: for what surnameHits cannot take by indexOf. */
function surnameRe(surname: string): RegExp {
  let re = surnameRes.get(surname);
  if (!re) {
    // (Nor half of a double-barrelled name: "Bessant" of "Karen Bessant-Lyle".)
    re = new RegExp(`(?<!\\p{L}-?)${escapeRe(surname)}(?!\\p{L}|-\\p{L})([’']s\\b)?`, 'giu');
    if (surnameRes.size >= 10_000) surnameRes.clear();
    surnameRes.set(surname, re);
  }
  return re;
}

/** Word characters of `\b` in a case-insensitive Unicode regex (ASCII ones, plus ſ and K). */
const WORD_CHAR = /[\w\u017f\u212a]/u;
// A letter may take two code units: the regex reads the code point at either side of index i.
const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;
const letterBefore = (s: string, i: number): boolean => LETTER_AT_END.test(s.slice(Math.max(0, i - 2), i));
const letterAt = (s: string, i: number): boolean => LETTER_AT_START.test(s.slice(i, i + 2));

/**
 * The matches of surnameRe(surname) in `span`, as [index, possessive] pairs, found with indexOf
 * in the lower-cased span: the same matches for a lower-case printable-ASCII surname when
 * lower-casing keeps the span's length (so indexes agree) and the span has no "ſ" (which the
 * regex folds to "s"). A regex with \p{L} is costly to compile, and every article brings new
 * surnames: compiling them was most of what finding people cost (≈ 10% of analysing an article).
 * Other surnames (and spans) go through the regex.
 */
function* surnameHits(surname: string, span: string, lower: string): Generator<[number, boolean]> {
  if (lower.length !== span.length || span.includes('\u017f') || !ASCII_NAME.test(surname) || surname !== surname.toLowerCase()) {
    const re = surnameRe(surname);
    re.lastIndex = 0;
    // A failed test is cheaper than matchAll.
    if (!re.test(span)) return;
    re.lastIndex = 0;
    for (const hit of span.matchAll(re)) yield [hit.index, !!hit[1]];
    return;
  }
  for (let at = lower.indexOf(surname); at >= 0; ) {
    const end = at + surname.length;
    if (letterBefore(span, at) || letterAt(span, end) || (span[end] === '-' && letterAt(span, end + 1)) || (span[at - 1] === '-' && letterBefore(span, at - 1))) {
      at = lower.indexOf(surname, at + 1);
      continue;
    }
    const q = span[end];
    const possessive = (q === '’' || q === "'") && lower[end + 1] === 's' && !(end + 2 < span.length && WORD_CHAR.test(span[end + 2]!));
    yield [at, possessive];
    at = lower.indexOf(surname, end + (possessive ? 2 : 0));
  }
}

/**
 * The registered person named in `span`: the first mention that is not a possessor
 * ("Jon Meyer, Smith’s lawyer" → Jon Meyer). `index` is where the name starts; `possessive`:
 * the only mention is a possessor ("Van der Berg's lawyer").
 */
export function personIn(ctx: SpeakerContext, span: string): { person: Person; index: number; possessive: boolean } | null {
  let best: { person: Person; index: number; possessive: boolean; modifier: boolean; clash: boolean } | null = null;
  const lower = span.toLowerCase();
  for (const [key, person] of ctx.persons) {
    // A namesake is keyed by the full name (registerPerson); everyone else by the surname.
    const surname = key.includes(' ') ? surnameOf(person.name) : key;
    for (const [at, possessive] of surnameHits(surname, span, lower)) {
      let index = at;
      // Extend back over the given names of the full name ("Omar Haddad").
      const given = person.name.split(/\s+/).slice(0, -1);
      for (let g = given.length - 1; g >= 0; g--) {
        const w = given[g]!;
        const lead = span.slice(0, index).replace(/\s+$/, '');
        if (!lead.endsWith(w)) break;
        index = lead.length - w.length;
      }
      // "Vellmar president Ivo Brandt": a name that a title and another name follow only says
      // whose president; the person is the one named after the title.
      const modifier = !possessive && TITLE_THEN_NAME.test(span.slice(at + surname.length));
      // Two people of one surname ("Cllr Anita Rowe", "Martin Rowe"): "Mr Rowe" is not the one
      // the article titles otherwise, nor one it has called "she".
      const clash = titleClash(span.slice(0, at), person);
      const better =
        !best ||
        (best.clash && !clash) ||
        (best.clash === clash && ((best.modifier && !modifier) || (best.modifier === modifier && ((best.possessive && !possessive) || (best.possessive === possessive && index < best.index)))));
      if (better) best = { person, index, possessive, modifier, clash };
    }
  }
  return best ? { person: best.person, index: best.index, possessive: best.possessive } : null;
}

/** Does the title right before a surname ("Mr ", "Cllr ") contradict how the article titles or refers to `person`? */
function titleClash(before: string, person: Person): boolean {
  const title = /\b(Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s*$/i.exec(before)?.[1]?.toLowerCase();
  if (!title) return false;
  const own = /^(Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s/i.exec(person.name)?.[1]?.toLowerCase();
  if (own && own !== title && !(/^(?:cllr|councillor)$/.test(own) && /^(?:cllr|councillor)$/.test(title))) return true;
  if (title === 'mr' && person.pronoun === 'she') return true;
  return /^(?:mrs|ms|miss)$/.test(title) && person.pronoun === 'he';
}

export const normRole = (r: string): string =>
  r
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\./g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** "the Police spokesman" → the person whose role is "Police spokesman". */
export function personByRole(ctx: SpeakerContext, span: string): Person | null {
  const r = normRole(span);
  if (r === '') return null;
  let hit: Person | null = null;
  for (const p of ctx.persons.values()) {
    if (!p.role) continue;
    const pr = normRole(p.role);
    if (pr === r || pr.endsWith(` ${r}`)) {
      if (hit && hit !== p) return null; // ambiguous
      hit = p;
    }
  }
  return hit;
}
