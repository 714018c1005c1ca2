/**
 * The speaker span before a reporting verb: a clause-initial noun phrase, or the shapes
 * "X, citing Y, …", "X cited Y as saying", "X cites Y who …", "Name, role, …", "… and said".
 */
import { patterns } from './lexicon.ts';
import type { Token } from '../nlp/tokens.ts';
import { atClauseStart, subjectBefore } from './np.ts';
import { tokenAt, type VerbHit } from './verb-hits.ts';
import { NAME_PARTICLES } from './name-particles.ts';

const CITING = /(?:^|[,;]\s+)((?:[^,;]+?)),\s*citing\s+([^,]+?),\s*$/i;
const CITED_AS = /\b(?:cited|cites|quoted|quotes|quoting|citing)\s+(.+?)\s+as\s*$/i;
const CITES_WHO = /^(.*?)\s+(?:cites?|cited|quotes?|quoted)\s+(.+?)\s+(?:who|which|that)\s*$/i;

/** A speaker with a relative clause about how they spoke, right before the verb (groups: lead-in, speaker with the clause, its noun phrase). */
const RELATIVE_SPEAKER = /(^|[,;]\s+)(((?:(?:an?|the|two|three|several|one|some|many)\s+)?[^,;“”]+?)\s+who\s+(?:spoke|asked|requested|declined|was\s+not|were\s+not|is\s+not|are\s+not)\b[^,;“”]*?)\s*$/i;

/**
 * "Kevin Marlow, a paramedic with Harrow County EMS," or "Janet Oyelaran, 67,": a person's name
 * with an age or a description no title word marks. (Without it, "X, 67, said the operation was
 * cancelled" read as "X, 67" said by "the operation was cancelled".)
 */
function personWithAppositive(name: string, appositive: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || !FULL_NAME.test(name.trim())) return false;
  return /^\d{1,3}$/.test(appositive.trim()) || /^(?:an?|the)\s+\p{Ll}/u.test(appositive.trim()) || ROLE_OF.test(appositive.trim());
}

/**
 * A role told without an article, by what it is of or for: "regional organiser for the Health
 * and Care Workers’ Union", "head of research at Talbot Securities" (not an -ing aside: "working
 * at the plant" says what someone did, and PARTICIPIAL_ASIDE has those).
 */
const ROLE_OF = /^(?:\p{Ll}[\p{L}’'-]*\s+){0,2}(?!\p{Ll}+ing\s)\p{Ll}[\p{L}’'-]*\s+(?:for|of|at|with)\s+\S/u;

/** Two to four capitalised name words, with name particles between them ("Tobias van der Berg"). */
const NAME = `\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:(?:${NAME_PARTICLES})\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*){1,3}`;
const FULL_NAME = new RegExp(`^${NAME}$`, 'u');

/** A short noun phrase of who someone is to the story: "Her mother", "the club's doctor", "A neighbour". */
// ("Mr Bessant's daughter, Karen Lyle,": whose relation, by name.)
const KIN_OR_AIDE = /^(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}[’']s)\s+(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*$/u;
/** A person's name, and where they are from: "Carmen Velasquez", "Sam Okoye from Stockport". */
const PERSON_NAME = new RegExp(`^${NAME}(?:\\s+(?:from|of|in)\\s+\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})?$`, 'u');

/** A source, then how it was described: "An anonymous person described in one news report as a lineman (has)". */
const DESCRIBED_AS = /^(?:an?|the|one|two|three|several)\s+[^,;“”"]{0,40}?\s(?:described|identified|characteri[sz]ed|referred\s+to)\s[^,;“”"]{0,40}?\bas\s+[^,;“”"]{1,60}?(?=\s+(?:has|have|had)\s*$|\s*$)/iu;

/** A description of a named organisation or person: "one of the largest insurers", "the county's biggest employer", "a major utility". */
const DESCRIBED = /^(?:one\s+of\s+(?:the|its|their)\s+|the\s+(?:(?:country|county|state|region|city|nation|world|area)[’']s\s+)?(?:largest|biggest|main|only|leading|oldest|second-largest|third-largest)\s+|an?\s+(?:large|major|leading|small|local|national|state-owned|regional|private|publicly\s+traded|family-owned)\s+)/i;

/** An aside on how the speaker came to speak: "asked about the report", "speaking in Geneva". */
/** A Member named by their seat, right before the verb: "The hon. Member for Tarrow and Dunmere (also)". Group 1: the span. */
const HON_MEMBER_BEFORE = /(?:^|[,;]\s+)((?:the\s+)?(?:right\s+)?hon(?:ourable|\.)?\s+(?:and\s+(?:learned|gallant)\s+)?(?:Member|Gentleman|Lady|Friend)\s+for\s+[^,;“”"]+?)\s+(?:(?:also|has|had|then|later|again)\s+)*$/iu;

/** An aside saying a source speaks unnamed: "speaking on condition of anonymity", "speaking anonymously". */
const ANONYMOUSLY = /\b(?:anonymity|anonymously|not\s+authori[sz]ed|not\s+to\s+be\s+(?:named|identified))\b/i;
const PARTICIPIAL_ASIDE = /^(?:(?:when|after|while)\s+)?(?:asked|pressed|questioned|challenged|interviewed|contacted|reached|approached|speaking|responding|writing|appearing|addressing|visiting|answering)\b/i;

/**
 * The speaker span of "a, b," before a reporting verb, when it is one speaker: a name with an
 * appositive ("Name, role", "role, Name", "Name, 67", "Name, the ministry’s spokesman"), or a
 * noun phrase with a relative clause ("a senior official, who asked not to be named" → the span
 * without its comma, so that the clause's anonymity cues still count). Null for two phrases of a
 * list or a clause.
 */
export function appositiveSpeaker(a: string, b: string): string | null {
  const head = a.trim();
  const rest = b.trim();
  const speakerLike = /^(?:an?|the|one|two|three|several)\s/i.test(head) || patterns.title.test(head) || FULL_NAME.test(head);
  if (/^(?:who|whom|whose)\b/i.test(rest)) return speakerLike ? `${head} ${rest}` : null;
  if (/^which\b/i.test(rest)) return null;
  // "Her mother, Carmen Velasquez," / "His lawyer, Adebayo Fenwick,": a relation, then the name.
  if (KIN_OR_AIDE.test(head) && PERSON_NAME.test(rest)) return `${head}, ${rest}`;
  // "Margaret de Vries KC, for Mr van der Berg," / "Nadia Farouk, for the prosecution,": whom a lawyer speaks for.
  if (/^for\s+(?:(?-i:\p{Lu})|the\s+(?:prosecution|defen[cs]e|crown|state|claimants?|plaintiffs?|family|families)\b)/iu.test(rest)) return speakerLike ? head : null;
  // "Emir Hadžić, asked again whether troops had crossed," — how the speaker came to speak.
  if (PARTICIPIAL_ASIDE.test(rest)) return speakerLike ? head : null;
  // "Harborline Mutual, one of the largest home insurers in the county," — what the named one is.
  if (DESCRIBED.test(rest) && /^(?-i:\p{Lu})/u.test(head) && head.split(/\s+/).length <= 5) return head;
  return patterns.title.test(rest) || patterns.title.test(head) || /[’']s\b/.test(rest) || personWithAppositive(head, rest) ? `${head}, ${rest}` : null;
}

/** Speaker span before the verb at `hit`, with the shapes "X, citing Y,", "X cited Y as", "X, role,". */
/** Words that open a clause inside a sentence, with a subject of its own. */
const SUBORDINATOR = /^(?:how|that|which|who|whom|whose|whether|when|where|why|if|because|while|although|though|after|before|since|until|unless)$/i;

export function speakerBefore(text: string, tokens: readonly Token[], hit: VerbHit): { speaker: string; via: string | null; start: number } | null {
  const pre = text.slice(0, hit.start);
  if (/ing$/i.test(hit.text)) {
    const cited = CITED_AS.exec(pre);
    if (cited) {
      const head = pre.slice(0, cited.index);
      const subj = subjectBefore(tokens, tokenAt(tokens, cited.index));
      const via = subj ? text.slice(subj.start, subj.end) : head.trim().split(/[,;]/).pop() ?? null;
      return { speaker: cited[1]!, via, start: subj?.start ?? cited.index };
    }
  }
  // "The hon. Member for Tarrow and Dunmere said …": a Member by their seat, "and" and all.
  const member = HON_MEMBER_BEFORE.exec(pre);
  if (member) return { speaker: member[1]!, via: null, start: member.index + member[0].indexOf(member[1]!) };
  const citing = CITING.exec(pre.replace(/\s+$/, ' ').replace(/ $/, ''));
  if (citing) {
    const at = pre.indexOf(citing[1]!.trim());
    return { speaker: citing[2]!, via: citing[1]!.trim(), start: at < 0 ? 0 : at };
  }
  const who = CITES_WHO.exec(pre);
  if (who) return { speaker: who[2]!, via: who[1]!, start: 0 };
  // "Passenger Vojtěch Král, 34, who was in the fourth carriage, told …": a name with its
  // appositive, then a relative clause or an aside on how they came to speak (kept: it may say
  // how sourced the speaker is, "who asked not to be named").
  // ("Maureen Pell, 71, who lives on Kestrel Lane, about 300 metres from the plant, said": the
  // relative clause may run on past a comma, with where or what its place is.)
  const four = /^([^,;“”]+?),\s+(\d{1,3}),\s+((?:who|whom)\s[^,;“”]+?),\s+[^,;“”]+?,\s*(?:(?:also|has|had|have|later|again|then)\s+)*$/i.exec(pre);
  if (four && four[1]!.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(four[1]!)) {
    const named = appositiveSpeaker(four[1]!, four[2]!);
    if (named) return { speaker: `${named} ${four[3]!.trim()}`, via: null, start: 0 };
  }
  const three = /^([^,;“”]+?),\s+([^,;“”]+?),\s+((?:who|whom)\s[^,;“”]+?|[^,;“”]+?),\s*(?:(?:also|has|had|have|later|again|then)\s+)*$/i.exec(pre);
  if (three && (/^(?:who|whom)\s/i.test(three[3]!) || PARTICIPIAL_ASIDE.test(three[3]!))) {
    const named = appositiveSpeaker(three[1]!, three[2]!);
    if (named && three[1]!.split(/\s+/).length <= 6) return { speaker: /^(?:who|whom)\s/i.test(three[3]!) ? `${named} ${three[3]!.trim()}` : named, via: null, start: 0 };
  }
  // "Tobias van der Berg, 54, the city’s deputy mayor for housing, denies …": a name, an age,
  // then who they are; the age is no speaker ("54, the city’s deputy mayor" it would be below).
  if (three && /^\d{1,3}$/.test(three[2]!.trim())) {
    const named = appositiveSpeaker(three[1]!, three[3]!);
    if (named && three[1]!.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(three[1]!)) return { speaker: named, via: null, start: 0 };
  }
  // "Owen Tasker, managing director of Sentinel Crowd Management, the festival's security
  // contractor, rejected …": a name, its role, then what the role's body is; the speaker is the
  // name with its role (not the role with the description).
  if (three && FULL_NAME.test(three[1]!.trim()) && (patterns.title.test(three[2]!) || ROLE_OF.test(three[2]!.trim())) && /^(?:an?|the|its|their)\s/i.test(three[3]!.trim())) {
    return { speaker: `${three[1]!.trim()}, ${three[2]!.trim()}`, via: null, start: 0 };
  }
  // "An anonymous person described in one news report as a Ridgeline lineman has claimed …": who
  // speaks is the person described, not the description.
  const described = DESCRIBED_AS.exec(pre);
  if (described) return { speaker: described[0].trim(), via: null, start: 0 };
  // "Reljic, reached by telephone in Lisbon, said …": a name, then an aside on how they came to
  // speak.
  const aside = /^([^,;“”]+?),\s+([^,;“”]+?),\s*(?:(?:also|later|again|then)\s+)*$/.exec(pre);
  if (aside && PARTICIPIAL_ASIDE.test(aside[2]!) && aside[1]!.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(aside[1]!)) {
    const head = tokenAt(tokens, aside[1]!.length);
    const subj = subjectBefore(tokens, head);
    // ("A consultant, speaking on condition of anonymity, said": the aside says how sourced they are, and stays.)
    if (subj && subj.start === 0) return { speaker: ANONYMOUSLY.test(aside[2]!) ? `${aside[1]!} ${aside[2]!}` : aside[1]!, via: null, start: 0 };
  }
  // "United Electrical Workers Local 88, which represents about 800 workers at the plant, said":
  // a name, then a relative clause between commas.
  const which = /^([^,;“”]+?),\s+((?:which|who)\s[^,;“”]+?),\s*(?:(?:also|has|had|have|later|again|then)\s+)*$/i.exec(pre);
  // (A "who" clause stays: "A clerk, who asked not to be named, said" is an unnamed source.)
  if (which && which[1]!.split(/\s+/).length <= 8 && /^\p{Lu}/u.test(which[1]!)) return { speaker: /^who\s/i.test(which[2]!) ? `${which[1]!} ${which[2]!}` : which[1]!, via: null, start: 0 };
  // Appositive: "Name, role," or "role, Name," right before the verb.
  const appos = /(?:^|[,;]\s+|\b(?:and|but|as|while)\s+)([^,;“”]+?),\s+([^,;“”]+?),\s*(?:(?:also|has|had|have|later|again|then|meanwhile|however)\s+)*$/i.exec(pre);
  const apposSpeaker = appos ? appositiveSpeaker(appos[1]!, appos[2]!) : null;
  if (appos && apposSpeaker) {
    const startAt = appos.index + appos[0].indexOf(appos[1]!);
    const headTok = tokenAt(tokens, startAt);
    if (atClauseStart(tokens, headTok) && appos[1]!.split(/\s+/).length <= 6) return { speaker: apposSpeaker, via: null, start: startAt };
  }
  // "…, a senior official who spoke on condition of anonymity said.": the speaker is the noun
  // phrase with its relative clause, which says how sourced it is ("who were not authorized to
  // speak publicly").
  const rel = RELATIVE_SPEAKER.exec(pre);
  if (rel && rel[3]!.split(/\s+/).length <= 6) return { speaker: rel[2]!.trim(), via: null, start: rel.index + rel[1]!.length };
  const np = subjectBefore(tokens, hit.tok);
  if (np) return { speaker: text.slice(np.start, np.end), via: null, start: np.start };
  // "X called the report speculation and said …": the sentence subject speaks again.
  let k = hit.tok - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  if (k > 0 && /^(?:and|but)$/i.test(tokens[k]!.text)) {
    const first = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    // Not inside a clause of its own: in "… opened an investigation over how it handled and
    // disclosed a cyberattack", "disclosed" is the company's, not the regulator's word.
    const nested = first > 0 && tokens.slice(first + 1, k).some((t) => SUBORDINATOR.test(t.text));
    const subj = first > 0 && !nested ? subjectBefore(tokens, first) : null;
    if (subj && subj.start === 0) return { speaker: text.slice(subj.start, subj.end), via: null, start: tokens[k]!.start };
  }
  // "Name Role, verb …" with a lost comma ("Jon MeyerSmith’s communications director,"):
  // a sentence-initial noun phrase with a title, then a comma.
  const lead = /^([^,;“”]{3,80}),\s*$/.exec(pre);
  if (lead && patterns.title.test(lead[1]!) && /\p{Lu}/u.test(lead[1]!.charAt(0))) {
    const comma = tokenAt(tokens, lead[1]!.length);
    const inner = subjectBefore(tokens, comma);
    if (inner && inner.start === 0) return { speaker: lead[1]!, via: null, start: 0 };
  }
  return null;
}
