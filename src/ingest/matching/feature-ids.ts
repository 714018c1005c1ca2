/**
 * Numbers for claim features, worked out once per unit and shared by the stages that compare
 * units (clustering, titles, denial targets): equal feature sets get equal numbers, so those
 * stages can treat a thousand copies of one boilerplate sentence as one.
 */
import type { ClaimFeatures } from './features.ts';
import { ListIds } from './list-ids.ts';

export class FeatureIds {
  /** Term lists and people lists, numbered together (a list's number says nothing of its role). */
  readonly lists = new ListIds();
  readonly #identities = new ListIds();
  readonly #key = new Int32Array(3);

  /** Number of a term list (or people list): equal lists, equal numbers. */
  listId(list: readonly string[]): number {
    return this.lists.id(list);
  }

  /**
   * Number of a feature set's identity: its terms, people, polarity and modality (what
   * clustering and denial matching compare; predicates are not part of it).
   */
  identity(f: ClaimFeatures, terms: number = this.lists.id(f.terms)): number {
    const key = this.#key;
    key[0] = (f.negated ? 2 : 0) + (f.modal ? 1 : 0);
    key[1] = this.lists.id(f.participants);
    key[2] = terms;
    return this.#identities.idOfNumbers(key);
  }
}
