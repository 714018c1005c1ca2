import { describe, it, expect } from 'vitest';
import { furnitureKind, isFurniture, looksLikeLinkText, normaliseForMatch } from '../../../src/ingest/parse/furniture.ts';

describe('furniture: comment forms open a comment section', () => {
  it.each([
    'Leave a Reply',
    'Leave a Comment',
    'leave a reply',
    'Leave feedback about this',
    'Leave a Reply Cancel reply',
    '3 Comments',
    'One thought on “Kremlin denies call”',
    'Comments',
    'Comments are closed on this article.',
    'Comments are now closed',
  ])('%s', (line) => {
    expect(furnitureKind(line)).toBe('comments');
  });
});

describe('furniture: link lists open a related section', () => {
  // ("Read more:" on a line of its own, the linked headline on the next.)
  it.each(['Related', 'Related Posts', 'You may also like', 'Read also:', 'See also', 'Most read', 'Editor’s Picks', 'Read more', 'Read more:'])('%s', (line) => {
    expect(furnitureKind(line)).toBe('related');
  });
});

describe('furniture: single lines', () => {
  it.each([
    'Your email address will not be published. Required fields are marked *',
    'Required fields are marked *',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Share',
    'Share this:',
    'Share | Tweet | Email',
    'Read more: Trump’s first 100 days',
    'Tane Valley Radio news is on the hour, every hour.',
    'Tags: Kremlin, Putin, Trump',
    'Photo: Reuters',
    'Photo caption: An empty shelf at the Marlow Junction Family Pharmacy on Wednesday. (Gazette photo/Ben Okafor)',
    'Advertisement',
    'Loading...',
    'Like this:',
    'Post Comment',
    'Home › World › Europe',
    'Click to share on X (Opens in new window)',
    '© 2024 Example Media. All rights reserved.',
  ])('phrase: %s', (line) => {
    expect(furnitureKind(line)).toBe('line');
  });

  it.each(['0', '12', '1,204 views', '0 shares', 'Comments: 4', '5 min read'])('counter: %s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each(['8c47d1c0-9d56-11ef-82c3-45a801b7330b.jpg', 'IMG_2041.JPG', 'grain-port_1200x800.webp', 'report.pdf'])(
    'file name: %s',
    (line) => {
      expect(isFurniture(line)).toBe(true);
    },
  );

  it.each(['https://example.com/a.jpg', '* * *', '—', '•••', 'Δ', 'Updated 3 hours ago', '2 hours ago', 'Getty Images', 'Jane Doe/Reuters/Shutterstock', 'Photo by: Jane Doe', '(Reporting by Aaron Fenwick; editing by Carla Benn)', 'Reporting by Aaron Fenwick; Editing by Carla Benn', '(Additional reporting by Ana Ruiz)', 'Imogen Tarrant is the Ledger\'s data editor. Email factcheck@vellmoorledger.example with claims you want checked.', 'Sam Okoro is our health correspondent.'])('decoration: %s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });
});

describe('furniture: article text is not furniture', () => {
  it.each([
    'The Kremlin has denied a recent report that Putin and Trump spoke.',
    'Related talks were held in Istanbul last week.',
    'Share prices fell 3% on Monday.',
    'Putin Denies talks amid war escalation',
    'No signals from the West, says Kremlin',
    'Leave a reply? The Kremlin would not, a spokesman joked, and he left the room without further comment.',
    'Sharepoint outage hits ministries',
    'Discussion',
    'Responses from Kyiv',
    '2024 was a difficult year.',
    'Source: Vietnam Insider',
    'By Editor',
    'December 2, 2024',
    'Reporting by the Post suggested that the two men had spoken.',
    'Imogen Tarrant is the Ledger\'s data editor and was at the count all night.',
    'The mayor is a former editor of the Vellmoor Ledger.',
  ])('%s', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('furniture helpers', () => {
  it('normalises case, spaces, apostrophes and trailing decoration', () => {
    expect(normaliseForMatch('  Editor’s\u00A0Picks » ')).toBe("editor's picks");
    expect(normaliseForMatch('• Share this: ')).toBe('share this');
  });

  it('tells a link headline from prose', () => {
    expect(looksLikeLinkText('Grain exports fall for third month')).toBe(true);
    expect(looksLikeLinkText('Environmental groups welcomed the ruling, calling it overdue.')).toBe(false);
  });
});
