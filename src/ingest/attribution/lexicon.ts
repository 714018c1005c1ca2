/**
 * Loads the attribution lexicons (src/ingest/lexicon/*.json) once and exposes them as lookups.
 * All matching is case-insensitive on whole words; multiword entries are tried longest first.
 */
import reportingJson from '../lexicon/reporting-verbs.json' with { type: 'json' };
import anonymousJson from '../lexicon/anonymous-cues.json' with { type: 'json' };
import denialJson from '../lexicon/denial-cues.json' with { type: 'json' };
import titlesJson from '../lexicon/titles.json' with { type: 'json' };
import outletsJson from '../lexicon/outlets.json' with { type: 'json' };
import orgsJson from '../lexicon/organisations.json' with { type: 'json' };
import commentaryJson from '../lexicon/commentary-cues.json' with { type: 'json' };
import verbFormsJson from '../lexicon/verb-forms.json' with { type: 'json' };

export type VerbClass = 'say' | 'tell' | 'report' | 'confirm' | 'deny' | 'brand';

export interface VerbInfo {
  lemma: string;
  cls: VerbClass;
}

const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source matching any of the phrases as whole words, longest first. Apostrophes match ' and ’. */
/**
 * What someone told, as a singular noun "that" or "this" points back at ("that claim was without
 * foundation", "That figure is wrong"): no clause opens after such a "that". (A plural is no
 * pointing: "said that claims were made".)
 */
/** Words of a news outlet's name: "Meridian News Agency", "Allied Press Service", "WCTV News" are newsrooms. */
export const NEWSROOM_WORD = /^(?:news|newswire|press|wire|media|broadcasting|radio|tv|television|times|post|herald|gazette|journal|daily|weekly|review|report|reporter|register|ledger|observer|standard|tribune|chronicle|courier|dispatch|sentinel|today|insider)$/i;

export const POINTED_TELLINGS = ['claim', 'account', 'suggestion', 'allegation', 'report', 'figure', 'story', 'version', 'statement', 'assertion', 'number', 'estimate', 'characterisation', 'characterization', 'description', 'portrayal', 'interpretation', 'accusation', 'criticism', 'charge'];

/** How firmly something is rejected: "rejected that entirely", "denied this outright". */
export const FIRMLY = ['entirely', 'completely', 'totally', 'utterly', 'absolutely', 'categorically', 'outright', 'firmly', 'strongly', 'wholly', 'flatly', 'fully'];

export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort(byLength)
    .map((p) => escapeRe(p).replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

const verbForms = new Map<string, VerbInfo>();
for (const v of reportingJson.verbs) {
  for (const f of v.forms) verbForms.set(f, { lemma: v.lemma, cls: v.class as VerbClass });
}

export const lexicon = {
  /** Reporting verb forms (lower case) → lemma and class. */
  verbForms,
  phrasalDenials: [...reportingJson.phrasalDenials].sort(byLength),
  phrasalSays: [...reportingJson.phrasalSays].sort(byLength),
  addressees: [...reportingJson.addressees].sort(byLength),
  anonHeads: [...anonymousJson.heads].sort(byLength),
  anonSingulars: new Set(anonymousJson.singulars),
  anonAdverbs: new Set(anonymousJson.adverbs),
  anonQualifiers: new Set(anonymousJson.qualifiers),
  reportNouns: [...denialJson.reportNouns].sort(byLength),
  anaphoricObjects: [...denialJson.anaphoricObjects].sort(byLength),
  reportLinks: [...denialJson.reportLinks].sort(byLength),
  falsityWords: [...denialJson.falsityWords].sort(byLength),
  anaphoricSubjects: [...denialJson.anaphoricSubjects].sort(byLength),
  eventNouns: new Set(denialJson.eventNouns),
  declinePhrases: [...denialJson.declinePhrases].sort(byLength),
  titles: [...titlesJson.titles].sort(byLength),
  titleWords: new Set(titlesJson.titles.flatMap((t) => t.split(/[\s]+/))),
  honorifics: new Set(titlesJson.honorifics),
  outletHeads: new Set(outletsJson.heads),
  agencies: [...outletsJson.agencies, ...outletsJson.broadcasters].sort(byLength),
  broadcasters: new Set(outletsJson.broadcasters),
  outletRefs: outletsJson.references,
  outletReportNouns: outletsJson.reportNouns,
  genericMedia: new Set(outletsJson.genericMedia),
  orgNouns: new Set(orgsJson.nouns),
  companyEndings: orgsJson.companyEndings,
  commentaryPhrases: commentaryJson.phrases,
  commentaryEndings: commentaryJson.endings,
  sentiments: commentaryJson.sentiments,
  discourseMarkers: [...commentaryJson.discourseMarkers].sort(byLength),
  furnitureStarts: commentaryJson.furnitureStarts,
  speechActNouns: commentaryJson.speechActNouns,
  irregularPast: new Map(Object.entries(verbFormsJson.irregularPast)),
  nonClaimParticiples: new Set(verbFormsJson.nonClaimParticiples),
};

/** Compiled regexes built from the lexicons (built once). */
export const patterns = {
  decline: new RegExp(`\\b(?:${alternation(lexicon.declinePhrases)})\\b`, 'i'),
  falsity: new RegExp(`\\b(?:${alternation(lexicon.falsityWords)})\\b`, 'i'),
  /**
   * "… is simply untrue", "… are baseless": a falsity word as what is said of a report (group 1:
   * the verb, for agreement with the report noun), at the end of the clause or before a comma
   * ("…, Keller said"); "not supported" may say by what ("are not supported by our investigation so far").
   */
  calledFalse: new RegExp(
    `\\s+(is|was|are|were|remains|remain)\\s+(?:(?:simply|completely|totally|entirely|utterly|absolutely|just|patently|categorically|wholly|plainly|clearly|quite|also|all|both|equally|frankly)\\s+)*(?:${alternation(lexicon.falsityWords)})(?:(?<=supported|borne\\s+out)\\s+by\\s+[^,.;!“”"]{1,60}?)?(?=\\s*[.!,]?[”"]?\\s*$|,\\s)`,
    'iu',
  ),
  phrasalSay: new RegExp(`\\b(?:${alternation(lexicon.phrasalSays)})\\b`, 'i'),
  phrasalDenial: new RegExp(`\\b(?:${alternation(lexicon.phrasalDenials)})\\b`, 'i'),
  commentary: new RegExp(`\\b(?:${alternation(lexicon.commentaryPhrases)})\\b`, 'i'),
  sentiment: new RegExp(`\\b(?:${alternation(lexicon.sentiments)})\\b`, 'i'),
  commentaryEnding: new RegExp(`\\b(?:${alternation(lexicon.commentaryEndings)})\\s*[.!]?\\s*$`, 'i'),
  anonAdverb: new RegExp(`\\b(?:${alternation([...lexicon.anonAdverbs])})\\b`, 'i'),
  anonHead: new RegExp(`\\b(?:${alternation(lexicon.anonHeads)})\\b`, 'i'),
  title: new RegExp(`\\b(?:${alternation(lexicon.titles)})\\b`, 'i'),
  discourse: new RegExp(`^(?:${alternation(lexicon.discourseMarkers)})\\s*,?\\s+`, 'i'),
  speechAct: new RegExp(`\\b(?:${alternation(lexicon.speechActNouns)})\\b`, 'i'),
  furniture: new RegExp(`^(?:${alternation(lexicon.furnitureStarts)})`, 'i'),
  reportNoun: new RegExp(`\\b(?:${alternation(lexicon.reportNouns)})\\b`, 'i'),
  anaphoricObject: new RegExp(`^(?:${alternation(lexicon.anaphoricObjects)})\\b`, 'i'),
  anaphoricSubject: new RegExp(`^(?:${alternation(lexicon.anaphoricSubjects)})(?=\\s|[’']s\\b)`, 'i'),
  addressee: new RegExp(`^(?:${alternation(lexicon.addressees)})\\b`, 'i'),
};

/** Look up a reporting verb by its surface form. */
export function reportingVerb(word: string): VerbInfo | undefined {
  return lexicon.verbForms.get(word.toLowerCase());
}
