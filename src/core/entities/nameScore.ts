// Which of an entity's forms is its name, for the engine and for the join of a long briefing's parts.
// A module of its own: mergeParts.ts comes into the extension's bundle with the wire format, and
// must not bring the NLP library with it.

/** A form written all in capitals ("KAZAKHSTAN"), as headlines and datelines write names. */
export const shouting = (form: string): boolean => form === form.toUpperCase() && form.length > 4;

/** How fit a form is to be an entity's name: the longest wins, and one not written in capitals beats any that is. */
export const nameScore = (form: string): number => (shouting(form) ? 0 : 1000) + form.replace(/\\_/g, ' ').length;
