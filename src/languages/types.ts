export type LanguageType = 'programming' | 'markup' | 'data' | 'prose' | string;

/** One language as GitHub Linguist describes it (names, extensions, filenames, interpreters). */
export interface LanguageInfo {
  readonly name: string;
  readonly type: LanguageType;
  readonly group?: string;
  readonly color?: string;
  readonly extensions: readonly string[];
  readonly filenames: readonly string[];
  readonly interpreters: readonly string[];
  readonly aliases: readonly string[];
}
