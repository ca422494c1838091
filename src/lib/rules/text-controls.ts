/** Rule: no text hides invisible controls that reorder or disguise what readers see. */
import { readableFiles, walkStrings, type Finding, type Rule } from './rule.ts';

// Bidi embeddings/overrides/isolates, C0/C1 controls other than tab and newline, and zero-width characters.
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff]/u;

/** The first hidden control in a text, as "U+202E", or undefined. */
export function hiddenControl(text: string): string | undefined {
  const m = HIDDEN.exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Reports strings holding bidirectional overrides, control characters or zero-width spaces. */
export const textControls: Rule = {
  name: 'text-controls',
  description: 'Text holds no bidirectional overrides or isolates, control characters or zero-width spaces (they disguise what readers see).',
  check({ files }) {
    const findings: Finding[] = [];
    for (const file of readableFiles(files)) {
      for (const { path, text } of walkStrings(file.value)) {
        const code = hiddenControl(text);
        if (code) findings.push({ file, path, level: 'error', message: `contains the invisible character ${code}, which can disguise or reorder what readers see: remove it` });
      }
    }
    return findings;
  },
};
