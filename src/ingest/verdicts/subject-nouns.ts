/**
 * The nouns of a claim's subject, for rules that ask whether two tellings speak of one thing
 * (state-disputes.ts: "The ship's radar" / "the radar") or of the same people (harm.ts: "No
 * residents" / "A resident").
 */

/** Words of a subject that name nothing: articles, possessives, quantifiers, pronouns. */
export const NOT_NOUNS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'some', 'all', 'any', 'both', 'each', 'every', 'of', 'and', 'this', 'that', 'these', 'those', 'it', 'they', 'we', 'as', 'well']);

/**
 * The nouns of a subject, singular ("backups" → backup, "the ship's radar" → radar), without
 * the words of `skip` and without possessives (the owner is not what is told of).
 */
export function subjectNouns(subject: string, skip: ReadonlySet<string> = NOT_NOUNS): string[] {
  return (subject.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [])
    .filter((w) => !/[’']s$/.test(w) && !skip.has(w) && w.length > 2)
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}
