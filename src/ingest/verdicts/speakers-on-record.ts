/**
 * The speakers behind a verdict's reasons, one entry per person or body however the articles
 * write the name: "the Kremlin" and "Kremlin" are one speaker (as on the site's speaker pages),
 * shown as most often written; their roles fold as the speaker pages fold them ("spokesman" and
 * "Kremlin spokesman" are one role: attribution/roles.ts), the first role left standing shown.
 */
import { displayRoles } from '../attribution/roles.ts';
import { mostFrequent } from '../most-frequent.ts';

/** One statement on record: who, in what role, in which article. */
export interface OnRecord {
  speaker: string;
  role: string | null;
  article: string;
}

export interface SpeakerOnRecord {
  speaker: string;
  role: string | null;
  /** The articles the speaker says it in. */
  articles: Set<string>;
}

/** The key two spellings of one speaker share: no leading "the", no case. */
export function speakerKey(name: string): string {
  return name.trim().replace(/^the\s+/i, '').toLowerCase();
}

/** The speakers of `rows`, in order of first mention. */
export function speakersOnRecord(rows: Iterable<OnRecord>): SpeakerOnRecord[] {
  const groups = new Map<string, { names: Map<string, number>; roles: string[]; articles: Set<string> }>();
  for (const { speaker, role, article } of rows) {
    const key = speakerKey(speaker);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: new Map(), roles: [], articles: new Set() }));
    const name = speaker.trim();
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    if (role) g.roles.push(role);
    g.articles.add(article);
  }
  return [...groups.values()].map((g) => ({ speaker: mostFrequent(g.names)!, role: displayRoles(g.roles)[0] ?? null, articles: g.articles }));
}
