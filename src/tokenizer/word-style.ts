// A word's naming style, for shape features (features.ts): snake_case, camelCase, PascalCase,
// Ada_Case, UPPER or lower. Which style a language's names follow survives the project's names.

/** 0 lower, 1 snake_case, 2 camelCase, 3 PascalCase, 4 Ada_Case, 5 UPPER: the style of `text[from, to)`. */
export function wordStyle(text: string, from: number, to: number): number {
  let upper = 0;
  let lower = 0;
  let inner = 0; // underscores between letters, not a leading `_private`
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c === 95 && upper + lower > 0) inner++;
  }
  if (upper === 0) return inner > 0 ? 1 : 0;
  if (lower === 0) return 5;
  const first = text.charCodeAt(text.charCodeAt(from) === 95 ? from + 1 : from);
  if (first >= 65 && first <= 90) return inner > 0 ? 4 : 3;
  return 2;
}
