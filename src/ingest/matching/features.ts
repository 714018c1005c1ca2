/**
 * Turns a claim's text into the features matching compares: content words reduced to lemmas,
 * synonyms folded into one concept, places folded into one key, and the people it is about.
 *
 * Why features and not embeddings: no model may be downloaded at run time, and the same claim
 * told by different outlets shares its people, places and a few content words; folding the
 * vocabulary news uses interchangeably (lexicon/concepts.json) closes most of the remaining gap.
 */
import { NAME_PARTICLE_WORD } from '../attribution/name-particles.ts';
import { tokenize as sharedTokenize, type Token } from '../nlp/tokens.ts';
import conceptsJson from '../lexicon/concepts.json' with { type: 'json' };
import placesJson from '../lexicon/places.json' with { type: 'json' };
import honorificsJson from '../lexicon/honorifics.json' with { type: 'json' };
import { lexicon, reportingVerb } from '../attribution/lexicon.ts';
import { isNumberWord } from '../verdicts/figures.ts';

export interface ClaimFeatures {
  /** Distinct terms: `w:<lemma>`, `c:<concept>`, `p:<place>`, `e:<person>`. */
  terms: string[];
  /** People the claim is about (surname keys): claims about different people never merge. */
  participants: string[];
  /** The claim is stated negatively ("did not", "no", "never"): it never merges with its positive. */
  negated: boolean;
  /** The claim speaks of what could or would happen, not of what happened. */
  modal: boolean;
  /** What the claim says happened: its verbs, as concepts or lemmas ("c:call", "w:inform"). */
  predicates: string[];
}

/** Verbs that carry tense or voice, and light verbs ("held a meeting"), not what happened. */
const AUXILIARIES = new Set(['be', 'have', 'do', 'get', 'become', 'seem', 'appear', 'hold', 'make', 'take']);
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'should', 'can', 'shall', 'must']);
/** Calendar words are tagged as proper nouns but name no participant; outlets disagree on them. */
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Prefixes that turn a verb into its opposite's kin: "under-reported", "over-stated". */
const PREFIXES = new Set(['under', 'over']);

/** Verbs that say little until their object does: "bring an end", "make gains", "held a meeting". */
const LIGHT_VERBS = new Set(['bring', 'make', 'hold']);
/** Verbs of being brought to hospital ("taken", "rushed", "airlifted"), and the act they tell, as "hospitalised" is termed. */
const TO_HOSPITAL_VERBS = new Set(['take', 'rush', 'airlift', 'fly', 'bring', 'send', 'admit']);
const HOSPITALISE = 'w:hospitalize';

/** "to hospital" right after the verb at i, or after its object of a few words ("took 14 patients to hospital"). */
function toHospitalAfter(toks: readonly Tok[], i: number): boolean {
  for (let k = i + 1; k <= i + 5 && k + 1 < toks.length; k++) {
    if (toks[k]!.lower === 'to') return /^hospitals?$/.test(toks[k + 1]!.lower);
    if (toks[k]!.pos === 'PUNCT' || toks[k]!.pos === 'VERB') return false;
  }
  return false;
}
/** Verbs that, with "off" or "down" after them, disable something (concept DISABLE). */
const SWITCH_VERBS = new Set(['switch', 'shut', 'turn']);
const SWITCHED_OFF = new Set(['off', 'down']);
const DISABLE = 'disable';
/** Verbs that, with "home" after them, discharge someone from hospital (concept DISCHARGE). */
const HOME_VERBS = new Set(['allow', 'send', 'let']);
const DISCHARGE = 'discharge';
/** What something is "out of" when it does not work: "out of action", "out of service" (concept DISABLE). */
const OUT_OF = new Set(['action', 'service', 'order', 'use', 'commission', 'operation']);
/** The concept of urging, which "call for" and "urge" share (lexicon/concepts.json). */
const URGE = 'urge';

/**
 * The concept of a verb's object noun: the first noun after `from`, past determiners, adjectives,
 * numbers and "for" ("bring an end", "called for a swift resolution"), if it has a concept.
 */
function objectConcept(toks: readonly Tok[], from: number): string | null {
  for (let k = from; k < toks.length && k < from + 4; k++) {
    const t = toks[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === 'for') continue;
    if (t.pos !== 'NOUN') return null;
    return conceptOf.get(t.lower) ?? conceptOf.get(t.lemma) ?? null;
  }
  return null;
}

const POSSESSIVE = /^[’']s$/;

/** Words that negate a claim, as tokens ("n't" is a token of its own). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'no', 'never', 'neither', 'nor', 'none', 'nothing', 'nobody', 'without']);
/** A negator's word pairs that negate nothing: "we will send it, no matter what", "no doubt", "not only … but also". */
const NOT_NEGATING = new Set(['no matter', 'no doubt', 'not only', 'nothing but']);

const conceptOf = new Map<string, string>();
for (const [concept, words] of Object.entries(conceptsJson)) {
  if (concept.startsWith('$')) continue;
  for (const w of words as string[]) conceptOf.set(w, concept);
}

/** A word's matching term, as a claim's features give it: its concept's, if it has one ("soldier" → "c:military"). */
export function wordTerm(word: string): string {
  const concept = conceptOf.get(word);
  return concept ? `c:${concept}` : `w:${word}`;
}

const placeOf = new Map<string, string>();
let longestPlace = 1;
/** First words of the place variants: most tokens start none, and are ruled out by one lookup. */
const placeStarts = new Set<string>();
for (const [key, { variants }] of Object.entries(placesJson.places)) {
  for (const v of variants) {
    placeOf.set(v, key);
    longestPlace = Math.max(longestPlace, v.split(' ').length);
    placeStarts.add(v.split(' ')[0]!);
  }
}
const leaderNouns = new Set(placesJson.leaderNouns);
const honorifics = new Set(honorificsJson.honorifics);

/** Knowledge learned from the whole corpus: who leads which place ("Russian President X"). */
export interface AliasIndex {
  leaderOf: Map<string, string>;
  /** Surname keys that name outlets or agencies, not participants. */
  notParticipants: Set<string>;
  /** Keys seen as people somewhere in the corpus: with a first name or a title before them. */
  persons: Set<string>;
}

interface Tok {
  value: string;
  lower: string;
  lemma: string;
  pos: string;
  stop: boolean;
  word: boolean;
  /** Written right after the token before it, with no space ("under" "-" "reported"). */
  glued: boolean;
}

/** Tokens from the shared, memoised tokenizer: a sentence tagged by attribution is not re-tagged here. */
function tokenize(text: string, tagged: readonly Token[] = sharedTokenize(text)): Tok[] {
  return tagged.map((t, k) => ({
    value: t.text,
    lower: t.text.toLowerCase(),
    lemma: t.lemma.toLowerCase(),
    pos: t.pos,
    stop: t.stop,
    word: t.word,
    glued: k > 0 && t.start === tagged[k - 1]!.end,
  }));
}

/** Longest place variant starting at token i, as [placeKey, tokens consumed]. */
function placeAt(toks: Tok[], i: number): [string, number] | null {
  if (!placeStarts.has(toks[i]!.lower)) return null;
  for (let len = Math.min(longestPlace, toks.length - i); len >= 1; len--) {
    const phrase = toks
      .slice(i, i + len)
      .map((t) => t.lower)
      .join(' ');
    const key = placeOf.get(phrase);
    // "Nobody offered us a hotel": "us" is the speakers, not the US.
    if (key && !(len === 1 && toks[i]!.pos === 'PRON' && toks[i]!.value === toks[i]!.lower)) return [key, len];
  }
  return null;
}

/**
 * Words of quantity the tagger may call a name when they open a sentence ("Less than two tonnes
 * of ammonia escaped", "More than 200 people …"): never a name.
 */
const QUANTITY_WORDS = new Set(['less', 'more', 'fewer', 'most', 'least', 'many', 'few', 'several', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over', 'under', 'up']);

const isName = (t: Tok): boolean => t.pos === 'PROPN' && t.word && !honorifics.has(t.lower) && !QUANTITY_WORDS.has(t.lower);

/** Words opening a clause of when ("when we arrived", "after the system was restored"). */
const TIME_CLAUSE = new Set(['when', 'whenever', 'after', 'before', 'until', 'once', 'while']);

/**
 * Is token `i` inside a clause that says when the claim's event happened, after its main clause
 * ("We were the ninth ambulance in the queue when we arrived")? Its verb is no act the claim
 * tells (a word to match on, still): the queue is what is claimed, not an arrival. (A verb after
 * "when" that opens the text is the claim's own: "When the alarm sounded" heads no sentence here.)
 */
function inTimeClause(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k > 1; k--) {
    const w = toks[k]!;
    if (w.lower === ',' || w.lower === ';') return false;
    // ("until Monday", "after the fire": a preposition's time, no clause of its own.)
    const opens = w.pos === 'SCONJ' || (w.pos === 'ADV' && /^(?:when|whenever|while|once)$/.test(w.lower));
    if (TIME_CLAUSE.has(w.lower) && opens && toks.slice(k + 1, i).some((x) => x.pos === 'PRON' || x.pos === 'DET' || x.pos === 'PROPN' || x.pos === 'NOUN')) return toks.slice(0, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  }
  return false;
}

/** Relative pronouns opening a clause about the noun before them. */
const RELATIVE = new Set(['who', 'which']);

/**
 * Is token `i` inside a relative clause after a main clause that only states what something is
 * ("Brightbloom is aware of 11 reported cases of illness in infants who consumed Gentle Start")?
 * The clause says which infants; its verb is no act the claim tells (a word to match on, still),
 * and "It was aware of 11 reported illnesses" tells the same state. Not in a cleft sentence ("it
 * was Maredian troops who fired first" tells who fired), nor after a main verb of its own
 * ("Brackwater holds 1,400 offers for students who sat the exams"). A clause in the subject, before
 * the main verb, is read by beforeMainVerb.
 */
function inRelativeClause(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 1; k--) {
    const w = toks[k]!;
    if (w.lower === ',' || w.lower === ';' || w.lower === ':') return false;
    if (!RELATIVE.has(w.lower)) continue;
    const noun = toks[k - 1]!;
    if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return false;
    const main = toks.slice(0, k - 1).findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (main === -1) return beforeMainVerb(toks, k, i);
    return main > 0 && toks[main]!.pos === 'AUX' && toks[main]!.lemma === 'be' && !CLEFT_SUBJECTS.has(toks[main - 1]!.lower);
  }
  return false;
}

/** A finite auxiliary, which opens a main clause's verb group after a relative clause: "… were brought home". */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could)$/;

/**
 * Is the verb at i the verb of a relative clause (its pronoun at k) that stands in the subject,
 * before the main clause's own finite verb? "Pupils who had been discharged from hospital were
 * brought home by their families": the discharge says which pupils; "The man who was arrested
 * has been released": the release is the claim's act, the arrest not. Only the relative clause's
 * first verb group, and only when a verb group of the main clause's own (a finite auxiliary, then
 * a verb) comes after it.
 */
function beforeMainVerb(toks: readonly Tok[], k: number, i: number): boolean {
  let end = k + 1;
  while (end < toks.length && (toks[end]!.pos === 'AUX' || toks[end]!.pos === 'ADV' || toks[end]!.pos === 'PART')) end++;
  if (toks[end]?.pos !== 'VERB' || i > end) return false;
  // (A main clause that only states a state — "… is among the plaintiffs" — has no act of its
  // own: the relative clause's verb stays the claim's.)
  for (let j = end + 1; j < toks.length - 1; j++) {
    if (toks[j]!.pos !== 'AUX' || !FINITE_AUX.test(toks[j]!.lower)) continue;
    let v = j + 1;
    while (v < toks.length && (toks[v]!.pos === 'AUX' || toks[v]!.pos === 'ADV' || toks[v]!.pos === 'PART')) v++;
    if (toks[v]?.pos === 'VERB') return true;
  }
  return false;
}

/** "It was … who", "This is … which": a cleft sentence's subject. */
const CLEFT_SUBJECTS = new Set(['it', 'this', 'that']);

/** How many name particles ("van der") start at `i`, if a name follows them; else 0. */
function particlesBeforeName(toks: readonly Tok[], i: number): number {
  let k = i;
  while (k < toks.length && NAME_PARTICLE_WORD.test(toks[k]!.value)) k++;
  return k > i && k < toks.length && isName(toks[k]!) ? k - i : 0;
}

/** "First engine company reports a fire": a verb of saying in -s, which the tagger called a noun, between a noun and its object. */
function saysTaggedNoun(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && !!prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !!next && (next.pos === 'DET' || next.pos === 'NUM') && reportingVerb(t.lower) !== undefined;
}

/** A word without its possessive ending ("Keller’s" → keller). */
const bare = (lower: string): string => lower.replace(/[’']s$/, '');

/**
 * Last words that say what kind of company a name is, not which: "Verano Motors" and "Verano"
 * are one company, "Calder Polymers" and "Calder" another, not two companies called Motors.
 * (The attribution stage reads "Events" and its like as a body's last word too: people.ts.)
 */
const ORG_SUFFIXES = new Set([
  'motors', 'polymers', 'group', 'events', 'productions', 'promotions', 'entertainment', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc', 'company', 'co', 'holdings', 'industries',
  'airlines', 'systems', 'technologies', 'partners', 'capital', 'energy', 'chemicals', 'pharmaceuticals', 'foods', 'coach', 'labs',
  'airways', 'aviation', 'nutrition', 'dynamics', 'power', 'utilities', 'pharma', 'networks', 'solutions', 'logistics', 'telecom',
  'communications', 'insurance', 'therapeutics', 'biosciences', 'laboratories', 'electric', 'steel', 'mining', 'petroleum',
]);

/**
 * Last words that make a name a street's: "Wendle Road" is no place called Road, and no other
 * road; nor is it the river Wendle. Such a name is keyed by both words ("wendle-road").
 */
const STREET_SUFFIXES = new Set(['road', 'street', 'lane', 'avenue', 'way', 'drive', 'close', 'crescent', 'terrace', 'row', 'boulevard', 'place', 'grove', 'parade', 'walk', 'hill', 'rd', 'st', 'ave']);

/**
 * The key of the name toks[i..j]: its last word ("Jane Q. Smith" → smith), the word before a
 * company suffix ("Verano Motors" → verano), or a street's two words ("wendle-road").
 */
function nameKey(toks: readonly Tok[], i: number, j: number): string {
  const last = bare(toks[j]!.lower);
  if (j > i && STREET_SUFFIXES.has(last)) return `${bare(toks[j - 1]!.lower)}-${last}`;
  return j > i && ORG_SUFFIXES.has(last) ? bare(toks[j - 1]!.lower) : last;
}

/** What claimFeatures asks of an AliasIndex: an AliasIndex, or a recorder wrapped around one. */
export interface AliasLookup {
  leaderOf: { get(place: string): string | undefined };
  notParticipants: { has(key: string): boolean };
  persons: { has(key: string): boolean };
}

/**
 * An AliasLookup that answers from `aliases` and notes every question with its answer
 * (`l:place␀leader`, `n:key␀1`, `p:key␀0`, with a NUL as ␀). claimFeatures depends on the corpus only through
 * these answers: features computed once stay valid for as long as every noted answer is the
 * same (aliasAnswersHold), which lets cached features survive a change elsewhere in the corpus.
 */
export function recordingAliases(aliases: AliasLookup, answers: Set<string>): AliasLookup {
  return {
    leaderOf: {
      get(place) {
        const v = aliases.leaderOf.get(place);
        answers.add(`l:${place}\u0000${v ?? ''}`);
        return v;
      },
    },
    notParticipants: {
      has(key) {
        const v = aliases.notParticipants.has(key);
        answers.add(`n:${key}\u0000${v ? 1 : 0}`);
        return v;
      },
    },
    persons: {
      has(key) {
        const v = aliases.persons.has(key);
        answers.add(`p:${key}\u0000${v ? 1 : 0}`);
        return v;
      },
    },
  };
}

/** Does `aliases` still give every answer noted by recordingAliases? */
export function aliasAnswersHold(aliases: AliasLookup, answers: Iterable<string>): boolean {
  for (const a of answers) {
    const eq = a.indexOf('\u0000');
    const key = a.slice(2, eq);
    const want = a.slice(eq + 1);
    const kind = a.charAt(0);
    const got =
      kind === 'l'
        ? (aliases.leaderOf.get(key) ?? '')
        : kind === 'n'
          ? aliases.notParticipants.has(key)
            ? '1'
            : '0'
          : aliases.persons.has(key)
            ? '1'
            : '0';
    if (got !== want) return false;
  }
  return true;
}

/**
 * "May" capitalised after a sentence's first word, or before a day's number, is the month: "was
 * informed on May 30" says nothing of what may be (the tagger may call it a modal verb).
 */
function isMonthMay(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  return t.value === 'May' && (i > 0 || /^\d/.test(toks[i + 1]?.value ?? ''));
}

/** Words before a noun that say whose it is: "our diverted flights", "its four diverted flights". */
const OWNERS = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

/**
 * Is the verb at i a participle describing the noun after it ("customers on diverted flights",
 * "every customer on our diverted flights")? It names which flights, and says nothing was done
 * in the claim: "coaches were laid on for customers on its diverted flights" and "customers on
 * diverted flights were told to make their own way back" tell two acts, not one. (After a
 * subject it is the verb: "They diverted flights to Norbridge".)
 */
function attributive(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  if (gerundBeforeNoun(toks, i)) return true;
  if (t.pos !== 'VERB' || !/(?:ed|en)$/.test(t.lower) || toks[i + 1]?.pos !== 'NOUN' || !prev) return false;
  return prev.pos === 'DET' || prev.pos === 'ADP' || prev.pos === 'NUM' || prev.pos === 'ADJ' || OWNERS.has(prev.lower);
}

/**
 * Is the verb at i a word of -ing naming a kind of the noun after it, after "his", "our" …
 * ("his driving hours", which the tagger reads as a verb where "his legal driving hours" is a
 * noun's)? Not after a preposition ("for driving buses" tells an act), nor after an article,
 * where the tagger's verb is the one other tellings give ("a leaking valve", "had been reported
 * leaking").
 */
function gerundBeforeNoun(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  return t.pos === 'VERB' && /ing$/.test(t.lower) && toks[i + 1]?.pos === 'NOUN' && !!prev && OWNERS.has(prev.lower);
}

/** A verb of doing again the tagger left as written ("re-checked", "rechecked"), and what it told. */
const AGAIN = /^re-?(\p{Ll}{3,}?)(?:ed|ing)$/u;

/** Verbs of asking someone to do something: what they ask for is not done (yet). */
const ASKING = new Set(['ask', 'request', 'order', 'instruct', 'tell', 'beg', 'press', 'direct']);

/**
 * Is the verb at i what someone named after the asking verb was asked to do ("asked event control
 * at 20:50 to close the East Gate")? No act of the claim's: asking to close a gate is not closing it, and the claim must not
 * meet one that the gate was closed by its verb. (Its word still counts as a word.)
 */
function requested(toks: readonly Tok[], i: number): boolean {
  if (toks[i - 1]?.lower !== 'to') return false;
  // (Someone asked, between the verb and "to": "were told to keep quiet" tells what was done to them.)
  for (let k = i - 3; k >= 0 && k >= i - 10; k--) {
    const t = toks[k]!;
    if (t.pos === 'PUNCT' && t.lower !== '’s' && t.lower !== "'s") return false;
    if (t.pos === 'VERB' && ASKING.has(t.lemma)) return true;
  }
  return false;
}

/**
 * A verb's lemma, one for every spelling of doing again: "re-checked" and "rechecked" (which the
 * tagger does not know) are "recheck", as "recounted" is "recount" to it.
 */
function againVerb(t: Tok): string {
  if (t.lemma !== t.lower) return t.lemma;
  const m = AGAIN.exec(t.lower);
  return m ? `re${m[1]!}` : t.lemma;
}

/** Features of one claim text (`tagged`: its tokens, when already known). */
export function claimFeatures(text: string, aliases: AliasLookup, tagged?: readonly Token[]): ClaimFeatures {
  const toks = tokenize(text, tagged);
  const terms = new Set<string>();
  const participants = new Set<string>();
  let negated = false;
  let modal = false;
  const predicates = new Set<string>();
  // Once the claim urges or tells someone something, what follows is the advice: "telling
  // Putin that he should remain circumspect" urged; it is not a claim about what should be.
  let advice = false;
  /** A verb of a clause of when was left out of the predicates (inTimeClause). */
  let timed = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "urged him not to escalate" negates an infinitive, not the claim itself.
    if (NEGATORS.has(t.lower) && toks[i + 1]?.lower !== 'to' && !advice && !NOT_NEGATING.has(`${t.lower} ${toks[i + 1]?.lower ?? ''}`)) negated = true;
    if (MODALS.has(t.lower) && t.pos !== 'PROPN' && !advice && !isMonthMay(toks, i)) modal = true;
    if (t.pos === 'VERB' && (conceptOf.get(t.lower) ?? conceptOf.get(t.lemma)) === URGE) advice = true;
    // "under-reported" is not "reported": the tagger splits the word at its hyphen.
    const rest = PREFIXES.has(t.lower) && toks[i + 1]?.lower === '-' && toks[i + 1]!.glued && toks[i + 2]?.glued ? toks[i + 2]! : null;
    if (rest && rest.word && !rest.stop && (rest.pos === 'VERB' || rest.pos === 'ADJ' || rest.pos === 'NOUN')) {
      const term = `w:${t.lower}-${rest.lemma}`;
      terms.add(term);
      if (rest.pos === 'VERB') predicates.add(term);
      i += 2;
      continue;
    }
    // A possessive ending ("Ukraine’s") is a word to the tagger, and no content to match on.
    if (!t.word || POSSESSIVE.test(t.lower) || isNumberWord(t.lower)) continue;
    const place = placeAt(toks, i);
    if (place) {
      const [key, len] = place;
      // "the Russian leader", "the Kremlin leader" → whoever the corpus says leads that place.
      const next = toks[i + len];
      const leader = next && leaderNouns.has(next.lower) ? aliases.leaderOf.get(key) : undefined;
      if (leader && !(toks[i + len + 1] && isName(toks[i + len + 1]!))) {
        terms.add(`e:${leader}`);
        participants.add(leader);
        i += len;
      } else {
        terms.add(`p:${key}`);
        i += len - 1;
      }
      continue;
    }
    // A lone capitalised word with a concept is that word in a Title Case headline ("Kremlin
    // Denies Ukrainian Territory Held …"), unless the corpus knows someone by that name.
    const titleCased = isName(t) && !(i + 1 < toks.length && isName(toks[i + 1]!)) && conceptOf.has(t.lower) && !aliases.persons.has(t.lower);
    // "Mr van der Berg": the particles belong to the name after them (its key is berg).
    const particles = particlesBeforeName(toks, i);
    if (particles > 0 && (i === 0 || isName(toks[i - 1]!) || honorifics.has(toks[i - 1]!.lower))) {
      i += particles - 1;
      continue;
    }
    if (isName(t) && !CALENDAR.has(t.lower) && !titleCased) {
      // A run of proper nouns is one name, particles and all; its last word is the key ("Jane
      // Q. Smith" → smith, "Tobias van der Berg" → berg).
      let j = i;
      for (;;) {
        const k = j + 1 + particlesBeforeName(toks, j + 1);
        if (k < toks.length && isName(toks[k]!) && !CALENDAR.has(toks[k]!.lower)) j = k;
        else break;
      }
      const key = nameKey(toks, i, j);
      if (!aliases.notParticipants.has(key)) {
        terms.add(`e:${key}`);
        if (aliases.persons.has(key)) participants.add(key);
      }
      i = j;
      continue;
    }
    if (CALENDAR.has(t.lower)) continue;
    // "No deaths have been reported" says there were none, as "There have been no fatalities"
    // does: the passive "reported" with no one reporting is no act of its own.
    if (t.lower === 'reported' && t.pos === 'VERB' && /^(?:been|be|being|is|are|was|were)$/.test(toks[i - 1]?.lower ?? '') && toks[i + 1]?.lower !== 'by') continue;
    // "out of action", "out of service", "out of order": one state, inoperative, whatever the noun.
    if (t.lower === 'out' && toks[i + 1]?.lower === 'of' && OUT_OF.has(toks[i + 2]?.lower ?? '')) {
      terms.add(`c:${DISABLE}`);
      i += 2;
      continue;
    }
    // Concepts first: some of their words ("give", "told") are on the stop-word list.
    let concept = conceptOf.get(t.lower) ?? conceptOf.get(t.lemma);
    // "switched off", "shut down", "turned off": one act of disabling, whatever the verb.
    if (t.pos === 'VERB' && SWITCH_VERBS.has(t.lemma) && SWITCHED_OFF.has(toks[i + 1]?.lower ?? '')) concept = DISABLE;
    // "were allowed home", "was sent home" (from hospital): one act of discharging, as "were discharged" is.
    if (t.pos === 'VERB' && HOME_VERBS.has(t.lemma) && toks[i + 1]?.lower === 'home') concept = DISCHARGE;
    if (t.pos === 'VERB') {
      // "called for a swift resolution" urges; it is no phone call.
      // (A verb: not "Trump’s calls for talks", which the tagger may also call a verb.)
      const prev = toks[i - 1];
      if (t.lemma === 'call' && toks[i + 1]?.lower === 'for' && prev?.pos !== 'DET' && !/^[’']s$/.test(prev?.lower ?? '')) concept = URGE;
      // What a light verb or an urging verb is about is its object: "bring an end to the war"
      // ends it, "make gains" gains, "called for a resolution" asks for one to end it.
      const object = LIGHT_VERBS.has(t.lemma) || concept === URGE ? objectConcept(toks, i + 1) : null;
      if (object) predicates.add(`c:${object}`);
      if (object && LIGHT_VERBS.has(t.lemma)) continue;
      // "were taken to hospital", "was rushed to hospital": being hospitalised, an act ("take" is
      // too light a verb to be one of its own), as "were hospitalised" is.
      // (Not a participle describing someone: "Two of those taken to hospital were in a serious
      // but stable condition" tells their condition; a headline's "Fourteen taken to hospital" is
      // its count's act.)
      const prevPos = toks[i - 1]?.pos;
      const describes = (): boolean => t.lower !== t.lemma && /(?:en|ed)$/.test(t.lower) && prevPos !== 'AUX' && prevPos !== 'ADV' && prevPos !== 'NUM';
      if (TO_HOSPITAL_VERBS.has(t.lemma) && toHospitalAfter(toks, i) && !describes()) {
        terms.add(HOSPITALISE);
        if (!inTimeClause(toks, i)) predicates.add(HOSPITALISE);
      }
    }
    // ("his driving hours": a word of -ing naming a kind of thing is that noun, as "legal driving hours" tags it.)
    const term = concept ? `c:${concept}` : `w:${t.pos === 'VERB' ? (gerundBeforeNoun(toks, i) ? t.lower : againVerb(t)) : t.lemma}`;
    // "athletes coached by Brenholt" names the athletes; the clause's verb is elsewhere.
    const modifier = (t.pos === 'VERB' && toks[i + 1]?.lower === 'by' && (toks[i - 1]?.pos === 'NOUN' || toks[i - 1]?.pos === 'PROPN')) || attributive(toks, i);
    // (A verb of a relative clause after a stated state tells no act of the claim's: see inRelativeClause.)
    if (((t.pos === 'VERB' && !AUXILIARIES.has(t.lemma) && !modifier) || saysTaggedNoun(toks, i)) && !inRelativeClause(toks, i)) {
      if (!inTimeClause(toks, i) && !requested(toks, i)) predicates.add(term);
      else timed = true;
    }
    if (concept) {
      terms.add(term);
      continue;
    }
    if (t.stop || honorifics.has(t.lower) || t.lower.length < 2) continue;
    terms.add(term);
  }
  // ("She would be 30 when it expired": a state, whatever its clause of when tells; no verbless
  // line for "It is Dara Velasquez" to meet.)
  if (timed && predicates.size === 0) predicates.add(STATE_OF_BEING);
  return { terms: [...terms].sort(), participants: [...participants].sort(), negated, modal, predicates: [...predicates].sort() };
}

/** The predicate of a claim whose only verbs say when: it tells a state ("We were the ninth ambulance … when we arrived"). */
const STATE_OF_BEING = 'w:be';

/**
 * Learns "who leads where" from phrases like "<Demonym> President <First> <Last>" across all
 * sentences, so "the Russian leader" can meet the person by name. Most frequent wins; ties
 * break alphabetically so the result does not depend on article order.
 */
export function learnAliases(sentences: Iterable<string>, outletNames: Iterable<string>): AliasIndex {
  const learner = createAliasLearner();
  for (const text of sentences) learner.learn(text);
  return learner.finish(outletNames);
}

/**
 * What one learner saw, in a form that can be stored and added up: the learning is counts and
 * a set, so the facts of every article, absorbed in any order, give the corpus-wide index.
 */
export interface AliasFacts {
  /** [place, person, count]: "<Demonym> <leader noun> <Name>" seen `count` times. */
  leaders: Array<[string, string, number]>;
  /** Keys seen as people. */
  persons: string[];
}

export interface AliasLearner {
  learn(text: string): void;
  /** What this learner has learnt so far (for one article, to store with it). */
  facts(): AliasFacts;
  /** Add what another learner learnt. */
  absorb(facts: AliasFacts): void;
  finish(outletNames: Iterable<string>): AliasIndex;
}

/**
 * The same learning one sentence at a time, so the pipeline can feed each article's sentences
 * right after attribution has tokenised them (the shared tokenizer then answers from memory).
 */
export function createAliasLearner(): AliasLearner {
  const counts = new Map<string, Map<string, number>>();
  const persons = new Set<string>();
  const nameLike = (x: Tok): boolean => isName(x) && !CALENDAR.has(x.lower) && !placeOf.has(x.lower);
  const titled = (x: Tok): boolean => honorifics.has(x.lower) && /^\p{Lu}/u.test(x.value);
  return {
    learn(text: string): void {
      const toks = tokenize(text);
      for (let i = 0; i < toks.length; i++) {
        // "First Last" or "<title> Last": the last name is a person's key.
        const t = toks[i]!;
        const prev = toks[i - 1];
        if (nameLike(t) && prev && (nameLike(prev) || titled(prev))) {
          // "Verano Motors" is a company, not a person called Motors; the "Regional Transit
          // Authority" and the "Supreme Court" are no person called Authority or Court.
          const key = bare(t.lower);
          if (!(toks[i + 1] && isName(toks[i + 1]!)) && !ORG_SUFFIXES.has(key) && !lexicon.orgNouns.has(key)) persons.add(key);
        }
        const place = placeAt(toks, i);
        if (!place) continue;
        const [key, len] = place;
        const noun = toks[i + len];
        if (!noun || !leaderNouns.has(noun.lower)) continue;
        let j = i + len + 1;
        let last: string | null = null;
        while (j < toks.length && isName(toks[j]!)) last = toks[j++]!.lower;
        if (!last) continue;
        const byPerson = counts.get(key) ?? new Map<string, number>();
        byPerson.set(last, (byPerson.get(last) ?? 0) + 1);
        counts.set(key, byPerson);
      }
    },
    facts(): AliasFacts {
      const leaders: Array<[string, string, number]> = [];
      for (const [place, byPerson] of counts) for (const [person, n] of byPerson) leaders.push([place, person, n]);
      return { leaders, persons: [...persons] };
    },
    absorb(facts: AliasFacts): void {
      for (const [place, person, n] of facts.leaders) {
        const byPerson = counts.get(place) ?? new Map<string, number>();
        byPerson.set(person, (byPerson.get(person) ?? 0) + n);
        counts.set(place, byPerson);
      }
      for (const p of facts.persons) persons.add(p);
    },
    finish(outletNames: Iterable<string>): AliasIndex {
      const leaderOf = new Map<string, string>();
      for (const [place, byPerson] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
        const best = [...byPerson].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
        if (best) leaderOf.set(place, best[0]);
      }
      const notParticipants = new Set<string>();
      for (const name of outletNames) {
        for (const w of name.toLowerCase().split(/\s+/)) if (w && w !== 'the') notParticipants.add(w);
      }
      for (const w of notParticipants) persons.delete(w);
      return { leaderOf, notParticipants, persons };
    },
  };
}
