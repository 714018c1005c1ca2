/**
 * A denial worded as a plain statement: the accused side says, on record, the opposite of the
 * claim. "No inspection on the Mirov–Ostrenz line has been cancelled or postponed this year,"
 * the operator's spokeswoman said, against the union's "a February inspection of the curve was
 * postponed": no denial verb, no "that is untrue", yet the one contradicts the other. The
 * matcher keeps the two apart (one is negated), so the rule pairs them here.
 *
 * A negated statement by a named speaker disputes a claim of its story that says the same thing
 * without the negation, told by someone else: the same action (a verb's term in common) and all
 * the statement's other words ("The hospital did not pay a ransom" / "The hospital paid a ransom
 * of $1.5 million"; the names one holds, the other holds too). "No X was …" ("No inspection has
 * been postponed", "No ransom was paid") denies any such X: the noun it negates and the action
 * are enough. A negation of a part ("talking about peace and not about confrontation") shares
 * the action but not all the words, and disputes nothing.
 */
import type { Stance } from '../types.ts';
import { storyKeys } from '../matching/stories.ts';
import { nested } from './figures.ts';
import { speakerKey } from './speakers-on-record.ts';
import type { AccountDispute, DenialDispute } from './decide.ts';
import { disputant, label, onRecord, speakerTerms, type SourcedUnits } from './stands-behind.ts';

/** What the rule reads of the claim units, by unit index. */
export interface NegationUnits extends SourcedUnits {
  readonly length: number;
  text(i: number): string;
  terms(i: number): readonly string[];
  predicates(i: number): readonly string[];
  negated(i: number): boolean;
  /** A word's matching term ("inspection" → "w:inspection"). */
  term(word: string): string;
  /** A denial that goes on from the one before it (denial-follow-up.ts): it may be a plain statement. */
  goesOn(i: number): boolean;
}

/** "There is no …", "There were no …", "There has been no …": nothing of the kind exists. */
const EXISTENTIAL = /^there\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:no|not\s+(?:a|one|a\s+single))\s/i;

/**
 * Verbs of receiving, one act in a denial: "He has never taken a bribe" answers "he accepted
 * bribes". Only here: elsewhere "take" is too light a verb to match on ("took place").
 */
const RECEIVE = new Set(['w:accept', 'w:take', 'w:receive', 'w:pocket']);
const act = (t: string): string => (RECEIVE.has(t) ? 'w:accept' : t);

/** A statement about the speaker's own side: "We never told …", "I did not …", "Our staff …". */
const FIRST_PERSON = /^[“"‘']?(?:we|i|our|my)\b/i;

/** "did not … until", "was not … until": when something happened, told with a negator. */
const NOT_UNTIL = /\b(?:not|never|n[’']t)\b.*\buntil\b/i;

/**
 * "We received no warning", "We never received any such request", "There was no letter", "We
 * were never invited to talks": nothing of a kind was sent to the speaker's side. Group 1, 2 or 3:
 * the kind (or the passive's verb).
 */
const RECEIVED_NONE = /\b(?:received|got|had|was\s+given|were\s+given)\s+no\s+(?:such\s+|prior\s+|formal\s+|written\s+)?(\p{L}+)|\bnever\s+(?:received|got|had|saw)\s+(?:any|a|an)\s+(?:such\s+|prior\s+|formal\s+|written\s+)?(\p{L}+)|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:never|not)\s+(?:been\s+)?(invited|warned|consulted|notified|asked|told|instructed|requested|advised)\b/iu;

/**
 * The same with a kind named after a word or two ("We've never had an enforcement notice", "At no
 * point has Cellvance received an enforcement notice from the regulator"). Group 1: the kind.
 */
const RECEIVED_NO_NAMED = /\b(?:never\s+(?:received|got|had|been\s+(?:served|given|sent))|at\s+no\s+(?:point|time)\s+(?:has|have|had|did)\s+[^,.;:]{1,60}?\s+(?:received|got|had|been\s+(?:served|given|sent)|receive|get|have))\s+(?:any|a|an|with\s+(?:any|a|an))\s+(?:[\p{L}-]+\s+){0,2}?(notices?|warnings?|requests?|complaints?|invitations?)\b/iu;

/** Asking someone to do something, as terms: asked, requested, told or advised to, recommended, urged. */
const ASKING: readonly string[] = ['w:ask', 'w:request', 'w:recommend', 'w:urge', 'w:advise', 'w:instruct', 'c:inform'];

/**
 * Is the side (its words) the one asked, not the one asking? Named after a verb of asking ("calls
 * Wyredale District Council to recommend …") or the subject of its passive ("the council was told
 * to do so"): "The council asked residents to move their cars" asked, and was not asked.
 */
export function askedOf(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  // ("The mayor rejects the suggestion that she was told in June" reports the denial, not the telling.)
  if (/\b(?:rejects?|rejected|denies|denied|disputes|disputed)\b/.test(lower)) return false;
  const passive = /\b(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:\p{L}+\s+)?(?:asked|told|instructed|requested|advised|urged|informed|called)\b/u.exec(lower);
  if (passive && words.some((w) => lower.slice(0, passive.index).includes(w))) return true;
  const verb = /\b(?:ask|asks|asked|asking|tell|tells|told|telling|instruct\p{L}*|request\p{L}*|advis\p{L}*|urg\p{L}*|recommend\p{L}*|call|calls|called|calling|inform\p{L}*|spoke\s+to|speaks\s+to)\b/u.exec(lower);
  if (verb === null) return false;
  // (The one asked comes before the "to" of what they were asked: "asked to guard irreplaceable
  // heritage" asks whoever its subject is, not a guarding company.)
  const rest = lower.slice(verb.index + verb[0].length);
  const asked = rest.slice(0, Math.min(...[/\bto\b/.exec(rest)?.index ?? rest.length, 60]));
  return words.some((w) => asked.includes(w));
}

/** What sending each kind is, as terms: a warning received is someone's warning, a request someone's asking. */
const SENT_AS: Readonly<Record<string, readonly string[]>> = {
  warning: ['c:warn'],
  warnings: ['c:warn'],
  request: ['w:ask', 'w:request'],
  requests: ['w:ask', 'w:request'],
  complaint: ['w:complain', 'w:complaint'],
  complaints: ['w:complain', 'w:complaint'],
  invitation: ['w:invite', 'w:invitation'],
  invitations: ['w:invite', 'w:invitation'],
  // "We were never invited to talks", "The committee was never warned": the same, told in the passive.
  invited: ['w:invite', 'w:invitation'],
  warned: ['c:warn'],
  consulted: ['w:consult'],
  notified: ['w:notify'],
  // "We were never asked to deploy the barrier" against "the council was told to do so at 19:05",
  // "Duty officer calls Wyredale District Council to recommend the … barrier is deployed".
  asked: ASKING,
  told: ASKING,
  instructed: ASKING,
  requested: ASKING,
  advised: ASKING,
  // ("We served Cellvance with an enforcement notice": a notice is served, issued or sent; the
  // claim's own noun says which.)
  notice: ['w:notice'],
  notices: ['w:notice'],
};

/** Told of someone's silence: "did not respond to requests for comment", "has not replied to our calls". */
const NO_RESPONSE = /\b(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|had\s+not|have\s+not|failed\s+to)\s+(?:respond|reply|replied|responded|return(?:ed)?)\s+to\s+(?:(?:repeated|several|our|multiple)\s+)?(?:requests?|calls|emails|messages|inquiries|enquiries)\b/i;

/** A clause of when before the statement: "When our crews reached the storage bay, …", "By the time we arrived, …". */
const LEADING_WHEN = /^[“"‘']?(?:when|by\s+the\s+time|after|once|as\s+soon\s+as|on\s+arrival|on\s+arriving)\b[^,;]{3,80},\s*/i;

/**
 * A part of the day or week a negation is told of: "did not fail on Sunday night", "was not seen
 * that morning". Like a leading clause of when, it is no part of what did not happen: the claim
 * it contradicts need not name it ("failed at around 1am").
 */
const TIME_OF_DAY = /\b(?:on|last|that|this|yesterday|overnight|during\s+the|through(?:out)?\s+the|in\s+the|on\s+the)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:night|morning|evening|afternoon|weekend)\b/giu;

/** A text's words, lower case, possessive endings off ("Tidewave's" → tidewave). */
const tokensOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}+(?:[’'-]\p{L}+)*/gu) ?? []).map((w) => w.replace(/[’']s$/, ''));

/** Words of how often something was done: a negation with one denies only that ("counted twice"). */
const HOW_OFTEN = /\b(?:twice|again|more\s+than\s+once|repeatedly|three\s+times)\b/i;
const howOften = (text: string): string | undefined => HOW_OFTEN.exec(text)?.[0].toLowerCase().replace(/\s+/g, ' ');

/** "No inspection …", "No ransom …", "Not a single soldier …": what a universal negation negates is its first noun. */
const NO_SUCH = /^(?:no|not\s+(?:a\s+single|a|one)|none\s+of\s+the)\s+(?:(?:\p{L}+[’']s|\p{Ll}+(?:-\p{Ll}+)?)\s+){0,2}?(\p{Ll}+)\b/u;

/**
 * … unless its verb comes within three words: then the noun is the last of them ("None of the
 * stolen items has yet been recovered" negates items, not "stolen"), and what it negates is all
 * of them ("No payment card details were accessed" denies no exposure of personal details).
 * Group 1: the words; group 2: the noun.
 */
const NO_SUCH_BEFORE_VERB = /^(?:no|not\s+(?:a\s+single|a|one)|none\s+of\s+(?:the|its|our|their))\s+((?:(?:\p{L}+[’']s|\p{Ll}+(?:-\p{Ll}+)?)\s+){0,2}(\p{Ll}+))\s+(?:has|have|had|was|were|is|are|will|would|could|can|did)\b/u;

/** Words of a negated phrase that name nothing of it ("No member of staff", "No aircraft in flight"). */
const PHRASE_GLUE = new Set(['of', 'in', 'on', 'at', 'the', 'a', 'an', 'for', 'from', 'to', 'by', 'with']);

/**
 * Finds the claims a negated statement on record contradicts, and reports each: `dispute(c, d,
 * by)`, claim `c` disputed by the claim `by` of the statement. Only claims `eligible` take part,
 * and only units of one story (`sameStory`). Once per pair of claims.
 */
export function negationDisputes(
  clusters: ReadonlyArray<readonly number[]>,
  units: NegationUnits,
  eligible: (c: number) => boolean,
  sameStory: (i: number, j: number) => boolean,
  dispute: (c: number, d: DenialDispute | AccountDispute, by: number) => void,
): void {
  // The negated statements on record, and the affirmative units, in unit order.
  const negations: Array<{ c: number; i: number }> = [];
  const affirmative: Array<{ c: number; i: number }> = [];
  /** Statements on record that nothing of a kind reached the speaker's side, with what sending it is. */
  const receivedNone: Array<{ c: number; i: number; sent: readonly string[] }> = [];
  /** "X did not respond to requests for comment", told of X by an outlet: X's silence, as the outlet says. */
  const noResponse: Array<{ c: number; i: number }> = [];
  clusters.forEach((members, c) => {
    if (!eligible(c)) return;
    for (const i of members) {
      const stance: Stance = units.stance(i);
      // ("A: No. We received no warning from the union": a denial going on in the first person,
      // and a statement of what never reached the board: of its own kind, below.)
      const none = stance !== 'declines' ? RECEIVED_NONE.exec(units.text(i)) : null;
      const named = stance !== 'declines' ? RECEIVED_NO_NAMED.exec(units.text(i)) : null;
      const sent = none ? SENT_AS[(none[1] ?? none[2] ?? none[3]!).toLowerCase()] : named ? SENT_AS[named[1]!.toLowerCase()] : undefined;
      if (sent && onRecord(units.attribution(i), stance === 'denies' ? 'asserts' : stance)) receivedNone.push({ c, i, sent });
      // ("My client denies every one of these allegations. He has never taken a bribe …": the
      // second sentence goes on from the denial, and is a plain statement of its own too. Not
      // "We never told anyone to boil their water" after "denied that the authority had sent the
      // message": what "we" did not do, the denial before it says.)
      if (stance === 'declines' && NO_RESPONSE.test(units.text(i))) noResponse.push({ c, i });
      if (stance === 'declines' || (stance === 'denies' && !(units.goesOn(i) && !FIRST_PERSON.test(units.text(i))))) continue;
      if (!units.negated(i)) affirmative.push({ c, i });
      // ("Brightbloom did not learn of any result until March 24" says when it learned, not that it never did.)
      else if (NOT_UNTIL.test(units.text(i))) continue;
      else {
        const a = units.attribution(i);
        if (a.kind === 'named' && a.speaker && onRecord(a, stance)) negations.push({ c, i });
      }
    }
  });
  if (negations.length === 0 && receivedNone.length === 0) return;
  // Which affirmative units hold each term a negated statement has: a claim it contradicts holds
  // all its terms, or the noun it negates; a few lists, not every pair of units.
  const wanted = new Set([...negations.flatMap((n) => units.terms(n.i).map(act)), ...receivedNone.flatMap((n) => n.sent)]);
  const holders = new Map<string, Array<{ c: number; i: number }>>();
  for (const u of affirmative) {
    for (const term of units.terms(u.i)) {
      const t = act(term);
      if (!wanted.has(t)) continue;
      const list = holders.get(t);
      // (Once per unit: two verbs of receiving are one act.)
      if (!list) holders.set(t, [u]);
      else if (list[list.length - 1] !== u) list.push(u);
    }
  }
  const done = new Set<string>();
  for (const n of negations) {
    const terms = units.terms(n.i).map(act);
    const own = new Set(terms);
    // What is said not to have happened must be named by a word, not only by people: "Trump did
    // not mention Putin" (among the leaders he spoke to) denies no talk with him. ("taken" is
    // no predicate of the features, being a light verb, but receiving is an act.)
    const verbs = new Set([...units.predicates(n.i).map(act), ...(terms.includes('w:accept') ? ['w:accept'] : [])]);
    // "There is no unpermitted pipe at Hollis Bend" says no such thing exists, with no verb of
    // its own: whatever claim holds all its words but the names ("inspectors had found an
    // unpermitted drainage pipe …") says one does.
    const existential = EXISTENTIAL.test(units.text(n.i));
    // (A capitalised word past the first is part of a name, whatever the tagger made of it: "Bend" of "Hollis Bend".)
    const named = existential ? new Set(units.text(n.i).split(/\s+/).slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => units.term(w.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '')))) : null;
    // ("When our crews reached the storage bay, the sprinkler system there had not activated":
    // the clause of when is no part of what did not happen.)
    const when = LEADING_WHEN.exec(units.text(n.i));
    const times = units.text(n.i).match(TIME_OF_DAY) ?? [];
    // (A term's word, or its stem, among the clause's words: "crew" of "crews", "reach" of "reached".)
    const timing = when || times.length > 0 ? [...(when ? [when[0]] : []), ...times].flatMap(tokensOf).filter((w) => w.length >= 3) : null;
    const stated = timing ? new Set([...own].filter((t) => !timing.some((w) => act(units.term(w)) === t || (t.startsWith('w:') && w.startsWith(t.slice(2)))))) : own;
    const words = named ? new Set(terms.filter((t) => !t.startsWith('e:') && !t.startsWith('p:') && !named.has(t))) : stated;
    if ((verbs.size === 0 && !existential) || !terms.some((t) => !verbs.has(t) && !t.startsWith('e:') && !t.startsWith('p:'))) continue;
    const lower = units.text(n.i).toLowerCase();
    const phrase = existential ? null : NO_SUCH_BEFORE_VERB.exec(lower);
    const noun = existential ? undefined : phrase ? phrase[2] : NO_SUCH.exec(lower)?.[1];
    const negated = noun ? units.term(noun) : undefined;
    // (All the words of the phrase, when it is one: every one must be the claim's too.)
    const phraseTerms = phrase ? phrase[1]!.split(/\s+/).filter((w) => !PHRASE_GLUE.has(w)).map((w) => act(units.term(w.replace(/[’']s$/, '')))) : [];
    // How often it says the thing was not done ("twice", "again"): what such a claim must say too.
    const often = howOften(units.text(n.i));
    const speaker = speakerKey(units.attribution(n.i).speaker ?? '');
    // Candidates: the holders of its rarest term (all its terms needed), and of the noun it negates.
    let rarest: Array<{ c: number; i: number }> = [];
    if (words.size >= 2) {
      for (const t of words) {
        const list = holders.get(t) ?? [];
        if (list.length === 0 || rarest.length === 0 || list.length < rarest.length) rarest = list;
        if (list.length === 0) break;
      }
    }
    const candidates = negated !== undefined && own.has(negated) ? [...rarest, ...(holders.get(negated) ?? [])] : rarest;
    const seen = new Set<number>();
    for (const { c, i } of candidates) {
      if (c === n.c || seen.has(i)) continue;
      seen.add(i);
      // Another story's claim is out at once: in a large archive most holders of a common word
      // ("date", "set") are other stories' (and this test is a lookup, the ones below are not).
      if (!sameStory(n.i, i)) continue;
      const other = units.terms(i).map(act);
      // The same action (a verb in common), and all the statement says the claim says too ("The
      // hospital did not pay a ransom" / "The hospital paid a ransom of $1.5 million"), or the
      // statement denies any such thing.
      if (!existential && !units.predicates(i).some((p) => verbs.has(act(p)))) continue;
      const covered = words.size >= 2 && [...words].every((t) => other.includes(t));
      // ("No ballot papers were counted twice" denies counting twice, not the count or a re-check.)
      const anySuch = negated !== undefined && own.has(negated) && other.includes(negated) && phraseTerms.every((t) => other.includes(t)) && (often === undefined || howOften(units.text(i)) === often);
      if (!covered && !anySuch) continue;
      // The same people and places. (For what does not exist, a claim's first word capitalised is
      // no name: "Inspectors had found …".)
      const first = existential ? `e:${/^\p{L}+/u.exec(units.text(i))?.[0]?.toLowerCase() ?? ''}` : '';
      const names = storyKeys(other).filter((t) => t !== first);
      if (!nested(storyKeys(terms), names) || speakerKey(units.attribution(i).speaker ?? '') === speaker) continue;
      const key = `${c},${n.c}`;
      if (done.has(key)) continue;
      done.add(key);
      dispute(c, { ...disputant(units, n.i), how: 'denial' }, n.c);
      // A plain statement of what did not happen ("The alarm never sounded", not a denial of
      // what someone said) is itself contradicted by the claim on record that it did: two accounts.
      const stance = units.stance(n.i);
      if ((stance === 'asserts' || stance === 'reports') && onRecord(units.attribution(i), units.stance(i))) {
        const accounts = { one: { text: units.text(n.i), by: label(units, n.i) }, other: { text: units.text(i), by: label(units, i) } };
        dispute(n.c, { ...disputant(units, i), how: 'account', accounts }, c);
      }
    }
  }
  // "We received no warning from the union" (the board) against "The union had warned the board
  // in May"; "We never received any such request" (the organiser) against "our commander asked
  // Tidewave's event control at 20:50 to close the gate": the claim that it was sent to the
  // speaker's side — one naming that side, by its name or its role's — told by someone else.
  for (const n of receivedNone) {
    // "Contrary to the Courant's report, we received no request for comment" (the company)
    // against the Courant's "the company did not respond to requests for comment".
    if (n.sent.includes('w:request')) {
      const by = speakerKey(units.attribution(n.i).speaker ?? '');
      for (const { c, i } of noResponse) {
        if (c === n.c || units.article(i) === units.article(n.i) || !sameStory(n.i, i) || speakerKey(units.attribution(i).speaker ?? '') !== by) continue;
        const key = `${c},${n.c}`;
        if (done.has(key)) continue;
        done.add(key);
        dispute(c, { ...disputant(units, n.i), how: 'denial' }, n.c);
      }
    }
    const side = new Set(speakerTerms(units.attribution(n.i)));
    if (side.size === 0) continue;
    // (By its words too: a body that publishes is an outlet to the corpus, and its name no term.)
    const words = [...side].filter((t) => t.startsWith('e:')).map((t) => t.slice(2));
    const namesSide = (i: number): boolean => units.terms(i).some((x) => side.has(x)) || tokensOf(units.text(i)).some((w) => words.includes(w));
    const speaker = speakerKey(units.attribution(n.i).speaker ?? '');
    const seen = new Set<number>();
    for (const t of n.sent) {
      for (const { c, i } of holders.get(t) ?? []) {
        if (c === n.c || seen.has(i)) continue;
        seen.add(i);
        if (!sameStory(n.i, i) || !namesSide(i) || speakerKey(units.attribution(i).speaker ?? '') === speaker) continue;
        // (A request is an asking too: "we received no request for comment" is not answered by
        // "museums are being asked to guard irreplaceable heritage".)
        if (n.sent.includes('w:ask') && !askedOf(units.text(i), words)) continue;
        const key = `${c},${n.c}`;
        if (done.has(key)) continue;
        done.add(key);
        dispute(c, { ...disputant(units, n.i), how: 'denial' }, n.c);
      }
    }
  }
}
