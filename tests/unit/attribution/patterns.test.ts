/**
 * Attribution patterns end to end: each row is a tiny article (context sentences, then the
 * sentence under test) and the unit expected from the last sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, type ClaimUnit } from '../../../src/ingest/claims/extract.ts';
import { sentences } from '../claims/article.ts';

const MAYOR = 'Mayor Ana Costa opened the new library on Monday.';
const HERALD = 'The Riverside Herald first published the story on Sunday.';
const MINISTER = 'Finance Minister Tomas Berg spoke in parliament on Tuesday.';

interface Row {
  name: string;
  context: string[];
  sentence: string;
  text: string;
  speaker: string | null;
  kind: 'named' | 'anonymous' | 'none';
  stance: ClaimUnit['stance'];
  role?: string | null;
  via?: string | null;
}

const rows: Row[] = [
  { name: 'said + clause', context: [MAYOR], sentence: 'Costa said the city would close the bridge for repairs.', text: 'The city would close the bridge for repairs', speaker: 'Ana Costa', role: 'Mayor', kind: 'named', stance: 'asserts' },
  { name: 'role + name + said', context: [], sentence: 'Mayor Ana Costa said the city would close the bridge for repairs.', text: 'The city would close the bridge for repairs', speaker: 'Ana Costa', role: 'Mayor', kind: 'named', stance: 'asserts' },
  { name: 'trailing frame', context: [], sentence: 'The city would close the bridge for repairs, Mayor Ana Costa said.', text: 'The city would close the bridge for repairs', speaker: 'Ana Costa', role: 'Mayor', kind: 'named', stance: 'asserts' },
  { name: 'quote first', context: [MAYOR], sentence: '“The bridge will close on Monday,” Costa said.', text: 'The bridge will close on Monday', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'quote first, inverted', context: [MAYOR], sentence: '“The bridge will close on Monday,” said Costa.', text: 'The bridge will close on Monday', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'quote last', context: [MAYOR], sentence: 'Costa said “the bridge will close on Monday”.', text: 'The bridge will close on Monday', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'told reporters that', context: [MAYOR], sentence: 'Costa told reporters that the bridge would reopen in June.', text: 'The bridge would reopen in June', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'told an outlet → via', context: [MAYOR, HERALD], sentence: 'Costa told the Herald that the bridge would reopen in June.', text: 'The bridge would reopen in June', speaker: 'Ana Costa', kind: 'named', via: 'The Riverside Herald', stance: 'asserts' },
  { name: 'said on Monday that', context: [MAYOR], sentence: 'Costa said on Monday that the bridge would reopen in June.', text: 'The bridge would reopen in June', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'according to (start)', context: [], sentence: 'According to the ministry, exports fell by 12 percent last year.', text: 'Exports fell by 12 percent last year', speaker: 'the ministry', kind: 'named', stance: 'asserts' },
  { name: 'according to (end)', context: [], sentence: 'Exports fell by 12 percent last year, according to the ministry.', text: 'Exports fell by 12 percent last year', speaker: 'the ministry', kind: 'named', stance: 'asserts' },
  { name: 'according to people familiar', context: [], sentence: 'According to people familiar with the talks, the company plans to cut 300 jobs.', text: 'The company plans to cut 300 jobs', speaker: 'people familiar with the talks', kind: 'anonymous', stance: 'asserts' },
  { name: 'anonymous sources cited by an outlet', context: [HERALD], sentence: 'According to anonymous sources cited by the Herald, the mayor met the developer twice.', text: 'The mayor met the developer twice', speaker: 'anonymous sources', kind: 'anonymous', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'outlet reported', context: [HERALD], sentence: 'The Herald reported that the mayor met the developer twice.', text: 'The mayor met the developer twice', speaker: null, kind: 'none', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'according to the paper', context: [HERALD], sentence: 'According to the paper, the mayor met the developer twice.', text: 'The mayor met the developer twice', speaker: null, kind: 'none', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'the newspaper wrote', context: [HERALD], sentence: 'The newspaper wrote that the contract was worth $4 million.', text: 'The contract was worth $4 million', speaker: null, kind: 'none', via: 'The Riverside Herald', stance: 'reports' },
  { name: "outlet's report stated", context: [HERALD], sentence: 'The Herald’s report stated that the contract was worth $4 million.', text: 'The contract was worth $4 million', speaker: null, kind: 'none', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'outlet, citing people, reported', context: [HERALD], sentence: 'The Herald, citing two people familiar with the deal, reported that the mayor had signed the contract.', text: 'The mayor had signed the contract', speaker: 'two people familiar with the deal', kind: 'anonymous', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'outlet cited X as saying', context: [HERALD], sentence: 'The Herald cited officials as saying that the contract had been cancelled.', text: 'The contract had been cancelled', speaker: 'officials', kind: 'anonymous', via: 'The Riverside Herald', stance: 'reports' },
  { name: 'officials said', context: [], sentence: 'Officials said the water supply was safe.', text: 'The water supply was safe', speaker: 'officials', kind: 'anonymous', stance: 'asserts' },
  { name: 'a senior official confirmed', context: [], sentence: 'A senior official confirmed that the city had not been informed of the closure.', text: 'The city had not been informed of the closure', speaker: 'a senior official', kind: 'anonymous', stance: 'asserts' },
  { name: 'experts say', context: [], sentence: 'Experts say the dam could fail within a decade.', text: 'The dam could fail within a decade', speaker: 'experts', kind: 'anonymous', stance: 'asserts' },
  { name: 'agency sources', context: [], sentence: 'Reuters sources said the merger would be announced on Friday.', text: 'The merger would be announced on Friday', speaker: 'sources', kind: 'anonymous', via: 'Reuters', stance: 'reports' },
  { name: 'sources familiar with the situation', context: [], sentence: 'Sources familiar with the situation said the minister would resign.', text: 'The minister would resign', speaker: 'sources familiar with the situation', kind: 'anonymous', stance: 'asserts' },
  { name: 'reportedly', context: [], sentence: 'The minister reportedly offered to resign last week.', text: 'The minister offered to resign last week', speaker: null, kind: 'anonymous', stance: 'reports' },
  { name: 'organisation (common noun)', context: [], sentence: 'The company said its profits had doubled.', text: 'The company’s profits had doubled', speaker: 'the company', kind: 'named', stance: 'asserts' },
  { name: 'organisation (proper noun)', context: [], sentence: 'The White House said the visit would go ahead.', text: 'The visit would go ahead', speaker: 'the White House', kind: 'named', stance: 'asserts' },
  { name: 'appositive role, stated + quote', context: [], sentence: 'Paula Reyes, the company’s chief executive, stated, “We have no plans to sell the factory.”', text: 'We have no plans to sell the factory', speaker: 'Paula Reyes', role: 'company’s chief executive', kind: 'named', stance: 'asserts' },
  { name: 'role-first appositive', context: [], sentence: 'The company’s chief executive, Paula Reyes, said the factory would stay open.', text: 'The factory would stay open', speaker: 'Paula Reyes', kind: 'named', stance: 'asserts' },
  { name: 'insisted that', context: [], sentence: 'Finance Minister Tomas Berg insisted that the budget was balanced.', text: 'The budget was balanced', speaker: 'Tomas Berg', role: 'Finance Minister', kind: 'named', stance: 'asserts' },
  { name: 'pronoun from previous sentence', context: [MINISTER], sentence: 'He said the budget was balanced.', text: 'The budget was balanced', speaker: 'Tomas Berg', role: 'Finance Minister', kind: 'named', stance: 'asserts' },
  { name: 'honorific + surname', context: [MINISTER], sentence: 'Mr. Berg added that taxes would not rise.', text: 'Taxes would not rise', speaker: 'Tomas Berg', role: 'Finance Minister', kind: 'named', stance: 'asserts' },
  { name: 'role only', context: [MINISTER], sentence: 'The finance minister warned that the deficit would grow.', text: 'The deficit would grow', speaker: 'Tomas Berg', role: 'Finance Minister', kind: 'named', stance: 'asserts' },
  { name: 'noted', context: [], sentence: 'Police spokesperson Lena Duval noted that no arrests had been made.', text: 'No arrests had been made', speaker: 'Lena Duval', role: 'Police spokesperson', kind: 'named', stance: 'asserts' },
  { name: 'emphasized', context: [MAYOR], sentence: 'Costa emphasized that the bridge was safe.', text: 'The bridge was safe', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'cautioned', context: [MAYOR], sentence: 'Costa cautioned that repairs could take a year.', text: 'Repairs could take a year', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'plain assertion', context: [], sentence: 'The bridge was built in 1962 by a private firm.', text: 'The bridge was built in 1962 by a private firm', speaker: null, kind: 'none', stance: 'asserts' },
  { name: 'participial frame', context: [MAYOR], sentence: 'Costa spoke to residents on Tuesday, telling them that the bridge would reopen in June.', text: 'The bridge would reopen in June', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'with X saying', context: [MAYOR], sentence: 'The council voted to close the bridge, with Costa saying that repairs were overdue.', text: 'Repairs were overdue', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'expressed concern that', context: [MAYOR], sentence: 'Costa expressed concern that the river would flood again.', text: 'The river would flood again', speaker: 'Ana Costa', kind: 'named', stance: 'asserts' },
  { name: 'reported on DAY, citing X, that', context: [], sentence: 'The Northern Gazette reported on Tuesday, citing three people familiar with the matter, that the firm would cut 2,000 jobs.', text: 'The firm would cut 2,000 jobs', speaker: 'three people familiar with the matter', kind: 'anonymous', via: 'The Northern Gazette', stance: 'reports' },
  { name: 'told AGENCY + clause', context: [MAYOR], sentence: 'Costa later told Reuters the bridge had passed inspection.', text: 'The bridge had passed inspection', speaker: 'Ana Costa', kind: 'named', via: 'Reuters', stance: 'asserts' },
  { name: 'quote first, told the newspaper', context: [MAYOR, HERALD], sentence: '“The bridge is safe,” she told the newspaper.', text: 'The bridge is safe', speaker: 'Ana Costa', kind: 'named', via: 'The Riverside Herald', stance: 'asserts' },
  { name: 'second frame after "and"', context: [], sentence: 'Company spokeswoman Jane Miller called the report “speculation” and said no decision had been made.', text: 'No decision had been made', speaker: 'Jane Miller', role: 'Company spokeswoman', kind: 'named', stance: 'asserts' },
  { name: 'organisation spokesperson', context: [], sentence: 'A spokesperson for the ministry said the talks had ended.', text: 'The talks had ended', speaker: 'a spokesperson for the ministry', kind: 'named', stance: 'asserts' },
  { name: 'vague media reports', context: [], sentence: 'Local media reported that the mayor had resigned.', text: 'The mayor had resigned', speaker: null, kind: 'none', via: null, stance: 'reports' },
];

describe('attribution patterns', () => {
  it.each(rows)('$name', (row) => {
    const ss = sentences([...row.context, row.sentence]);
    const last = ss[ss.length - 1]!.n;
    const units = extractClaims(ss).filter((u) => u.sentence === last);
    const unit = units.find((u) => u.text === row.text);
    expect(unit, `units: ${JSON.stringify(units.map((u) => [u.text, u.attribution, u.stance]))}`).toBeDefined();
    expect(unit!.attribution.speaker).toBe(row.speaker);
    expect(unit!.attribution.kind).toBe(row.kind);
    expect(unit!.stance).toBe(row.stance);
    if (row.role !== undefined) expect(unit!.attribution.role).toBe(row.role);
    if (row.via !== undefined) expect(unit!.attribution.via).toBe(row.via);
    if (row.kind === 'none') expect(unit!.attribution.speaker).toBeNull();
  });

  it('has at least 30 patterns', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });
});
