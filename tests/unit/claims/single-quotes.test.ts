import { describe, expect, it } from 'vitest';
import { doubleSingleQuotes, restoreSingleQuotes } from '../../../src/ingest/claims/single-quotes.ts';

describe('doubleSingleQuotes', () => {
  it.each([
    ['‘These claims are false,’ he said.', '“These claims are false,” he said.'],
    ['He called it ‘absurd’ and left.', 'He called it “absurd” and left.'],
    // A plural's possessive is no closing mark while a later one follows punctuation.
    ['‘The firm ignored customers’ complaints,’ he said.', '“The firm ignored customers’ complaints,” he said.'],
    // Apostrophes inside words stay.
    ['‘It’s not true,’ she said.', '“It’s not true,” she said.'],
    ['Two quotations: ‘one’ and (‘two’).', 'Two quotations: “one” and (“two”).'],
    // Beyond one UTF-16 unit, offsets still hold.
    ['‘We 🍕 deliver,’ he said.', '“We 🍕 deliver,” he said.'],
    // Straight marks, as tabloids type them, pair as straight double ones.
    ["'Dara has never cheated,' he said.", '"Dara has never cheated," he said.'],
    ["The athletes' coach backed the 'Run True' campaign.", 'The athletes\' coach backed the "Run True" campaign.'],
    // A quotation going on into the next sentence opens in this one and closes in that one.
    ["Brenholt said: 'That fridge holds ice packs.", 'Brenholt said: "That fridge holds ice packs.'],
    ["There is nothing in it that should not be there.'", 'There is nothing in it that should not be there."'],
    ['It was all above board.’', 'It was all above board.”'],
    // … or closes before its frame: "… was coming,’ he said."
    ['We all knew something was coming,’ he said.', 'We all knew something was coming,” he said.'],
    ["We all knew something was coming,' he said.", 'We all knew something was coming," he said.'],
  ])('pairs the marks in %j', (text, want) => {
    expect(doubleSingleQuotes(text)).toBe(want);
    expect(doubleSingleQuotes(text)).toHaveLength(text.length);
  });

  it.each(['It’s the customers’ data.', "It's the customers' data.", "The '90s were different", 'The ‘90s were different', 'No marks at all.', 'An opening ‘ with no close', 'The workers’ union said so.', 'The firm, the workers’ union and the city agreed.'])('leaves %j as it is', (text) => {
    expect(doubleSingleQuotes(text)).toBe(text);
  });
});

describe('restoreSingleQuotes', () => {
  it('gives words their single marks back when the sentence used only single marks', () => {
    expect(restoreSingleQuotes('He called it “absurd”', 'He called it ‘absurd’.')).toBe('He called it ‘absurd’');
    expect(restoreSingleQuotes('He called it “absurd”', 'He called it “absurd” and ‘odd’.')).toBe('He called it “absurd”');
    expect(restoreSingleQuotes('He called it “absurd”', 'He called it “absurd”.')).toBe('He called it “absurd”');
    expect(restoreSingleQuotes('He called it "absurd"', "He called it 'absurd'.")).toBe("He called it 'absurd'");
    expect(restoreSingleQuotes('Nothing is there.”', 'Nothing is there.’')).toBe('Nothing is there.’');
  });
});
