import { describe, expect, it } from 'vitest';
import { catalogMessages, translatedProse } from '../../src/evaluate/translated-prose.js';

// A catalog written for this test: a header, a plural, a continued string, placeholders, markup,
// an accelerator, a command example and a message too short to be prose.
const CATALOG = `# German translation.
msgid ""
msgstr ""
"Project-Id-Version: demo 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: src/main.c:10
msgid "Could not open %s: %s"
msgstr "Die Datei %s konnte nicht geöffnet werden: %s"

msgid "one file"
msgid_plural "%d files"
msgstr[0] "eine Datei wurde gelöscht"
msgstr[1] "%d Dateien wurden gelöscht und %1 übersprungen"

msgid "Long help"
msgstr ""
"Dieses Programm liest die Eingabe und schreibt "
"das Ergebnis in die <b>Ausgabe</b>.\\n"
"Mit &Abbrechen wird es beendet."

msgid "Example"
msgstr "kubectl create role leser --verb=get --resource=pods"

msgid "Quit"
msgstr "Beenden"
`;

describe('prose from Gettext catalogs', () => {
  it('keeps translated messages of several words, without placeholders, markup or accelerators', () => {
    expect(catalogMessages(CATALOG)).toEqual([
      'Die Datei konnte nicht geöffnet werden:',
      'eine Datei wurde gelöscht',
      'Dateien wurden gelöscht und übersprungen',
      'Dieses Programm liest die Eingabe und schreibt das Ergebnis in die Ausgabe.\nMit Abbrechen wird es beendet.',
    ]);
  });

  it('draws the same samples from a seed, each source in turn, runs of consecutive messages', () => {
    const catalogs = [
      { source: 'a', messages: ['eins zwei drei vier', 'fünf sechs sieben acht', 'neun zehn elf zwölf'] },
      { source: 'b', messages: ['un deux trois quatre', 'cinq six sept huit'] },
    ];
    const samples = translatedProse(catalogs, 6, 7);
    expect(samples).toEqual(translatedProse(catalogs, 6, 7));
    expect(samples.map((s) => s.source)).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    for (const { source, text } of samples) {
      const lines = text.trimEnd().split('\n');
      const messages = catalogs.find((c) => c.source === source)!.messages;
      const first = messages.indexOf(lines[0]!);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(lines).toEqual(messages.slice(first, first + lines.length));
    }
    expect(translatedProse(catalogs, 6, 8)).not.toEqual(samples);
  });
});
