/**
 * Punctuation and function words the stages test on every token they read (the glue between names
 * and titles, sentence ends). Each list is one WordTrait, so that a test is a bit test.
 */
import { WordTrait } from './wordFacts';

export const FUNCTION_WORDS: readonly (readonly [WordTrait, readonly string[]])[] = [
  [WordTrait.ListComma, [',', '，', '、']],
  [WordTrait.OpenBracket, ['(', '（']],
  [WordTrait.CloseBracket, [')', '）']],
  [WordTrait.Colon, [':', '：']],
  [WordTrait.Slash, ['/', '|']],
  [WordTrait.And, ['and', '&']],
  [WordTrait.Article, ['the', 'a', 'an']],
  [WordTrait.Including, ['including', 'include', 'includes', 'namely', 'such', 'as', 'comrades', 'comrade']],
  [WordTrait.SentenceEnd, ['.', ';', '?', '!', '。', '；', '？', '！']],
  [WordTrait.ListSeparator, [',', '、', '，', 'and', ';']],
  [WordTrait.Quote, ['"', '“', '”', '„', '«', '»', '「', '」', '『', '』']],
  [WordTrait.BeforeCue, ['etc', 'so', 'on', 'also', 'respectively', 'then', 'first', 'finally', 'jointly', 'together', 'all', 'both', 'have', 'has', 'had',
    'successively', 'separately', 'each', 'later', 'further', 'again', 'specially', 'specifically']],
];
