/**
 * Interview and earnings-call transcripts. A paragraph that opens with a speaker's name in
 * capitals and a colon ("SØRENSEN: No, he's not.", "INGRID SØRENSEN: The coalition hired us in
 * August.") is that person's turn: every sentence of it is their words, as if quoted, and the
 * label is no part of what they said. A paragraph that is only a label ("Dana Whitcombe -- Chief
 * Executive Officer:", "Tomás Ibáñez (CFO):") opens a turn that lasts until the next label; the
 * operator's turns ("Operator:") are call procedure, and a section line ("Questions & Answers:")
 * ends a turn. Only a name the article gives elsewhere counts as a speaker, so "UPDATE:" or
 * "BREAKING NEWS:" opening a line of news prose is none, unless the label gives a full name and a
 * role in brackets ("GEMMA ODUYA (PRESENTER):").
 */
import type { SpeakerContext, Person } from '../attribution/context.ts';
import { personNamed, registerPerson, surnameOf } from '../attribution/people.ts';
import { knownWord } from '../nlp/wink.ts';

/**
 * One to four words in capitals, maybe a role in brackets or after a comma, then a colon:
 * "HALVORSEN:", "DR. INGRID SØRENSEN:", "GEMMA ODUYA (PRESENTER):", "DANA OKAFOR, HOST:".
 */
const LABEL = /^\s*((?:\p{Lu}[\p{Lu}.'’-]*\s+){0,3}\p{Lu}[\p{Lu}'’-]+)(?:\s*\(([\p{L} '’-]{2,40})\)|,\s+(\p{Lu}[\p{Lu} .,'’&-]{1,60}?))?:\s+/u;

/** "GEMMA ODUYA" → "Gemma Oduya". */
const titleCase = (caps: string): string => caps.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());

/** A line that is only a label: a name, maybe a role after "--" or in brackets, and a colon. */
const LABEL_LINE = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*(?:(?:--|—|–)\s*([^:]+?)|\(([^)]+)\))?\s*:\s*$/u;

/** A transcript's operator: "Operator:". */
const OPERATOR = /^\s*operator\s*:\s*$/i;

/**
 * A line of words in title case ending in a colon: a section of the transcript ("Questions &
 * Answers:", "Prepared Remarks:"). Not "Dana Whitcombe said:", which introduces a quotation.
 */
const SECTION = /^\s*[\p{Lu}\d][\p{L}\d'’-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d'’-]*|&|and|of|the|for|to|in|on))*\s*:\s*$/u;

/** A social media post quoted with its account: "@UEWLocal88: “…”". */
const HANDLE = /^\s*(@[\p{L}\p{N}_]{2,30}):\s+/u;

/**
 * A Member's label in a parliamentary record, as Hansard prints it: an honorific, the name, maybe
 * the seat and the party in brackets ("Mr Daniel Okafor (Wexcombe North) (Lab):", "Mr Okafor:",
 * "Ms Joanna Reeve (Wexcombe South) (Lab):"). Groups: 1 the name, 2 and 3 what the brackets hold.
 */
const MEMBER_LABEL = /^\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Professor)\.?\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s+\(([^()]{2,60})\))?(?:\s+\(([^()]{1,20})\))?:\s+/u;
/** The first word of a minister's office ("Minister for Schools", "Secretary of State …", "First Minister"). */
const OFFICE = '(?:Minister|Secretary|Parliamentary|Under-Secretary|Chancellor|Leader|Solicitor|Attorney|Prime|Deputy|Financial|Chief|First)';
/** A minister's label: the office, then the holder's name in brackets ("The Minister for Health (Ruth Aldane):"). Groups: 1 the office, 2 the name. */
const OFFICE_LABEL = new RegExp(String.raw`^\s*(?:The\s+)?(${OFFICE}\b[\p{L}'’ ,-]{0,80}?)\s+\(((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\):\s+`, 'u');
/**
 * A Member's label with no honorific, as assemblies print every Member's and the Commons many:
 * the name, the seat and the party in brackets ("Gareth Vell (Harlowe East) (Con):"). The party
 * bracket (PARTY) is what tells it from a name with a role. Groups: 1 the name, 2 the seat, 3 the party.
 */
const SEATED_LABEL = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+\(([^()]{2,60})\)\s+\(([^()]{1,20})\):\s+/u;
/**
 * A minister's label after her first turn, as Hansard prints it: the office alone ("The Minister
 * for Schools:"), its holder the one an earlier "The Minister for Schools (Rhian Caddick):" named.
 * Group 1: the office.
 */
const BARE_OFFICE_LABEL = new RegExp(String.raw`^\s*(?:The\s+)?(${OFFICE}\b[\p{L}'’ ,-]{0,80}?):\s+`, 'u');
/**
 * The chair's and the chamber's turns: "Mr Deputy Presiding Officer (Owain Pell):", "The
 * Presiding Officer:", "Madam Deputy Speaker:", "Hon. Members:", "Several hon. Members rose—".
 * What they say keeps order ("Order. The Minister must be heard.", "Hear, hear."): no claim.
 */
const CHAIR_LABEL = /^\s*(?:(?:Mr|Madam|Madame)\s+|The\s+)?(?:(?:Deputy|Temporary)\s+)?(?:Presiding\s+Officer|Speaker|Chairman|Chairwoman|Chair|Llywydd|Deputy\s+Speaker)(?:\s+\([^()]{2,60}\))?:\s+|^\s*(?:(?:Several|Some)\s+)?[Hh]on\.?\s+Members?(?:\s+rose)?\s*[:—–-]\s*/u;
/** A label that is a full name in title case ("Ruth Aldane:", as the record calls a minister after her first turn): only someone the article named. */
const NAME_LABEL = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}):\s+/u;
/** What a Member's bracket may hold besides the seat: the party. */
const PARTY = /^(?:Lab|Con|LD|Lib\s*Dem|SNP|Ind|Green|PC|DUP|SF|SDLP|UUP|Alba|Reform(?:\s+UK)?|Lab\/Co-op|Co-op|CB|Non-Afl|Bishop)$/u;

/**
 * A member of the public's label: "CALLER (JEAN, ASHBY):", "CALLER:", "LISTENER:". A first name
 * and a place are no source a reader can check: the turn is an unnamed caller's, not the host's
 * before it. Group 1: who it is, 2: what the brackets hold.
 */
const CALLER_LABEL = /^\s*(CALLER|LISTENER|TEXTER|AUDIENCE\s+MEMBER|MEMBER\s+OF\s+THE\s+PUBLIC)(?:\s*\(([^()]{1,60})\))?\s*:\s+/u;

/** "a caller, Jean, from Ashby": the caller as resolveSpeaker reads an unnamed source. */
function callerOf(m: RegExpExecArray): string {
  const who = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const [name, place] = (m[2] ?? '').split(/\s*,\s*/).map((part) => titleCase(part.trim()));
  return `${/^[aeiou]/.test(who) ? 'an' : 'a'} ${who}${name ? `, ${name}` : ''}${place ? `, from ${place}` : ''}`;
}

/** Does a paragraph open with a speaker label, whoever it names ("HURST:", "OLIVER BRANDT (PROGRESSIVE ALLIANCE):", "Mr Okafor:")? */
export function opensWithLabel(text: string): boolean {
  return LABEL.test(text) || CALLER_LABEL.test(text) || HANDLE.test(text) || CHAIR_LABEL.test(text) || MEMBER_LABEL.test(text) || OFFICE_LABEL.test(text) || seatedLabel(text) !== null || BARE_OFFICE_LABEL.test(text) || NAME_LABEL.test(text);
}

/** SEATED_LABEL's match, when its second bracket holds a party. */
function seatedLabel(text: string): RegExpExecArray | null {
  const m = SEATED_LABEL.exec(text);
  return m && PARTY.test(m[3]!.trim()) ? m : null;
}

/** A Member's or a minister's label (MEMBER_LABEL, OFFICE_LABEL): who they are, their seat or office learnt. */
function parliamentaryLabel(ctx: SpeakerContext, text: string): TurnLabel | null {
  const office = OFFICE_LABEL.exec(text);
  if (office) {
    const name = office[2]!.replace(/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+/u, '');
    const person = ctx.persons.get(surnameOf(name.toLowerCase())) ?? registerPerson(ctx, name, office[1]!.trim());
    person.role ??= office[1]!.trim();
    return { speaker: person.name, length: office[0].length };
  }
  const chair = CHAIR_LABEL.exec(text);
  if (chair) return { speaker: '', length: chair[0].length, chair: true };
  const member = MEMBER_LABEL.exec(text) ?? seatedLabel(text);
  if (!member) {
    const bare = BARE_OFFICE_LABEL.exec(text);
    const office = bare?.[1]!.trim().toLowerCase();
    const holder = office ? [...ctx.persons.values()].find((p) => p.role?.toLowerCase() === office) : undefined;
    if (holder) return { speaker: holder.name, length: bare![0].length };
    const named = NAME_LABEL.exec(text);
    const known = named ? [...ctx.persons.values()].find((p) => p.name === named[1]) : undefined;
    return known ? { speaker: known.name, length: named![0].length } : null;
  }
  const seat = [member[2], member[3]].find((b) => b !== undefined && !PARTY.test(b.trim()));
  const known = ctx.persons.get(surnameOf(member[1]!.toLowerCase()));
  // ("Mr Okafor:" after "Mr Daniel Okafor (Wexcombe North) (Lab):": the surname is who spoke before.)
  const person = known ?? (/\s/.test(member[1]!.trim()) ? registerPerson(ctx, member[1]!, seat ? `MP for ${seat.trim()}` : null) : null);
  if (person && seat) person.role ??= `MP for ${seat.trim()}`;
  return person ? { speaker: person.name, length: member[0].length } : null;
}

/**
 * Labelled paragraphs from which an article is a transcript: there, a paragraph with no label
 * goes on with the turn before it ("OLIVER BRANDT (PROGRESSIVE ALLIANCE): … They were removed
 * because they tried to stop the count." — "And let's be clear about the numbers. …").
 */
export const TRANSCRIPT_TURNS = 3;

export interface TurnLabel {
  /** Who speaks: a person the article names, an account ("@UEWLocal88") or an unnamed caller ("a caller, Jean, from Ashby"); '' for a host the programme never names. */
  speaker: string;
  /** Characters the label takes at the start of the paragraph (colon and space included). */
  length: number;
  /** The chair's or the chamber's turn (CHAIR_LABEL): procedure, no claim. */
  chair?: true;
}

/** The speaker label opening a paragraph's first sentence, if it names someone the article knows, or an account. */
export function turnLabel(ctx: SpeakerContext, text: string, inTranscript = false): TurnLabel | null {
  const handle = HANDLE.exec(text);
  if (handle) return { speaker: handle[1]!, length: handle[0].length };
  const caller = CALLER_LABEL.exec(text);
  if (caller) return { speaker: callerOf(caller), length: caller[0].length };
  const m = LABEL.exec(text);
  if (!m) return parliamentaryLabel(ctx, text);
  // "GUEST:" is the guest the page introduced ("Councillor Alan Trewin … spoke to our presenter
  // Becky Hale"), kept for the guest's later turns.
  if (!m[2] && !m[3] && GUEST_WORD.test(m[1]!)) {
    const guest = (ctx.guest ??= guestOf(ctx));
    return { speaker: guest?.name ?? '', length: m[0].length };
  }
  if (!m[2] && !m[3] && HOST_WORD.test(m[1]!)) {
    // (A host the programme never names speaks in its own voice: the label is still no part of
    // what is said, and no one named elsewhere — a guest the host introduces — says it.)
    const host = hostOf(ctx, text.slice(m[0].length));
    return { speaker: host?.name ?? '', length: m[0].length };
  }
  // "THE CHAIR (CLLR NANDRA):", "THE CHAIR:": a committee's chair by office, with the name in
  // brackets or as the list of who was present gave it ("Councillor Priya Nandra (Chair)").
  const office = OFFICE_WORD_LABEL.exec(m[1]!.trim());
  if (office) {
    const title = titleCase(office[1]!);
    const named = m[2]?.replace(HONORIFIC_LABEL, '').trim();
    const holder = named ? ctx.persons.get(surnameOf(named.toLowerCase())) : [...ctx.persons.values()].find((p) => p.role?.toLowerCase() === title.toLowerCase());
    const person = holder ?? (named && /\s/.test(named) ? registerPerson(ctx, titleCase(named), title) : null);
    if (person) {
      person.role ??= title;
      return { speaker: person.name, length: m[0].length };
    }
  }
  // ("CLLR HELEN MARSH:" is Helen Marsh, a councillor; not "Ashby Marsh", nor anyone else the
  // article knows by her surname alone, when their given names differ.)
  const honorific = HONORIFIC_LABEL.exec(m[1]!.trim())?.[0];
  const labelName = honorific ? m[1]!.trim().slice(honorific.length) : m[1]!.trim();
  let person = /\s/.test(labelName) ? personNamed(ctx, titleCase(labelName)) : ctx.persons.get(surnameOf(labelName.toLowerCase()));
  // A full name with a role in brackets is a speaker label even when the article names them
  // nowhere else (a programme's presenter): later turns may give the surname alone ("ODUYA:").
  // (Or after a comma, in capitals too: "LENA ABERNATHY, PROVOST, ASHGROVE UNIVERSITY:".)
  const role = m[2] ?? (m[3] ? m[3].split(/\s*,\s*/).map((part) => titleCase(part.trim())).join(', ') : undefined);
  if (!person && role && /\s/.test(labelName)) person = registerPerson(ctx, titleCase(labelName), m[2] ? bracketRole(role) : role);
  // In a transcript, a full name in capitals is a turn's speaker however seldom the text names
  // them ("SAM OKONJO: Elaine Marsh is chief executive of …"); a later "OKONJO:" is them too.
  // (So is one with an honorific, "CLLR HELEN MARSH:", wherever it stands.)
  else if (!person && !role && (inTranscript || honorific !== undefined) && FULL_NAME_LABEL.test(labelName) && !NOT_A_NAME_LABEL.test(labelName)) person = registerPerson(ctx, titleCase(labelName), honorific && /^(?:CLLR|COUNCILLOR)/i.test(honorific) ? 'Councillor' : null);
  // ("KAYLA WHITFIELD (PARENT):" after "With me are Kayla Whitfield of Tolland": the label says what she is.)
  else if (person && role) person.role ??= m[2] ? bracketRole(role) : role;
  return person ? { speaker: person.name, length: m[0].length } : null;
}

/** A role in a label's brackets, in lower case ("(PRESENTER)" → presenter), but an acronym no English word spells as written ("(UCW)"; "(CFO)" reads as a word's). */
const bracketRole = (role: string): string => (/^[\p{Lu}&]{2,6}$/u.test(role.trim()) && !knownWord(role.trim().toLowerCase()) ? role.trim() : role.toLowerCase());

/** A label that is an office of a meeting, not a name: "THE CHAIR", "CHAIRMAN", "THE CLERK". Group 1: the office. */
const OFFICE_WORD_LABEL = /^(?:THE\s+)?((?:VICE[- ]|DEPUTY\s+)?(?:CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|CONVENOR|CONVENER|CLERK|CORONER|MAYOR))$/u;
/** An honorific before a name in a label's brackets: "CLLR NANDRA", "COUNCILLOR PRIYA NANDRA", "MR PRYDE". */
const HONORIFIC_LABEL = /^(?:CLLR|COUNCILLOR|MR|MRS|MS|MISS|DR|PROF|PROFESSOR|SIR|DAME)\.?\s+/iu;

/** Two or three words in capitals: a full name as a label gives it. */
const FULL_NAME_LABEL = /^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){1,2}$/u;
/** Capitals that label no one: a section or a bulletin's heading. */
const NOT_A_NAME_LABEL = /\b(?:BREAKING|NEWS|UPDATE|UPDATES|LATEST|LIVE|EDITOR|EDITORS|NOTE|CORRECTION|SOURCE|SOURCES|TRANSCRIPT|PART|SECTION|QUESTION|ANSWER|HOST|PRESENTER|ANCHOR|INTERVIEWER|MODERATOR|CALLER|VOICE|SPEAKER|UNIDENTIFIED|OFF|ON|THE|AND|OF)\b/u;

/** A programme's host by role alone: "HOST:", "PRESENTER:", "ANCHOR:". */
const HOST_WORD = /^(?:HOST|PRESENTER|ANCHOR|INTERVIEWER|MODERATOR)$/u;
const HOST_ROLE = /\b(?:host|presenter|anchor|interviewer|moderator)\b/i;
/** The host introducing themselves: "This is The Midday Line, I'm Nora Feld." */
const I_AM = /\bI(?:[’']m|\s+am)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)/u;

/** A programme's guest by role alone: "GUEST:", "INTERVIEWEE:". */
const GUEST_WORD = /^(?:GUEST|INTERVIEWEE)$/u;

/**
 * Who "GUEST:" is when no line introduced one to the host (speakers.ts, GUEST_INTRO): the person
 * named last, when not the host; else null.
 */
function guestOf(ctx: SpeakerContext): Person | null {
  const last = ctx.lastPerson;
  return last && !(last.role && HOST_ROLE.test(last.role)) ? last : null;
}

/**
 * Who "HOST:" is: a person the article gave a host's role, else the one the turn introduces
 * ("I'm Nora Feld", who is the host from then on); null when the programme never names them.
 */
function hostOf(ctx: SpeakerContext, words: string): Person | null {
  for (const p of ctx.persons.values()) if (p.role && HOST_ROLE.test(p.role)) return p;
  const named = I_AM.exec(words);
  return named ? registerPerson(ctx, named[1]!, 'host') : null;
}

/**
 * What a paragraph that is one line ending in a colon says of the turns: a person's label (their
 * role, if it gives one, is learnt: "-- Chief Executive Officer", "(CFO)"; an analyst's
 * "Pemberton Ridge Securities -- Analyst" is "Analyst, Pemberton Ridge Securities"), the
 * operator's, a section, or nothing (null: not such a line).
 */
export function labelLine(ctx: SpeakerContext, text: string): { person: Person } | 'operator' | 'section' | null {
  if (OPERATOR.test(text)) return 'operator';
  const m = LABEL_LINE.exec(text);
  const known = m ? ctx.persons.get(surnameOf(m[1]!.toLowerCase())) : undefined;
  if (m && known) {
    const parts = (m[2] ?? m[3] ?? '').split(/\s*(?:--|—|–)\s*/).filter((p) => p.trim() !== '');
    const role = parts.length === 0 ? null : [...parts].reverse().join(', ');
    return { person: registerPerson(ctx, known.name, role) };
  }
  // A label of someone the article does not name ends the turn before it, and speaks for nobody.
  return m || SECTION.test(text) ? 'section' : null;
}
