import { describe, expect, it } from 'vitest';
import { packTokens, unpackTokens } from '../../../src/ingest/nlp/packed-tokens.ts';
import { foldForTagging, tagSentences, tokenize, tokenizeClause, withTokenScope, type Token } from '../../../src/ingest/nlp/tokens.ts';
import { knownWord } from '../../../src/ingest/nlp/wink.ts';

const BLOCK = 'The mayor said the bridge will reopen in May. Critics disagreed, citing “delays”.';

const shape = (tokens: readonly Token[]): string[] => tokens.map((t) => `${t.text}/${t.pos}@${t.start}`);

describe('tagging a block once', () => {
  it('gives every sentence its verbatim range and the tokens tokenize gives the sentence alone', () => {
    const sentences = tagSentences(BLOCK);
    expect(sentences.map((s) => s.text)).toEqual(['The mayor said the bridge will reopen in May.', 'Critics disagreed, citing “delays”.']);
    for (const s of sentences) {
      expect(BLOCK.slice(s.start, s.end)).toBe(s.text);
      expect(s.tokens).not.toBeNull();
      for (const t of s.tokens!) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('tags each sentence the same in a block as on its own', () => {
    const own = 'Officials denied the report on Tuesday.';
    const alone = shape(tokenize(own));
    const [, second] = tagSentences(`A storm hit the coast. ${own}`);
    expect(shape(second!.tokens!)).toEqual(alone);
  });
});

describe('letters beyond Latin-1', () => {
  it('keeps a name with č, ž, ł, ş or ğ one proper noun, written as it was', () => {
    const text = 'Colonel Radu Ferenčak and Emir Hadžić met Łukasz Wałęsa and Şükrü Saracoğlu in Ulmë.';
    const names = tokenize(text).filter((t) => t.pos === 'PROPN').map((t) => t.text);
    expect(names).toEqual(['Colonel', 'Radu', 'Ferenčak', 'Emir', 'Hadžić', 'Łukasz', 'Wałęsa', 'Şükrü', 'Saracoğlu', 'Ulmë']);
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).find((t) => t.text === 'Ferenčak')!.lemma).toBe('ferenčak');
    const [sentence] = tagSentences(`${text} He left.`);
    expect(sentence!.tokens!.map((t) => t.text)).toContain('Hadžić');
  });

  it('folds each such letter to one plain letter, so offsets stay those of the text', () => {
    expect(foldForTagging('Ferenčak, Łódź, Saracoğlu, ǅ')).toBe('Ferencak, Lódz, Saracoglu, x');
    expect(foldForTagging('Kálnay')).toBe('Kálnay');
  });
});

describe('token scope', () => {
  const sentence = { text: 'The minister said the talks had collapsed after midnight.' };

  it('answers a fragment on token boundaries from its sentence, offsets relative to the fragment', () => {
    withTokenScope([sentence], () => {
      const frag = tokenize('the talks had collapsed');
      expect(frag.map((t) => t.text)).toEqual(['the', 'talks', 'had', 'collapsed']);
      expect(frag[0]!.start).toBe(0);
      expect(frag[3]!.end).toBe('the talks had collapsed'.length);
    });
  });

  it('reuses the enclosing scope when asked again for the same sentences', () => {
    const sentences = [sentence];
    withTokenScope(sentences, () => {
      const outer = tokenize('the talks had collapsed');
      expect(withTokenScope(sentences, () => tokenize('the talks had collapsed'))).toBe(outer);
    });
  });

  it('tags a text that is not a token-aligned fragment on its own', () => {
    withTokenScope([sentence], () => {
      // "alks had" starts inside a token: not a fragment, tagged as its own text.
      const t = tokenize('alks had');
      expect(t.map((x) => x.text).join(' ')).toBe('alks had');
    });
  });
});

describe('packed tokens', () => {
  it('round-trips tokens, including lemmas that differ from the text and entity types', () => {
    const text = 'Officials were told 10,000 troops went north on Monday.';
    const tokens = tokenize(text);
    const packed = packTokens(text, tokens);
    expect(packed).not.toBeNull();
    expect(unpackTokens(text, packed!)).toEqual(tokens);
    expect(tokens.some((t) => t.lemma !== t.text.toLowerCase())).toBe(true);
    expect(tokens.some((t) => t.entity !== '')).toBe(true);
  });

  it('refuses tokens that are not verbatim slices of the text', () => {
    const tokens = tokenize('Talks resumed.');
    expect(packTokens('Talks resumed!', [...tokens.slice(0, 2), { ...tokens[2]!, text: '?' }])).toBeNull();
  });

  it('packs no tokens as an empty string', () => {
    expect(unpackTokens('', packTokens('', [])!)).toEqual([]);
  });
});

describe('a claim’s first word, read as its article writes it', () => {
  const first = (sentences: string[], clause: string): string => {
    const t = withTokenScope(sentences.map((text) => ({ text })), () => tokenizeClause(clause))[0]!;
    return `${t.text}/${t.pos}/${t.lemma}`;
  };

  it('is a common word when the article writes it in lower case: “Cracks …” cut from “say cracks …”', () => {
    expect(tokenize('Cracks on Level 4 were reported in September')[0]!.pos).toBe('PROPN');
    expect(first(['Engineers say cracks on Level 4 were reported in September.'], 'Cracks on Level 4 were reported in September')).toBe('Cracks/NOUN/crack');
  });

  it('is a common word the tagger’s lexicon knows, written nowhere else: “Visibility was good”', () => {
    expect(first(['Visibility was good.', 'The coastguard said so.'], 'Visibility was good')).toBe('Visibility/NOUN/visibility');
  });

  it('stays a name the lexicon does not know (“Kyiv”), or that the article capitalises after another word (“Shell”)', () => {
    expect(first(['Kyiv had not been informed.'], 'Kyiv had not been informed')).toBe('Kyiv/PROPN/kyiv');
    expect(first(['Shell denied the report.', 'Shares in Shell fell.'], 'Shell denied the report')).toMatch(/^Shell\/PROPN/);
  });

  it('stays a name when a name or a number follows it (“Kestrel Walk”, “Level 4”)', () => {
    expect(first(['Level 4 was closed.', 'It was at that level.'], 'Level 4 was closed')).toMatch(/^Level\/PROPN/);
  });

  it('is as tagged outside a scope, and for a word the clause writes in lower case', () => {
    expect(tokenizeClause('Cracks were found')[0]!.pos).toBe('PROPN');
    expect(first(['the cracks were found.'], 'the cracks were found')).toBe('the/DET/the');
  });

  it('knownWord: the lexicon holds English words, not names it meets for the first time', () => {
    expect(knownWord('visibility')).toBe(true);
    expect(knownWord('cracks')).toBe(true);
    expect(knownWord('kyiv')).toBe(false);
    expect(knownWord('corvane')).toBe(false);
  });
});
