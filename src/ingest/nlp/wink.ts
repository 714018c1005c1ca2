/**
 * One shared wink-nlp instance. Loading the model costs ~100 ms, so every stage that needs
 * tokens, sentences or tags goes through this module instead of loading its own copy.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
