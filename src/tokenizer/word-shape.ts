// The naming convention of a word, as a placeholder for it in shape features: `doThing` and
// `DoThing` are both project names, but camelCase methods point to Java and PascalCase to C#.
export const WordShape = {
  Lower: 'a', // value, x1
  Upper: 'A', // NULL, X
  Capitalized: 'Aa', // Thing
  Camel: 'aA', // doThing
  Pascal: 'AaA', // DoThing, HTTPServer
  Snake: 'a_a', // do_thing
  ScreamingSnake: 'A_A', // MAX_SIZE
  MixedSnake: 'x_x', // Do_Thing, do_Thing
  Leading: '_', // _private, __init__
} as const;

export type WordShape = (typeof WordShape)[keyof typeof WordShape];

export function wordShape(word: string): WordShape {
  const first = word.charCodeAt(0);
  if (first === 95) return WordShape.Leading;
  let lower = 0;
  let upper = 0;
  let underscore = false;
  // Upper-case letters after the first one: the mark of camel/Pascal case.
  let innerUpper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) {
      upper++;
      if (i > 0) innerUpper = true;
    } else if (c === 95) underscore = true;
  }
  if (underscore) return upper === 0 ? WordShape.Snake : lower === 0 ? WordShape.ScreamingSnake : WordShape.MixedSnake;
  if (upper === 0) return WordShape.Lower;
  if (lower === 0) return WordShape.Upper;
  const startsUpper = first >= 65 && first <= 90;
  if (!innerUpper) return startsUpper ? WordShape.Capitalized : WordShape.Lower;
  return startsUpper ? WordShape.Pascal : WordShape.Camel;
}
