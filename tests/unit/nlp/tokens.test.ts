import { describe, expect, it } from 'vitest';
import { packTokens, unpackTokens } from '../../../src/ingest/nlp/packed-tokens.ts';
import { foldForTagging, tagSentences, tokenize, withTokenScope, type Token } from '../../../src/ingest/nlp/tokens.ts';

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
