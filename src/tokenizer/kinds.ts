/**
 * Token kinds. Each kind prefixes its feature so that, say, the word `if` and a comment marker
 * never share a feature. One character each, because they are part of every hashed feature.
 */
export const TokenKind = {
  Word: 'w',
  Punct: 'p',
  Number: 'n',
  String: 's',
  Comment: 'c',
  /** A word of a comment's prose, when the sink asks for them (TokenSink.commentWords). */
  CommentWord: 'm',
  Directive: 'd',
  Shebang: '!',
  Indent: 'i',
  LineEnding: 'e',
} as const;

export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Receives tokens in order; `newline` marks a line break between two tokens. */
export interface TokenSink {
  /** Also pass the words of comments' prose (as CommentWord tokens), not only their markers. */
  readonly commentWords?: boolean;
  /** `wordStyle` comes with words only: the index of their naming style (word-style.ts). */
  token(kind: TokenKind, text: string, wordStyle?: number): void;
  newline(): void;
}
