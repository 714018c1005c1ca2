/**
 * The bits of a unit's hints (unit-hints.ts): one per conflict rule that reads tellings one unit
 * at a time, set when the rule's reader finds something in the unit.
 */

/** A dated telling of being told, or of a last inspection (date-disputes.ts). */
export const HINT_DATE = 1;
/** The time an incident began or an event happened (time-disputes.ts). */
export const HINT_TIME = 2;
/** A state of something, working or not, open or shut (state-disputes.ts). */
export const HINT_STATE = 4;
