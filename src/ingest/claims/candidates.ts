/**
 * Check-worthiness: which sentences can carry a claim. Skips questions, pure-label headings,
 * page furniture, very short fragments, commentary without checkable content, and lines of
 * code pasted with an embed.
 */
import { lexicon, patterns, reportingVerb } from '../attribution/lexicon.ts';
import { tokenize, type Token } from '../nlp/tokens.ts';
import { knownWord } from '../nlp/wink.ts';
import { isFurniture } from '../parse/furniture.ts';
import { nounTaggedVerb } from '../attribution/np.ts';
import { introducesGuest } from '../attribution/speakers.ts';
import { isFalsityStatement, pointsBackAtLast } from './denial.ts';

export type SkipReason = 'short' | 'question' | 'label' | 'furniture' | 'commentary' | 'code' | null;

/**
 * A module import or export line, as embed code pasted into a live blog carries
 * ("import Embed from '@runline/social-embed'"): code, not prose. (The page shows it as text
 * wherever it is quoted; it is no claim.)
 */
const CODE_LINE = /^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?["'][^"']+["']|export\s+(?:default|const|let|var|function|class|\{)[^]*?)\s*;?$/u;

const MIN_WORDS = 4;
/** A sentence a quotation mark opens or closes. */
const QUOTED = /^[“"‘']|[.!][”"’']\s*$/;
const POSSESSIVE = /^[’']s$/;

/** Why a sentence is not a claim candidate, or null when it is one. */
/**
 * A question without its mark, as a list of open questions writes it: "Whether Orrin will have
 * to pay back …", "What will happen to the site." (Not "What is not in dispute is that …".)
 */
const WH_QUESTION = /^(?:whether\b|(?:what|how|why|when|where|who|which)\s+(?:will|would|could|can|should|is|are|was|were|do|does|did|has|have|had)\b(?!.*\s(?:is|was|are|were)\s))/i;

/**
 * A list's open question told as a short "how" or "why" clause: "How the attackers got in." (Not
 * "How the attackers got in remains unclear": a clause with a verb of its own after it.)
 */
const WH_FRAGMENT = /^(?:how|why)\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|this|that)\b(?![^.]*\s(?:is|was|are|were|remains?|remained|seems?|appears?|has|have|had|will|would)\s)[^,;:]*\.?$/i;
const WH_FRAGMENT_WORDS = 8;

export function skipReason(sentence: { text: string; kind: 'title' | 'paragraph' | 'subheading' }): SkipReason {
  const text = sentence.text.trim();
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  if (patterns.furniture.test(text) || isFurniture(text) || (sentence.kind === 'paragraph' && SIGNATURE.test(text))) return 'furniture';
  if (CODE_LINE.test(text)) return 'code';
  // "[inaudible] … kids walking to Kelsey school": what the transcript could not make out is no statement.
  if (GARBLED.test(text)) return 'label';
  // "I haven’t seen —": a speaker cut off a few words in (crosstalk) finished no statement.
  // (A longer one may have: "That's not — we booked 260, we have the purchase order —".)
  if (words.length <= CUT_OFF_WORDS && CUT_OFF.test(text)) return 'label';
  // "Spokespeople are available for interview", "Our team is available 24 hours a day on 0300 …": a release's service notes.
  if (AVAILABLE.test(text) && words.length <= 16) return 'furniture';
  if (/\?\s*[”"’)]*\s*$/.test(text) || WH_QUESTION.test(text) || QUOTED_QUESTION.test(text) || ASKED_QUESTION.test(text)) return 'question';
  if (words.length <= WH_FRAGMENT_WORDS && WH_FRAGMENT.test(text)) return 'question';
  // ("“That was incorrect.", "It's false.”": short, but a speaker's denial of what was just told;
  // a writer's own "That is wrong." answers nobody on record.)
  // (Nor "Pryce rejected that.": a denial of what was just told, its speaker named.)
  if (words.length < MIN_WORDS && !(QUOTED.test(text) && pointsBackAtLast(text.replace(/^[“"‘']/, '')) && isFalsityStatement(text)) && !SHORT_REJECTION.test(text)) return 'short';
  // "Dr Helena Crowther spoke to our presenter Tom Hadley on the morning show.": who the next turns are.
  if (introducesGuest(text)) return 'label';
  const heading = sentence.kind !== 'paragraph';
  const hasVerb = tokens.some(
    (t, k) =>
      (t.pos === 'VERB' || t.pos === 'AUX' || (reportingVerb(t.text) !== undefined && /ed$|s$/.test(t.text) && t.pos !== 'NOUN') || pluralSubjectsVerb(tokens, k)) &&
      // In a heading, the word after a possessive heads a noun phrase, whatever the tagger says:
      // "Zelensky’s Stand Against The Concessions" is a section label, not a statement.
      !(heading && POSSESSIVE.test(tokens[k - 1]?.text ?? '')),
  );
  // "AQ3   |   St Aidan’s Primary School   |   1.6 km   |   142": a table's row of names and
  // readings states nothing by itself (a timeline's "19:05 | Duty officer calls the council" does:
  // it has a verb, which a capitalised name's "Moor" is not).
  if (TABLE_ROW.test(text) && !tokens.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text))) return 'label';
  // "Statement on Mill Lane pumping station, Hollinbridge", "Update from the fire service": a
  // heading that names what follows ("pumping" is no verb of it).
  if (heading && LABEL_HEADING.test(text) && !tokens.some((t, k) => k > 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))))) return 'label';
  // "I, Margaret Ondrejka, …, give notice that the number of votes recorded … is as follows:": a list comes next.
  if (!hasVerb || ANNOUNCES_LIST.test(text)) return 'label';
  // "(c) that the clerk write to Sollan Ferries asking for its passenger manifest": a meeting's
  // resolution, a decision and no statement of fact.
  if (RESOLUTION_ITEM.test(text)) return 'commentary';
  // (Past a transcript's label: "PRESENTER: Parents want to know …".)
  if (ASKS_READER.test(text.replace(/^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?:\s*/u, ''))) return 'question';
  if (patterns.commentary.test(text) || (patterns.commentaryEnding.test(text) && !WHILE_ENDING.test(text)) || statesUnknown(text) || SPECULATION.test(text) || OPINION.test(text) || ANSWERED_A_PERSON.test(text) || ASKED_FOR_ANSWER.test(text) || PROGRAMME.test(text) || NEWSROOM_PRINTS.test(text) || BE_CLEAR.test(text) || (words.length <= NEWSROOM_NOTE_WORDS && !/\d/.test(text) && NEWSROOM_CHECKED.test(text)) || STATEMENT_ISSUED.test(text) || PROCEDURE.test(text) || DESERVES.test(text) || (OWN_BELIEF.test(text) && !/\d/.test(text) && !tellsAnEvent(tokens))) return 'commentary';
  return null;
}

/** Three cells or more, set apart by bars. */
const TABLE_ROW = /^[^|]+\|[^|]+\|[^|]+/;

/** A heading that labels what follows: "Statement on …", "Update from …", "Questions and answers about …". */
const LABEL_HEADING = /^(?:(?:our|a|the|joint|full|latest|further|updated|initial|official)\s+)?(?:statements?|updates?|briefing|response|fact\s*sheet|notice|timeline|Q\s*&\s*A|questions\s+and\s+answers)\s+(?:on|from|by|about|regarding|concerning|re:?)\s/i;

/**
 * A signature: a name, a role in capitals and maybe the body ("Adrian Quayle, Site Director,
 * Ellisford Works"), no verb: who signed a statement or letter, not a statement of its own.
 */
const SIGNATURE = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3},\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Director|Chair|Chairman|Chairwoman|Chief\s+Executive|Manager|Officer|Secretary|Spokesperson|Spokesman|Spokeswoman|President|Head|Leader|Founder|Coordinator|Organiser|Organizer|Editor)(?:\s+of\s+[\p{Lu}][^,]*)?(?:,\s+\p{Lu}[\p{L}’'-]*(?:\s+(?:of|and|the|for|\p{Lu}[\p{L}’'-]*)){0,6})?\.?$/u;

/**
 * "I believe the collapse was entirely preventable", "We think the council failed": the speaker's
 * belief, no fact to check — unless it holds a figure ("We believe the true number is closer to
 * 2,000" is a count of theirs to compare) or tells of something done ("We think some postal votes
 * were counted twice": an allegation, hedged).
 */
const OWN_BELIEF = /^[“"‘']?(?:I|we)\s+(?:(?:do|still|firmly|genuinely|honestly|really|personally|strongly)\s+)?(?:believe|think|feel)\s+(?:that\s+)?\S/i;

/** A passive of something done ("were counted", "was left", "had been told"): an event told, not a view. */
function tellsAnEvent(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.pos === 'VERB' && /ed$/i.test(t.text) && /^(?:was|were|been|is|are|be)$/i.test(tokens[k - 1]?.text ?? ''));
}

/**
 * A sentence its writer marks as their opinion: "In my view Corvane has treated the people of
 * Ellisford … with contempt", "It is time ministers listened", "Frankly, the government's promises
 * … are beginning to look hollow", "It is hard not to feel for the families …", "What a night it
 * has been for thousands of travellers."
 */
const OPINION = /^[“"‘']?(?:in\s+(?:my|our)\s+(?:view|opinion|judge?ment)|our\s+(?:view|verdict|take)\s*:|personally|it(?:[’']s|\s+is)\s+(?:high\s+|long\s+|about\s+|now\s+)?time\b|frankly\s*,|it(?:[’']s|\s+is)\s+hard\s+not\s+to\s+(?:feel|sympathi[sz]e|wonder|admire|be)\b|what\s+an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:it|this|that)\s+(?:has\s+been|had\s+been|was|is)\b)/iu;

/** An item of a resolution: "(b) that the harbour master lay a temporary marker …", "RESOLVED: that …". */
const RESOLUTION_ITEM = /^(?:resolved\s*:?\s*(?:\(?[a-z]\)\s+)?|\(?[a-z]\)\s+)that\s+\S/i;

/** A question told of someone: "Cllr Gillies asked why the ferry had been allowed to sail in fog." (Not "did not respond when asked whether …": a refusal.) */
const ASKED_QUESTION = /^[^,;:“”"]{1,60}?(?<!\b(?:when|if|after|once)\s)\basked\s+(?:[\p{L}’'-]+\s+){0,3}?(?:whether|why|if|how|what|when|where|who)\b/iu;

/** A sentence that announces the list after it. */
const ANNOUNCES_LIST = /\b(?:as\s+follows|the\s+following(?:\s+[^.:;]{0,80})?|(?:began|begins|read|reads|ran|runs|went|goes)(?:\s+in\s+full)?)\s*:\s*$/i;

/** Verbs of what records say, which the tagger may call nouns after a plural subject. */
const RECORD_VERBS = /^(?:show|suggest|indicate|reveal|confirm|say|claim|put|list|record|state|estimate)$/i;

/** "City's most recent accounts show a loss of £31 million": "show" after a plural noun, before an object, is the verb. */
export function pluralSubjectsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t.pos === 'NOUN' && RECORD_VERBS.test(t.text) && !!prev && prev.pos === 'NOUN' && /[^s]s$/i.test(prev.text) && !!next && ['DET', 'NUM', 'PRON', 'SCONJ', 'SYM'].includes(next.pos);
}

/** A question quoted whole, then who asked it: "“Where was anybody?” asked Frank Delgado, 58.", "“Why now?” she asked." */
const QUOTED_QUESTION = /^[“"][^“”"]*\?[”"]\s*,?\s*(?:(?:asked|wondered|demanded)\b|[^“”"]{1,40}?\s(?:asked|wondered|demanded)\b[^“”"]*$)/u;

/**
 * A programme speaking of itself and to its guests: "This is The Midday Line, I'm Nora Feld.",
 * "With me are …", "Miriam Castellanos, you represent …", "Tomorrow on The Midday Line: …",
 * "Kayla Whitfield, Miriam Castellanos and Dr. Marcus Lindqvist, thank you."; a phone-in's
 * "Gary Rudd from United Care Workers is on the line", "I've got Councillor Helen Marsh in the
 * studio", "We're talking about Larchfield House this morning", "You're listening to …", "We'll
 * have to leave it there"; a live page's lead-ins: "Here is part of what she said.", "The local
 * MP, Daniel Hart, has been speaking to us.", "… joined our presenter Sam Whitlock in the studio.".
 */
const PROGRAMME = /^[Tt]his\s+is\s+[^,;]{2,60},\s+I(?:[’']m|\s+am)\s|^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:(?:from|of)\s+[^,.;]{2,60}\s+)?(?:is|are)\s+(?:now\s+)?(?:on\s+the\s+line|in\s+the\s+studio|with\s+(?:me|us)|joining\s+us|calling\s+from)\b|^(?:On\s+the\s+line|In\s+the\s+studio|Joining\s+(?:me|us))\s+(?:now\s+)?(?:is|are)\s|^I[’']ve\s+got\s+[^.;]{2,80}?\s+(?:in\s+the\s+studio|on\s+the\s+line|with\s+me)\b|^You[’']re\s+listening\s+to\s|^(?:We|I)[’']ll\s+have\s+to\s+(?:leave|stop)\s+it\s+there\b|^(?:We[’']re|We\s+are|I[’']m|I\s+am)\s+talking\s+about\s|^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+,\s+(?:you(?:\s|[’'](?:ve|re|ll|d)\b)|let[’']s\s+(?:start|begin|turn|go|move|come|bring)\b)|^[Ww]ith\s+me\s+(?:now\s+|here\s+|today\s+|tonight\s+)?(?:are|is)\s|^(?:[Tt]omorrow|[Tt]onight|[Nn]ext\s+(?:week|time)|[Cc]oming\s+up|[Ll]ater)\s+on\s+(?:the\s+)?\p{Lu}|,\s+thank\s+you(?:\s+(?:all|both|very\s+much))?\s*[.!]?$|^[Hh]ere\s+(?:is|are|[’']s)\s+(?:(?:part|some|more)\s+of\s+|an?\s+(?:extract|excerpt|clip)\s+(?:from|of)\s+)?(?:(?:what|how)\s+[^.;]{1,40}?\s+(?:said|told\s+us|had\s+to\s+say|says)|(?:that|the|our|this|their|her|his)\s+(?:conversation|interview|exchange|discussion))\s*[.:]?$|\bhas\s+been\s+speaking\s+to\s+(?:us|me|our\s+\p{L}+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*[.:]?$|\bjoined\s+(?:us|me|our\s+(?:presenter|reporter|correspondent|host)\s+[^.;]{1,40}?)\s+(?:in\s+the\s+studio|on\s+the\s+line|live)\s*[.:]?$/u;

/**
 * A parliament's procedure and courtesies, as its record prints them: "I beg to move,", "That this
 * House has considered …", "It is a pleasure to serve under your chairmanship", "I will give way.",
 * "My hon. Friend is right.", "I thank the hon. Member for Wexcombe North for securing this
 * debate.", "Question put and agreed to.", "Order."
 * A meeting's minutes have theirs: "Apologies were received from …", "The Chair thanked officers
 * …", "The meeting closed at 9.12pm", "The minutes of the previous meeting were agreed"; and a
 * committee hearing's chair hers: "Mr Pryde, please set out the licence.", "Councillor Hurst, you
 * will have your turn.", "That is your right.", "The meeting is closed.", with its transcript's
 * own note ("This transcript has not been approved by the committee …").
 */
const PROCEDURE = /^(?:(?:(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr)\.?\s+\p{Lu}[\p{L}’'-]+,\s+)?(?:please\s+(?:set\s+out|begin|continue|go\s+on|proceed|answer|respond|be\s+brief)|you\s+will\s+(?:have|get)\s+your\s+(?:turn|chance)|that\s+is\s+(?:not\s+helpful|your\s+right)|(?:the\s+)?meeting\s+is\s+(?:now\s+)?(?:closed|adjourned))\b|This\s+(?:transcript|record|note)\s+has\s+not\s+been\s+(?:approved|checked|agreed)|This\s+transcript\s+(?:was|has\s+been|is)\s+(?:\p{L}+\s+)?(?:produced|generated|checked|edited|made|created|corrected)\b|(?:Some\s+)?(?:crosstalk|cross-talk|overlapping\s+speech)\s+has\s+been\s+(?:removed|edited|cut)\b|(?:An?\s+)?(?:Unofficial\s+)?(?:verbatim\s+)?transcript\s+(?:prepared|produced|made)\s+by\b|(?:Apologies\s+(?:for\s+absence\s+)?were\s+(?:received|given|noted)|The\s+(?:Chair|Chairman|Chairwoman|Mayor|Committee)\s+(?:thanked|welcomed)|The\s+meeting\s+(?:closed|ended|opened|began|was\s+(?:closed|opened))\s+at|The\s+minutes\s+of\s+the\s+(?:previous\s+|last\s+)?meeting\s+(?:were|was)\s+(?:agreed|approved|confirmed|signed))\b|I\s+beg\s+to\s+move|I\s+(?:will\s+)?give\s+way\b|To\s+ask\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+|of\s+|for\s+|and\s+){1,8}(?:if|whether|what|how|when|why|which)\b|(?:Resolved,\s+)?That\s+this\s+House\b|It\s+is\s+a\s+(?:pleasure|privilege|great\s+pleasure)\s+to\s+serve\s+under\s+your\s+chairmanship|I\s+will\s+give\s+way|Will\s+(?:the|my)\s+(?:right\s+)?hon\.?\s+(?:and\s+learned\s+)?(?:Member|Gentleman|Lady|Friend)\s+give\s+way|(?:My|The)\s+(?:right\s+)?hon\.?\s+(?:and\s+learned\s+)?(?:Friend|Member|Gentleman|Lady)(?:\s+for\s+[^,.;]{2,50})?\s+is\s+(?:absolutely\s+|quite\s+|entirely\s+)?(?:right|correct)\s*[.!]?$|I\s+(?:thank|congratulate|pay\s+tribute\s+to)\s+(?:the|my)\s+(?:right\s+)?hon\.?\s+(?:and\s+learned\s+)?(?:Member|Friend|Gentleman|Lady)\b|(?:My|The)\s+(?:right\s+)?hon\.?\s+(?:and\s+learned\s+)?(?:Friend|Member|Gentleman|Lady)(?:\s+for\s+[^,.;]{2,50})?\s+is\s+making\s+(?:a|an)\s+(?:\p{L}+\s+){0,2}(?:speech|point|case|contribution)\b|Question\s+put(?:\s+and\s+agreed\s+to)?\b|Order[.!]?$|(?:On|Further\s+to\s+that)\s+(?:a\s+)?point\s+of\s+order\b|I\s+will\s+write\s+to\s+(?:the|my)\s+(?:right\s+)?hon\.?\s+(?:Member|Gentleman|Lady|Friend)\b|The\s+(?:right\s+)?hon\.?\s+(?:Member|Gentleman|Lady)(?:\s+for\s+[^,.;]{2,50})?\s+may\s+(?:shout|heckle|laugh|protest)\s*[.!]?$)/iu;

/**
 * The writer's guess, not a statement: "Perhaps it was £3.4 million, or two payments of £1.75
 * million", "It may be that every penny was declared".
 */
const SPECULATION = /^(?:perhaps|maybe|possibly|conceivably)\b|^it\s+(?:may|might|could)\s+(?:well\s+)?be\s+that\b/i;

/** The newsroom asking for an answer: "We put that to Maresca-Lindqvist.", "We have asked the council for comment", "We have asked to see the St Bride's log." */
const ASKED_FOR_ANSWER = /^(?:we|i)\s+(?:have\s+)?(?:(?:put|sent|took)\s+(?:that|this|these|those|it|them|the\s+[\p{L}\s’']{1,30}?)\s+to\s+(?-i:\p{Lu})[^,;]*[.!]?$|(?:asked|contacted|approached|reached\s+out\s+to)\s+[^,;]{1,50}?\s+for\s+(?:a\s+)?(?:comment|response|reaction)\b|asked\s+(?:[^,;]{1,50}?\s+)?to\s+(?:see|release|publish|share|explain)\b)/iu;

/**
 * The newsroom on its own checking: "The Gazette has not been able to verify this", "The
 * Sentinel has seen that email", "This newspaper has obtained a copy". What it vouches for is
 * the claim it checked, on that claim's page; the note is no claim of its own. (Short, and with
 * no figure: "The Sentinel has seen the accounts, which show debts of £71m" tells what they show.)
 */
/** "But I must be clear.", "Let me be absolutely clear:": a speaker clearing the throat, the claim comes next. */
const BE_CLEAR = /^[“"‘']?\s*(?:but\s+|and\s+|so\s+|now\s+)?(?:let\s+me|I\s+(?:must|want\s+to|need\s+to|have\s+to|will|should)|I[’']d\s+like\s+to|I[’']ll)\s+be\s+(?:very\s+|absolutely\s+|quite\s+|perfectly\s+|crystal\s+)?clear\s*[.:!]?$/i;

/**
 * "All further trips have been suspended while the investigation continues": a clause of while
 * at the end says for how long the claim holds; the claim is what comes before it, not the
 * commentary "The investigation continues." is.
 */
const WHILE_ENDING = /\S\s+(?:while|whilst|as\s+long\s+as|until)\s+[^,;:]{1,60}?\s+(?:continues|goes\s+on|persists)\s*[.!]?\s*$/i;

/**
 * Sentences that ask or tell the reader, whole: "If you saw the crash but do not have footage,
 * please still get in touch." (the "if" clause cut off would read as a claim), a letter's "I am
 * writing to update you on …", and a question told as a statement: "Parents want to know how many
 * children were hurt", "People are asking whether that stretch … has a problem with flooding".
 */
const ASKS_READER = /^(?:if\s+you\b[^;]{0,200}?,\s+please\b|I\s+am\s+writing\s+to\s+(?:update|inform|let\s+you\s+know|tell\s+you|give\s+you)\b|(?:[\p{L}’'-]+\s+){1,4}(?:(?:are|is|were|was)\s+(?:now\s+|still\s+)?asking|want(?:s|ed)?\s+to\s+know)\s+(?:whether|if|how|why|what|when|who|where)\b)/iu;

/** Is a claim's text only a speaker clearing the throat ("But I must be clear")? */
export const clearsThroat = (text: string): boolean => BE_CLEAR.test(text.trim());

const NEWSROOM_NOTE_WORDS = 10;
const NEWSROOM_CHECKED = new RegExp(
  String.raw`^(?:The\s+|This\s+)?(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){0,2}(?:${[...lexicon.outletHeads].join('|')}|newspaper|paper|programme|website|station)\s+(?:has|have|had|was|were)\s+(?:not\s+(?:yet\s+)?been\s+able\s+to\s+(?:independently\s+)?(?:verify|confirm|establish|corroborate|check)|(?:also\s+|independently\s+)?(?:seen|obtained|verified|reviewed)\s+(?:that|this|the|a|an|it|them|those|these|copies|a\s+copy)\b)`,
  'iu',
);

/** The newsroom printing a text: "With her permission we print it at length, lightly edited." */
const NEWSROOM_PRINTS = /\bwe\s+(?:print|publish|reproduce|republish)\s+(?:it|them|this|her\s+\p{L}+|his\s+\p{L}+|their\s+\p{L}+)\s+(?:[\p{L}\s,]{0,30}?\s)?(?:at\s+length|in\s+full|below|here)\b/iu;

/**
 * That someone put out a statement, and no more: "Corvane Property Group, which owns Kestrel Walk,
 * has issued a short statement.", "Tidewave Events, the organiser, has put out a short
 * statement." What it says comes next. (Not "… has issued a statement through her lawyer: 'I have
 * never …'": the sentence goes on with what it says.)
 */
const STATEMENT_ISSUED = /^[^.:;“”"]*?\b(?:has|have|had)\s+(?:now\s+|just\s+)?(?:issued|put\s+out|released|published|sent\s+out|sent\s+(?:us|me|the\s+programme|this\s+programme))\s+(?:a|an)\s+(?:(?:short|brief|new|further|written|formal)\s+)*(?:statement|update)(?:\s+(?:on|this|through|via)\s+[^.:;“”"]{1,40})?\s*[.:]?\s*$/iu;

/** "X has hit back at Dr. Y.": that someone answered someone, what they said coming next. */
const ANSWERED_A_PERSON = /\b(?:hit|hits|hitting|struck|strikes|lashed|lashes)\s+(?:back\s+at|out\s+at)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[.!]?\s*$/u;

/**
 * A clause saying what is not known ("it is not clear whose they are", "it is unclear whether the
 * talks will resume", "nobody knows who fired"): the reporter states an open question, nothing to
 * check. (Or a list of such questions under "What we don't know".)
 */
const UNKNOWN = /^(?:it\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:clear|known)|unclear|unknown|uncertain)|(?:nobody|no\s+one)\s+(?:knows|knew))\s+(?:how|whether|who|whom|whose|what|why|when|where|if|which)\b|^what\s+we\s+(?:still\s+)?(?:don[’']t|do\s+not)\s+(?:yet\s+)?know\s*[.:]?$/i;

export function statesUnknown(clause: string): boolean {
  return UNKNOWN.test(clause.trim());
}

/** A heading over a list of open questions: "What we don't know", "Unanswered questions:". */
const OPEN_QUESTIONS = /^(?:what\s+we\s+(?:still\s+)?(?:don[’']t|do\s+not)\s+(?:yet\s+)?know|(?:unanswered|open|outstanding|key|the\s+big)\s+questions)\s*[.:?]?$/i;

/** Does the line head a list of open questions (whose items are no claims)? */
export function headsOpenQuestions(line: string): boolean {
  return OPEN_QUESTIONS.test(line.trim());
}

export function isCandidate(sentence: { text: string; kind: 'title' | 'paragraph' | 'subheading' }): boolean {
  return skipReason(sentence) === null;
}

/**
 * Words that open an instruction without being a verb's base form ("Please stay indoors", "Don't
 * go", "If you have not been contacted, please attend …", "I would ask people not to go looking
 * for this data online").
 */
const INSTRUCTION_OPENERS = /^(?:(?:join|bring|sign|share|follow|donate\s+to|write\s+to|tell)\s+(?:us|a|an|the|your|our|this|them)\b|please|let[’']s|do\s+not|don[’']t|never|be\s+(?:wary|careful|aware|alert|sure|mindful|cautious|vigilant|suspicious|prepared)|if\s+you\b[^,;]{0,80},\s+(?:please|call|contact|phone|ring|dial|email|see|visit|seek|speak\s+to|go\s+to|stay|keep)\b|(?:i|we)\s+(?:therefore\s+|also\s+|now\s+|would\s+)?(?:ask|urge|call\s+on|request|implore)\s+you(?:,\s+please,)?\s+(?:not\s+)?to\b|(?:i|we)\s+(?:would\s+|will\s+|must\s+)?(?:ask|urge|encourage|advise|remind)\s+(?:people|anyone|everyone|others|the\s+public|patients|residents|customers|parents|passengers|members\s+of\s+the\s+public)\s+(?:not\s+)?to)\b/i;

/**
 * An appeal or a reminder to readers ("Anyone with information can contact the unit on …",
 * "Media organisations are reminded of their obligations", "Residents are urged to stay
 * indoors", "For media enquiries, please contact …"), or a statement's closing "The club will
 * make no further comment", a presenter's "Bev Marchetti joins us now": it asks, closes or
 * introduces; it tells nothing to check. (In the present only: "Residents were told to
 * leave" tells what happened.) So does advice told of: "Lindqvist urged parents who cannot
 * find formula to talk to their pediatrician" (urged, advised, encouraged, asked, reminded the
 * public to …; not "told residents to leave", an order carried out).
 */
const APPEAL = /^(?:[^,;:]{0,60}?\bcan\s+be\s+(?:reached|contacted)\s+(?:at|on|by|via)\b|[^,;:]{0,40}?\bwill\s+keep\s+(?:it|this(?:\s+page)?|you|readers|residents|the\s+public)\s+(?:up\s+to\s+date|updated|informed|posted)\b|(?:all\s+)?(?:media|press|news\s+media)\s+(?:inquiries|enquiries|questions|requests)\s+(?:should|can|may|must)\s+be\s+(?:directed|sent|addressed|made)\b|[^,;:]{0,40}?\bjoins?\s+(?:us|me)(?:\s+(?:now|tonight|here|live|in\s+the\s+studio))?\s*$|for\s+[^,;]{1,40},\s+please\b|(?:[^,;:]{0,40}?\b(?:will|would)\s+(?:make|be\s+making|offer|give|be\s+giving|provide|be\s+providing)\s+no\s+(?:further\s+)?comment)|(?:[^,;:]{0,40}?\bwill\s+(?:continue\s+to\s+)?(?:provide|share|post|publish|issue|give)\s+(?:further\s+|more\s+|regular\s+)?(?:updates|information)\b[^,;:]{0,60}$)|(?:anyone|those|people|members\s+of\s+the\s+public)\s+(?:with|who\s+(?:has|have))\s+(?:any\s+)?information\b|if\s+you\s+have\s+(?:any\s+)?information\b|(?:i|we)\s+(?:are\s+|were\s+|have\s+been\s+)?(?:appealing|appeal|appealed)\s+(?:to|for)\s+(?:anyone|anybody|witnesses|people|drivers|motorists|members\s+of\s+the\s+public|the\s+public|information)\b|[^,;:]{0,40}?\byou\s+can\s+(?:also\s+)?(?:submit|send|upload|share|email|report)\s+(?:it|them|this|footage|photos?|images?|videos?|information|details|your)\b|[^;]{0,80}?\byou\s+can\s+(?:contact|call|ring|phone|email|text|report\s+it\s+to|speak\s+to)\s+(?-i:\p{Lu})|[^,;:]{0,60}?\b(?:is|are)\s+(?:reminded|urged|asked|requested|advised|encouraged)\s+(?:of|that|to|not)\b|[^,;:]{0,60}?\b(?:urged|urges|urging|advised|advises|advising|encouraged|encourages|encouraging|asked|asks|asking|reminded|reminds|reminding)\s+(?:parents|residents|people|the\s+public|members\s+of\s+the\s+public|consumers|customers|families|travell?ers|passengers|drivers|motorists|patients|anyone|everyone)\b(?:[^,;]{0,60}?\s|\s+who\b[^;]{0,140}?\s)?(?:not\s+)?to\s+(?-i:\p{Ll}))/iu;

/**
 * "Call our helpline …", "Check your results online", "Visit the website …": an English verb the
 * tagger reads as a name because it is capitalised, before a determiner or a possessive (a
 * sentence's subject is followed by its verb: "Cracks appeared …").
 */
function capitalisedImperative(tokens: readonly Token[]): boolean {
  const [first, next] = tokens;
  if (!first || !next || first.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || !IMPERATIVE_OBJECT.test(next.text)) return false;
  const lower = first.text.toLowerCase();
  // (In its base form: "Shares the blame" tells what someone does.)
  const verb = knownWord(lower) ? tokenize(`to ${lower}`)[1] : undefined;
  return verb?.pos === 'VERB' && verb.lemma === lower;
}

/** What an imperative's object opens with: "our helpline", "your results", "the website", "any concerns". */
const IMPERATIVE_OBJECT = /^(?:the|a|an|any|our|your|this|these|all)$/i;

/**
 * An instruction or a piece of advice ("Keep your windows shut", "Stay indoors until noon",
 * "Don't drink the tap water"): it opens with a verb in its base form and no subject. It asks
 * for something; it states nothing to check.
 */
export function isInstruction(text: string): boolean {
  // (Past markup a web page's text may carry: "<b>Please use the signed diversion.</b>".)
  // (And past a live page's label: "<b>UPDATE:</b> The East Gate is now closed." states a fact.)
  const plain = text.replace(/^(?:[\s“"‘'(]|<[a-z][a-z0-9]*(?:\s[^<>]*)?>)+/i, '').replace(/^\p{Lu}{2,}(?:\s+\p{Lu}{2,})?:\s*(?:<\/[a-z][a-z0-9]*>\s*)?/u, '');
  if (INSTRUCTION_OPENERS.test(plain) || APPEAL.test(plain)) return true;
  const tokens = tokenize(plain);
  const first = tokens[0];
  if (first !== undefined && capitalisedImperative(tokens)) return true;
  if (first === undefined || first.pos !== 'VERB' || first.text.toLowerCase() !== first.lemma || /ing$|ed$/i.test(first.text)) return false;
  // "ward managers were briefed": a compound noun's first word, tagged as a verb.
  if (nounTaggedVerb(tokens, 0)) return false;
  // "Hit by sanctions, the economy shrank", "Make no mistake, the deal is dead": a clause with
  // its own subject follows the opening phrase, so the sentence states something after all.
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0) return true;
  const rest = tokens.slice(comma + 1);
  const subject = rest.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  return subject < 0 || !rest.slice(subject + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * What someone or something should do ("Every city should publish its tender scores", "she
 * should answer them in the council chamber"): a recommendation, an opinion with nothing to
 * check. Not "should be"/"should have": "The work should be finished by June" is an expectation.
 */
const PRESCRIPTION = /^([^,;:“”"]{0,80}?)\b(?:should|ought\s+to)\s+(?:(?:also|still|not|never|now|instead|simply|first)\s+)?(?!be\b|have\b|not\b)\p{Ll}+/iu;

export function isPrescription(text: string): boolean {
  const m = PRESCRIPTION.exec(text);
  if (!m) return false;
  // The main clause's "should": its subject holds no verb of its own but a relative clause's
  // ("Every official who votes on a contract should declare …"); in "Trump told Putin that he
  // should remain circumspect" it is what Trump said, which is a claim about Trump.
  let relative = false;
  for (const t of tokenize(m[1]!)) {
    if (/^(?:who|which|whose|whom)$/i.test(t.text)) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return false;
  }
  return true;
}

/**
 * The speaker's own wishes, feelings and intentions about speaking, in the first person: "I hope it
 * doesn't come to that", "We want answers from our supplier", "I don't want to get ahead of the
 * investigation", "We are proud of the stadium", "We remain committed to …", "I'm not going to take
 * sides". What a speaker wants or feels is theirs to say; there is nothing in it to check. (Not "I
 * think …" or "I believe …": what follows may be a claim held on record.)
 */
const OWN_STANCE = /^[“"‘']?(?:I|We)(?:[’']m|[’']re|[’']d)?\s+(?:(?:really|just|also|still|certainly|do|don[’']t|do\s+not|would|will|won[’']t|very|deeply|truly|all)\s+){0,2}(?:hope|want|wish|like|love|am\s+(?:proud|sorry|pleased|delighted|grateful|glad)|are\s+(?:proud|sorry|pleased|delighted|grateful|glad|committed)|remain\s+committed|regret|apologi[sz]e|understand\s+how|proud|sorry|pleased|delighted|grateful|glad|committed|(?:am\s+|are\s+)?not\s+going\s+to\s+(?:take\s+sides|discuss|comment|speculate|give|go\s+(?:into|through)|get\s+into|characteri[sz]e|prejudge|name))\b/i;

export function isOwnStance(text: string): boolean {
  return OWN_STANCE.test(text.trim());
}

/**
 * A speaker's promise about how they will go on — share, publish, look into, co-operate, not rest
 * — or their guess at what they would feel or expect: "We will share what we find", "We would
 * welcome the chance to meet you", "I will not prejudge any of it", "I would not be surprised if
 * the final number is twice what we know today". Nothing in it has happened to check. (Not a
 * plan with substance: "We will close that facility and reduce our workforce by 1,200", "We will
 * lodge an election petition"; nor one with a figure or a time: "We will publish those data next week".)
 */
const PLEDGE = /^[“"‘']?(?:I|We)(?:[’']ll|[’']d|\s+will|\s+would|\s+shall)\s+(?:not\s+)?(?:(?:also|now|then|always|continue\s+to|gladly|happily|certainly|of\s+course)\s+)*(?:share|publish|send|make\s+(?:[^,;]{1,40}\s)?available|look\s+(?:at|into)|be\s+(?:fully\s+|completely\s+|totally\s+)?(?:transparent|open|honest|there)|do\s+everything|rest|keep|find\s+(?:out|a\s+(?:way|path))|treat|welcome|set\s+(?:that|this|it|them|those|these|out)|give\s+(?:those|that|this|it|them)|follow|let|take\s+(?:the|their|your|its|his|her)|believe|co-?operate|work\s+(?:with|closely|together)|support|help|learn|respond|listen|engage|prejudge|have\s+(?:our|my)\s+own)\b/i;

/** What the speaker would feel or expect: "I would not be surprised if …", "I'd expect that number to grow". */
const OWN_GUESS = /^[“"‘']?(?:I|We)(?:[’']d|\s+would)\s+(?:not\s+)?(?:be\s+(?:astonished|surprised|amazed|shocked)|expect|imagine|suspect)\b/i;

/** A promise held to a time ("next week", "by the end of the month", "on Monday"): one a reader can check when the time comes. */
const BY_A_TIME = /\b(?:today|tomorrow|tonight|(?:next|this)\s+(?:week|month|year|spring|summer|autumn|winter)|by\s+the\s+end\s+of|within\s+(?:a|an|the|\p{L}+)\s+(?:hours?|days?|weeks?|months?)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|by)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/iu;

export function isPledge(text: string): boolean {
  const plain = text.trim();
  return OWN_GUESS.test(plain) || (!/\d/.test(plain) && !BY_A_TIME.test(plain) && PLEDGE.test(plain));
}

/**
 * A consequence drawn from a condition, in the speaker's words: "If that is true, it is in breach
 * of your prohibition notice", "If the company got this wrong, it must say so", "If there were
 * failures, people will be held to account". Whether the condition holds is what a reader would
 * check, and the speaker does not say. (A reporter's own "If it confirms the first result, the case
 * will go to a tribunal" tells a procedure: extract.ts asks this of speakers' words only.) (Not
 * "If anything, boiling concentrates it", "If you ask me, the deal is dead": a hedge on a
 * statement; not "If approved, it would be the first drug of its class": what is stated holds of
 * the thing named; nor a figure worked out: "If you take them out, you get to £389 million".)
 */
const CONDITIONAL = /^[“"‘']?(?:if|unless)\s+(?!anything\b|\p{Ll}+ed\b|so\b|you\s+ask\s+me\b|you\s+like\b|i\s+may\s+say\s+so\b|i[’']m\s+honest\b|i\s+am\s+honest\b)[^,]{2,120},\s+\S/iu;

export function isConditional(text: string): boolean {
  const plain = text.trim();
  return !/\d/.test(plain) && CONDITIONAL.test(plain);
}

/**
 * Who writes and why, at a letter's opening: "I am writing to you as chair of Friends of the
 * Wendle, on behalf of our 1,400 members …", "We are writing to ask …"; a speaker's own
 * superlatives of their life: "This is the worst day this town has had in my lifetime"; what
 * someone deserved; and a broadcaster's time check.
 */
const WRITER_ASIDE = /^[“"‘']?(?:I|We)(?:\s+am|\s+are|[’']m|[’']re)\s+writing\s+(?:to\s+(?:you|ask|express|raise|request|urge|complain|inform)\b|on\s+behalf\b|as\s)|\b(?:worst|best|proudest|saddest|darkest|happiest|hardest)\b[^.;]*\bin\s+(?:my|our)\s+(?:lifetime|life|memory)\b/iu;

/** That someone says otherwise, and no more: "The trust says otherwise" (what they say is told elsewhere, as theirs). */
const SAYS_OTHERWISE = /^[^,;:“”"]{2,60}\s(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained)\s+(?:otherwise|differently|the\s+opposite)\s*[.!]?$/i;

export function saysOnlyOtherwise(text: string): boolean {
  return SAYS_OTHERWISE.test(text.trim());
}

/** What someone deserved or deserves: a judgement of worth ("He deserved a bed, a doctor and a nurse", "People deserve answers"). */
const DESERVES = /^[“"‘']?[^,;:“”"]{1,60}?\s(?:deserved|deserves|deserve)\s/iu;

/** "Pryce rejected that.", "Halvorsen denied it.": a named speaker rejecting what was just told, in three words. */
const SHORT_REJECTION = /^(?-i:\p{Lu})[\p{L}'’-]+\s+(?:rejected|rejects|reject|denied|denies|deny|disputed|disputes|dispute|contested|contests|contest)\s+(?:that|this|it)\s*[.!]?$/iu;

/** Who or what can be had, and how: a release's notes to editors and service lines. */
const AVAILABLE = /\b(?:is|are)\s+available\s+(?:for\s+(?:interview|interviews|comment)|on\s+request|(?:24\s+hours\s+a\s+day|around\s+the\s+clock|seven\s+days\s+a\s+week)|(?:on|at|via)\s+[\d+(][\d\s()+-]{5,})/iu;

/** A transcript line that opens on what could not be made out: "[inaudible] … kids walking to school". */
/** A sentence broken off with a dash, maybe inside its quotation marks: "I haven’t seen —", "“But we never —”". */
const CUT_OFF = /\s[—–]\s*[”"’]?\s*$|\s-{1,2}\s*[”"’]?\s*$/;
const CUT_OFF_WORDS = 5;
const GARBLED = /^[“"‘']?\[(?:inaudible|unintelligible|indistinct|crosstalk|garbled)\]/i;

/**
 * A broadcaster's time check: "It's ten past eight", "It's just gone 7.30" (a clause of "It's ten
 * past eight, and the bridge has now been shut for four days"). It tells the listener the time.
 */
const TIME_CHECK = /^[“"‘']?it[’']s\s+(?:just\s+(?:gone|after|before)\s+|coming\s+up\s+to\s+|nearly\s+|almost\s+)?(?:(?:\d{1,2}|quarter|half|five|ten|twenty|twenty-five)\s+(?:minutes\s+)?(?:past|to|after)\s+)?(?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight)(?:\s*(?:o[’']clock|am|pm|a\.m\.|p\.m\.))?\s*[.!,]?$/i;

export function isWriterAside(text: string): boolean {
  if (DESERVES.test(text.trim()) || TIME_CHECK.test(text.trim())) return true;
  return WRITER_ASIDE.test(text.trim());
}

/**
 * A phrase that opens with a preposition and has no verb ("Within federal limits", "Under
 * review"): a label someone repeats, with nothing said of anything. Matching reads only its
 * words, which any claim about the same thing shares ("The federal limit is 4").
 */
export function isBarePhrase(text: string): boolean {
  const tokens = tokenize(text.replace(/^[\s“"‘'(]+/, ''));
  return tokens[0]?.pos === 'ADP' && !tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * A clause with its subject left in another one: "Does nothing against PFAS" (of "… to boil
 * their water, which, as any chemist will tell you, does nothing against PFAS"), "Has been fined
 * twice". It says nothing of anything a reader can tell. (Not a question: "Does he know?".)
 */
export function isSubjectless(text: string): boolean {
  const tokens = tokenize(text.replace(/^[\s“"‘'(]+/, ''));
  const [first, next] = tokens;
  if (!first || !(first.pos === 'AUX' || first.pos === 'VERB') || !FINITE_OPENER.test(first.text)) return false;
  // "Does he know …", "Is the plant …": a subject after the verb makes a question.
  return !next || !(['PROPN', 'DET', 'NUM'].includes(next.pos) || /^(?:i|you|he|she|it|we|they|this|that|there)$/i.test(next.text));
}

/** Finite forms that need a subject before them. */
const FINITE_OPENER = /^(?:does|did|is|was|are|were|has|had|have)$/i;
