import { z } from 'astro/zod';

export const VERDICTS = ['disputed', 'confirmed', 'unattributed'] as const;
export const ATTRIBUTIONS = ['named', 'anonymous', 'none'] as const;
export const STANCES = ['asserts', 'reports', 'denies', 'declines', 'conflicts'] as const;
export const RELATIONS = ['disputes', 'disputed-by', 'related'] as const;
export const STATUSES = ['active', 'retired'] as const;

/**
 * A review field an editor filled in (`reviewedBy`, `reviewed`): an empty placeholder
 * (`reviewedBy: ""`, `reviewed:`) reviews nothing. The merge and the site both ask this.
 */
export function filledIn(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** A review date an editor may write: empty, a Date (as some YAML parsers read one), or a real YYYY-MM-DD day. */
export function isReviewDate(value: string | Date): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (value.trim() === '') return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.getUTCFullYear() === Number(m[1]) && day.getUTCMonth() === Number(m[2]) - 1 && day.getUTCDate() === Number(m[3]);
}

/**
 * What is wrong with an earlier name of a claim page, or null when nothing is: it is a file name
 * in content/claims without `.mdx`, as its address /claims/<name>/ shows it — not a path
 * ("/claims/x/"), not the file name with its extension, nothing a file name cannot hold.
 */
export function pageNameProblem(value: string): string | null {
  const example = 'the old file name without the folder and .mdx, e.g. kremlin-denies-call';
  if (value.trim() === '') return `an old name cannot be empty: write ${example}`;
  const last = value.split('/').filter(Boolean).pop()?.replace(/\.mdx$/, '') ?? '';
  if (value.includes('/') || value.includes('\\')) return `"${value}" is a path: write the old file name alone${last ? `, "${last}"` : ''}`;
  if (value.endsWith('.mdx')) return `"${value}": write it without .mdx, "${value.slice(0, -4)}"`;
  if (/\s/.test(value)) return `"${value}" has spaces, which no page name has: write ${example}`;
  if (/[?#]/.test(value) || value === '.' || value === '..') return `"${value}" cannot be a page name: write ${example}`;
  return null;
}

/** One sentence of one article that carries the claim. Written by the build step. */
export const appearanceSchema = z.object({
  /** Article id: the seed file name without extension. */
  source: z.string().min(1),
  /** The sentence exactly as it stands in the seed, character for character. */
  quote: z.string().min(1),
  /** Sentence number in the article; the article view anchors it as `#s-<n>`. */
  sentence: z.number().int().nonnegative(),
  /** Outlet that published the article, when the seed names one. */
  outlet: z.string().nullable().default(null),
  /** Publication date of the article (ISO), when the seed states one. */
  date: z.string().nullable().default(null),
  /** Who stands behind the claim in this sentence, normalised; null when nobody is named. */
  speaker: z.string().nullable(),
  /** The speaker's role as the article gives it ("Kremlin spokesman"). */
  role: z.string().nullable().default(null),
  /** `named`: a person or organisation on record; `anonymous`: unnamed or vague sources; `none`: the outlet's own assertion. */
  attribution: z.enum(ATTRIBUTIONS),
  /** Outlet through which the speaker is reached ("The Washington Post"), if any. */
  via: z.string().nullable().default(null),
  /**
   * `asserts` states it, `reports` relays another's report, `denies` contradicts it, `declines`
   * neither confirms nor denies, `conflicts` tells it with a figure that cannot also be true.
   */
  stance: z.enum(STANCES),
});

/** A link to another claim page. */
export const relatedSchema = z.object({
  /** Slug of the other claim (its file name in content/claims without `.mdx`). */
  slug: z.string().min(1),
  /** `disputes`: this claim contradicts that one; `disputed-by`: that one contradicts this; `related`: same event. */
  relation: z.enum(RELATIONS),
});

/** The build step's own assessment, kept apart from the author-owned `verdict`. */
export const engineSchema = z.object({
  /** Verdict the engine suggests by the policy in the README. */
  verdict: z.enum(VERDICTS),
  /** How sure the engine is, 0–1. */
  confidence: z.number().min(0).max(1),
  /** Bookkeeping: the last generated title (the author owns `title` once it differs). */
  title: z.string().optional(),
  /** Bookkeeping: hash of the last generated body (the author owns the body once it differs). */
  summaryHash: z.string().optional(),
  /** Bookkeeping: what the author has taken over from the build (`title`, `verdict`, `body`). */
  authored: z.array(z.string()).optional(),
  /**
   * Bookkeeping: what of `authored` the build has generated anew since (`title`, `body`): the
   * author's version stands; `npm run review` lists the page until the entry is deleted.
   */
  outdated: z.array(z.string()).optional(),
});

/**
 * Frontmatter of `content/claims/<slug>.mdx`. `verdict`, the body and any field not listed here
 * belong to the author; `appearances`, `reasons`, `related` and `engine` belong to the build step.
 */
export const claimSchema = z
  .object({
    /** The claim in one sentence: the reported content, not the reporting frame. */
    title: z.string().min(1).max(160),
    /** The verdict shown to readers. Author-owned once changed from the engine's suggestion. */
    verdict: z.enum(VERDICTS),
    /** `retired` when no seed carries the claim any more: the page stays but leaves listings. */
    status: z.enum(STATUSES).default('active'),
    /** Every sentence that carries the claim. */
    appearances: z.array(appearanceSchema).default([]),
    /** Short sentences a reader understands, explaining the verdict. */
    reasons: z.array(z.string()).default([]),
    /** Links to other claims. */
    related: z.array(relatedSchema).default([]),
    /** The engine's suggestion; absent on pages written by hand. */
    engine: engineSchema.optional(),
    /**
     * Earlier names of this page (author-owned): when you rename `old.mdx` to `new.mdx`, write
     * `aliases: [old]` in new.mdx and /claims/old/ keeps working — it sends readers, links and
     * bookmarks to /claims/new/. No other page may have that name, and ingest gives it to no new page.
     */
    aliases: z
      .array(
        z.string().check((ctx) => {
          const problem = pageNameProblem(ctx.value);
          if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
        }),
      )
      .optional(),
    /**
     * Never allowed: Astro's MDX turns a frontmatter `layout` into an import of the file it names,
     * which the build would then run. Claim pages are laid out by the site (src/pages/claims/).
     */
    layout: z
      .custom<never>((v) => v === undefined, { message: 'is not allowed: Astro would import and run the file it names; claim pages use the site’s own layout, so remove the line' })
      .optional(),
    /** Editor who reviewed the verdict (author-owned). */
    reviewedBy: z.string().optional(),
    /**
     * Date of the editor's review, `YYYY-MM-DD` (author-owned). A real calendar date: "2024-13-45"
     * or "12/06/2024" would be published as some other day. Left empty, the page is not reviewed.
     */
    reviewed: z
      .union([z.string(), z.date(), z.null()])
      .optional()
      .refine((v) => v === undefined || v === null || isReviewDate(v), { message: 'write the date as YYYY-MM-DD, e.g. 2024-12-03' }),
  })
  .loose();

export type ClaimFrontmatter = z.infer<typeof claimSchema>;
export type Appearance = z.infer<typeof appearanceSchema>;
