/**
 * The speaker span before a reporting verb: a clause-initial noun phrase, or the shapes
 * "X, citing Y, …", "X cited Y as saying", "X cites Y who …", "Name, role, …", "… and said".
 */
import { patterns } from './lexicon.ts';
import type { Token } from '../nlp/tokens.ts';
import { atClauseStart, subjectBefore } from './np.ts';
import { tokenAt, type VerbHit } from './verb-hits.ts';

const CITING = /(?:^|[,;]\s+)((?:[^,;]+?)),\s*citing\s+([^,]+?),\s*$/i;
const CITED_AS = /\b(?:cited|cites|quoted|quotes|quoting|citing)\s+(.+?)\s+as\s*$/i;
const CITES_WHO = /^(.*?)\s+(?:cites?|cited|quotes?|quoted)\s+(.+?)\s+(?:who|which|that)\s*$/i;

/** A speaker with a relative clause about how they spoke, right before the verb (groups: lead-in, speaker with the clause, its noun phrase). */
const RELATIVE_SPEAKER = /(^|[,;]\s+)(((?:an?|the|two|three|several|one)\s+[^,;“”]+?)\s+who\s+(?:spoke|asked|requested|declined|was\s+not|were\s+not|is\s+not|are\s+not)\b[^,;“”]*?)\s*$/i;

/**
 * "Kevin Marlow, a paramedic with Harrow County EMS," or "Janet Oyelaran, 67,": a person's name
 * with an age or a description no title word marks. (Without it, "X, 67, said the operation was
 * cancelled" read as "X, 67" said by "the operation was cancelled".)
 */
function personWithAppositive(name: string, appositive: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w))) return false;
  return /^\d{1,3}$/.test(appositive.trim()) || /^(?:an?|the)\s+\p{Ll}/u.test(appositive.trim());
}

/** Speaker span before the verb at `hit`, with the shapes "X, citing Y,", "X cited Y as", "X, role,". */
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
  const citing = CITING.exec(pre.replace(/\s+$/, ' ').replace(/ $/, ''));
  if (citing) {
    const at = pre.indexOf(citing[1]!.trim());
    return { speaker: citing[2]!, via: citing[1]!.trim(), start: at < 0 ? 0 : at };
  }
  const who = CITES_WHO.exec(pre);
  if (who) return { speaker: who[2]!, via: who[1]!, start: 0 };
  // Appositive: "Name, role," or "role, Name," right before the verb.
  const appos = /(?:^|[,;]\s+|\b(?:and|but|as|while)\s+)([^,;“”]+?),\s+([^,;“”]+?),\s*(?:(?:also|has|had|have|later|again|then|meanwhile|however)\s+)*$/i.exec(pre);
  if (appos && (patterns.title.test(appos[2]!) || patterns.title.test(appos[1]!) || /[’']s\b/.test(appos[2]!) || personWithAppositive(appos[1]!, appos[2]!))) {
    const startAt = appos.index + appos[0].indexOf(appos[1]!);
    const headTok = tokenAt(tokens, startAt);
    if (atClauseStart(tokens, headTok) && appos[1]!.split(/\s+/).length <= 6) {
      return { speaker: `${appos[1]!.trim()}, ${appos[2]!.trim()}`, via: null, start: startAt };
    }
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
    const subj = first > 0 ? subjectBefore(tokens, first) : null;
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
