/**
 * Shared data shapes of the ingest pipeline.
 *
 * seeds/ → parse (ArticleRecord) → sentences → attribution → claims → matching → verdicts → MDX.
 * Every stage takes and returns plain data so each can be tested on its own.
 */

/** One block of an article body, in reading order. `text` is verbatim from the seed. */
export interface Block {
  kind: 'paragraph' | 'subheading';
  text: string;
}

/** What the parse stage makes of one seed file. Nothing here is invented: absent → '' or null. */
export interface ParsedArticle {
  /** File name without extension; the article's stable id. */
  id: string;
  /** Original file name inside seeds/. */
  file: string;
  /** Headline as printed in the seed, or '' when the seed has none. */
  title: string;
  /** Publication date as ISO `YYYY-MM-DD`, or null when the seed states none. */
  date: string | null;
  /** The date exactly as written in the seed, or null. */
  dateText: string | null;
  /** Publishing outlet as named by the seed ("Source: …"), or null. */
  outlet: string | null;
  /** Original source the outlet credits (e.g. a site it republishes), or null. */
  via: string | null;
  /** Author named by a byline ("By …"), or null. */
  byline: string | null;
  /** Agencies or sources the article credits ("According to TASS, AFP, Reuters"). */
  credits: string[];
  /** The Source line says the page is the outlet's own release or statement ("(press release)"): its unsourced lines are the outlet's on record. */
  issued?: true;
  /** Body in reading order, page furniture and metadata lines removed. */
  blocks: Block[];
}

/** A sentence located in an article: `text` is a verbatim slice of its block's text. */
export interface Sentence {
  /** Article id. */
  article: string;
  /** Index of the sentence within the article (0-based, headline first if any). Anchor: `#s-<n>`. */
  n: number;
  /** Index of the block in ParsedArticle.blocks, or -1 for the headline. */
  block: number;
  /** Character offsets of the sentence inside its block text (or title). */
  start: number;
  end: number;
  text: string;
  kind: 'title' | 'paragraph' | 'subheading';
}

export type AttributionKind = 'named' | 'anonymous' | 'none';
export type Stance = 'asserts' | 'reports' | 'denies' | 'declines';
/**
 * How one appearance stands to the claim of its page: a unit's own stance, or `conflicts` for a
 * telling whose figure cannot also be true of the claim as its title gives it ("Nine people were
 * taken to hospital" on the page of "14 people have been taken to hospital").
 */
export type AppearanceStance = Stance | 'conflicts';
export type Verdict = 'disputed' | 'confirmed' | 'unattributed';
export type Relation = 'disputes' | 'disputed-by' | 'related';

/** Who stands behind one appearance of a claim. */
export interface Attribution {
  /** Normalised speaker name ("Dmitry Peskov", "the Kremlin", "sources familiar with the situation"), or null. */
  speaker: string | null;
  /** Speaker's role when the article gives one ("Kremlin spokesman"), or null. */
  role: string | null;
  kind: AttributionKind;
  /** Outlet that carried the statement when the speaker is reached through it ("The Washington Post"), or null. */
  via: string | null;
}

/**
 * A claim as the engine produces it on this run, before it meets the page already on disk.
 * The merge stage turns it into `content/claims/<slug>.mdx` without losing author edits.
 */
export interface GeneratedClaim {
  /** Slug proposed for a new page (github-slugger of the title); an existing page keeps its own. */
  slug: string;
  title: string;
  engine: { verdict: Verdict; confidence: number };
  appearances: Array<{
    source: string;
    quote: string;
    sentence: number;
    outlet: string | null;
    date: string | null;
    speaker: string | null;
    role: string | null;
    attribution: AttributionKind;
    via: string | null;
    stance: AppearanceStance;
  }>;
  reasons: string[];
  /** Relations by the other claim's *proposed* slug; the merge stage maps them to final slugs. */
  related: Array<{ slug: string; relation: Relation }>;
  /** The generated summary: plain-text paragraphs for the MDX body. */
  summary: string[];
}
